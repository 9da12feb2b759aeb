// The fast stored-data reader gives exactly what the full JSON parser gives.
#include <catch2/catch.hpp>

#include "schema/document_json.h"
#include "server/search/stored_fields.h"

using namespace ratsarchiv;

TEST_CASE("stored hit fields read like the full JSON parser reads them", "[server][stored]") {
    CouncilDocument doc;
    doc.id = "0123456789abcdef";
    doc.source = "karlsruhe/2022/1004.txt";
    doc.type = "Beschlussvorlage";
    doc.number = "2022/1004/1";
    doc.date = "2022-07-12";
    doc.thema = GENERATE(as<std::string>{}, "Straßenbahn \"Kombilösung\" – Bürger*innen",
                         "tab\there\\back/slash", "emoji 🚋 and \x01 control", "");
    doc.body = "Stadt Karlsruhe";
    doc.beratungsfolge.push_back({"Gemeinderat", "2022-07-26", true, "", "", Votes{30, 2, 1}});
    doc.refs.push_back({"2021/0900", "answers"});
    doc.attachments.push_back({"Anlage {1} [x]", false});
    doc.text = "Volltext mit \"Zitat\" und {Klammern} und ]" + doc.thema;
    std::string json = schema::to_json_line(schema::document_to_json(doc));

    server::StoredFields f = server::read_stored_fields(json, true);
    CouncilDocument full = schema::document_from_json_text(json);
    CHECK(f.id == full.id);
    CHECK(f.source == full.source);
    CHECK(f.number == full.number);
    CHECK(f.type == full.type);
    CHECK(f.date == full.date);
    CHECK(f.thema == full.thema);
    CHECK(f.body == full.body);
    CHECK(f.amt == full.amt); // null -> empty
    CHECK(f.text == full.text);
    CHECK(server::read_stored_fields(json, false).text.empty());
}

TEST_CASE("stored data the fast reader cannot follow falls back to the full parser",
          "[server][stored]") {
    std::string json = R"({"id" : "x1", "thema":"A \u00e4 \ud83d\ude8b", "text":"t", "n": 1.5e3})";
    server::StoredFields f = server::read_stored_fields(json, true);
    CHECK(f.id == "x1");
    CHECK(f.thema == "A ä 🚋");
    CHECK(f.text == "t");
}
