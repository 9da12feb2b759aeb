// The JSON form of a document round-trips every field.
#include <catch2/catch.hpp>

#include "schema/document_json.h"

using namespace ratsarchiv;

TEST_CASE("a council document survives JSON and back", "[schema][json]") {
    CouncilDocument doc;
    doc.id = "0123456789abcdef";
    doc.archive = "magdeburg";
    doc.source = "2022/S0254-22.txt";
    doc.type = "Stellungnahme";
    doc.number = "S0254/22";
    doc.date = "2022-07-05";
    doc.thema = "Magdeburg braucht eine digitale Dachstrategie";
    doc.body = "Landeshauptstadt Magdeburg";
    doc.amt = "Amt 12";
    doc.signatory = "Simone Borris";
    doc.is_public = true;
    doc.beratungsfolge.push_back(
        {"Stadtrat", "2022-11-10", true, "Entscheidung", "", Votes{9, 1, 2}});
    doc.beratungsfolge.push_back({"Verwaltungsausschuss", std::nullopt, std::nullopt, "", "", {}});
    doc.refs.push_back({"A0105/22", "answers"});
    doc.attachments.push_back({"Anlage 1 – Konzept", false});
    doc.diagnostics.push_back({"date", "split across cells", 12});
    doc.text = "Der Text.\nZweite Zeile mit \"Anführungszeichen\".";

    CouncilDocument back =
        schema::document_from_json_text(schema::to_json_line(schema::document_to_json(doc)));
    CHECK(back.id == doc.id);
    CHECK(back.number == doc.number);
    CHECK(back.date == doc.date);
    CHECK(back.thema == doc.thema);
    CHECK(back.is_public == doc.is_public);
    REQUIRE(back.beratungsfolge.size() == 2);
    CHECK(back.beratungsfolge[0].votes->nein == 1);
    CHECK(back.beratungsfolge[0].is_public == true);
    CHECK_FALSE(back.beratungsfolge[1].date.has_value());
    REQUIRE(back.refs.size() == 1);
    CHECK(back.refs[0].relation == "answers");
    REQUIRE(back.attachments.size() == 1);
    CHECK(back.attachments[0].is_public == false);
    CHECK(back.diagnostics.at(0).line == 12);
    CHECK(back.text == doc.text);
}

TEST_CASE("unknown values are JSON null, as in the label files", "[schema][json]") {
    CouncilDocument doc;
    auto json = schema::document_to_json(doc, {false, false});
    CHECK(json->isNull("number"));
    CHECK(json->isNull("public"));
    CHECK_FALSE(json->has("text"));
}
