// The OParl reader (ratsarchiv-index --oparl): a small hand-written dump with its metadata over
// the text's guesses, bad objects reported one by one without stopping the run, a 10,000-object
// list page; and the round trip: the served OParl of the leak archive, harvested and indexed
// again, answers the same searches.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>

#include <xapian.h>

#include "indexer/oparl/oparl_indexing.h"
#include "integration/oparl/oparl_servers.h"
#include "schema/document_identity.h"
#include "schema/fields.h"
#include "schema/index_layout.h"
#include "schema/stored_document.h"

using namespace ratsarchiv;
namespace fs = std::filesystem;

namespace {
const std::string kHost = "https://rat.example.org/oparl/v1.1/";

std::string paper_json(const std::string& id, const std::string& more) {
    return R"({"id": ")" + kHost + "paper/" + id +
           R"(", "type": "https://schema.oparl.org/1.1/Paper")" +
           (more.empty() ? "" : ", " + more) + "}";
}

std::string main_file(const std::string& id, const std::string& text) {
    return R"("mainFile": {"id": ")" + kHost + "file/" + id +
           R"(", "type": "https://schema.oparl.org/1.1/File", "mimeType": "text/plain", "text": ")" +
           text + R"("})";
}

void write_dump(const fs::path& dir) {
    testing::write_file(
        dir / "Body/stadt.json",
        R"({"id": ")" + kHost +
            R"(body/stadt", "type": "https://schema.oparl.org/1.1/Body", "name": "Stadt Musterstadt"})");
    testing::write_file(
        dir / "Organization/bau.json",
        R"({"id": ")" + kHost +
            R"(organization/bau", "type": "https://schema.oparl.org/1.1/Organization", "name": "Bauausschuss"})");
    testing::write_file(
        dir / "Organization/amt.json",
        R"({"id": ")" + kHost +
            R"(organization/amt", "type": "https://schema.oparl.org/1.1/Organization", "name": "Stadtplanungsamt"})");
    testing::write_file(
        dir / "Meeting/m1.json",
        R"({"id": ")" + kHost +
            R"(meeting/m1", "type": "https://schema.oparl.org/1.1/Meeting", "name": "Bauausschuss", "start": "2023-05-10T17:00:00+02:00"})");
    // The text says Informationsvorlage and another title; the city's metadata wins.
    testing::write_file(
        dir / "Paper/a.json",
        paper_json(
            "a",
            R"("body": ")" + kHost +
                R"(body/stadt", "name": "Neubau der Grundschule am Quellwiesenpark", "reference": "2023/0101", "date": "2023-04-02", "paperType": "Beschlussvorlage", "underDirectionOf": [")" +
                kHost + R"(organization/amt"], )" +
                main_file("a", "Informationsvorlage\\nBetreff: Etwas anderes\\n\\nDie Grundschule "
                               "wird neu gebaut. Die Turnhalle bleibt.") +
                R"(, "consultation": [{"id": ")" + kHost +
                R"(consultation/a-0", "type": "https://schema.oparl.org/1.1/Consultation", "organization": [")" +
                kHost + R"(organization/bau"], "meeting": ")" + kHost +
                R"(meeting/m1", "role": "Vorberatung", "authoritative": false}])"));
    testing::write_file(
        dir / "Paper/b.json",
        paper_json(
            "b",
            R"("body": ")" + kHost +
                R"(body/stadt", "name": "Antrag: Schulweg sichern", "reference": "2023/0102", "paperType": "Antrag", "superordinatedPaper": [")" +
                kHost + R"(paper/a"], )" +
                main_file("b", "Der Schulweg zur Grundschule soll sicherer werden.")));
    // Bad objects: no files; a File without text; a broken date and an unknown type; a link to
    // an object the dump lacks; a deleted paper; a file that is not JSON; an object without id.
    testing::write_file(dir / "Paper/c.json",
                        paper_json("c", R"("name": "Ohne Dateien", "reference": "2023/0103")"));
    testing::write_file(
        dir / "Paper/d.json",
        paper_json("d", R"("name": "Datei ohne Text", "mainFile": {"id": ")" + kHost +
                            R"(file/d", "type": "https://schema.oparl.org/1.1/File"})"));
    testing::write_file(
        dir / "Paper/e.json",
        paper_json(
            "e", R"("name": "Kaputtes Datum", "date": "2023-13-45", "paperType": "Sonderding", )" +
                     main_file("e", "Vorlage vom 03.02.2022 zum Spielplatz.")));
    testing::write_file(dir / "Paper/f.json",
                        paper_json("f", R"("name": "Fehlender Verweis", "underDirectionOf": [")" +
                                            kHost + R"(organization/nirgends"], )" +
                                            main_file("f", "Ein Text über Radwege.")));
    testing::write_file(dir / "Paper/g.json", paper_json("g", R"("deleted": true)"));
    testing::write_file(dir / "Paper/broken.json", "{\"id\": ");
    testing::write_file(dir / "Paper/anonymous.json",
                        R"({"type": "https://schema.oparl.org/1.1/Paper", "name": "ohne id"})");
}

CouncilDocument stored(const std::string& db, const std::string& archive, const std::string& id) {
    Xapian::Database whole(db);
    const std::string term =
        schema::id_term(schema::document_id(archive, "oparl/v1.1/paper/" + id));
    auto it = whole.postlist_begin(term);
    REQUIRE(it != whole.postlist_end(term));
    return schema::stored_document(whole.get_document(*it));
}

bool reported(const indexer::IndexingSummary& summary, const std::string& where,
              const std::string& reason_part) {
    for (const auto& problem : summary.problems) {
        if (problem.origin.find(where) != std::string::npos &&
            problem.reason.find(reason_part) != std::string::npos) {
            return true;
        }
    }
    return false;
}
} // namespace

TEST_CASE("an OParl dump is indexed with the city's metadata over the text's guesses, bad "
          "objects reported one by one",
          "[oparl][oparl-reader]") {
    testing::TempDirectory dir;
    write_dump(dir.path() / "dump");
    indexer::IndexingOptions options;
    options.db_path = dir.file("db");
    options.walk.archive = "musterstadt";
    const auto summary = indexer::oparl::index_oparl_dump(options, dir.file("dump"));
    CHECK(summary.indexed == 6); // a..f; g is deleted, the broken and id-less ones are no Papers

    const CouncilDocument a = stored(options.db_path, "musterstadt", "a");
    CHECK(a.thema == "Neubau der Grundschule am Quellwiesenpark");
    CHECK(a.number == "2023/0101");
    CHECK(a.type == "Beschlussvorlage");
    CHECK(a.date == "2023-04-02");
    CHECK(a.date_source == "document");
    CHECK(a.body == "Stadt Musterstadt");
    CHECK(a.amt == "Stadtplanungsamt");
    REQUIRE(a.beratungsfolge.size() == 1);
    CHECK(a.beratungsfolge[0].gremium == "Bauausschuss");
    CHECK(a.beratungsfolge[0].date == std::optional<std::string>("2023-05-10"));
    CHECK(a.beratungsfolge[0].role == "Vorberatung");
    CHECK(a.text.find("Turnhalle") != std::string::npos);

    const CouncilDocument b = stored(options.db_path, "musterstadt", "b");
    CHECK(b.type == "Antrag");
    REQUIRE_FALSE(b.refs.empty());
    CHECK(b.refs[0].number == "2023/0101");
    CHECK(b.refs[0].relation == "answers");

    // The broken date gives way to the text's; the unknown type is reported.
    const CouncilDocument e = stored(options.db_path, "musterstadt", "e");
    CHECK(e.date == "2022-02-03");
    CHECK(reported(summary, "paper/e", "no ISO date"));
    CHECK(reported(summary, "paper/e", "Sonderding"));
    CHECK(reported(summary, "paper/c", "without files"));
    CHECK(reported(summary, "file/d", "without text"));
    CHECK(reported(summary, "paper/f", "organization/nirgends"));
    CHECK(reported(summary, "broken.json", "not JSON"));
    CHECK(reported(summary, "anonymous.json", "without an id"));
    CHECK(stored(options.db_path, "musterstadt", "c").thema == "Ohne Dateien");

    // The text is searchable: "Turnhalle" is only in a's file.
    Xapian::Database db(schema::public_part(options.db_path));
    CHECK(db.get_termfreq("turnhalle") == 1);

    // A paper that the next dump marks deleted is removed.
    testing::write_file(dir.path() / "dump" / "Paper" / "b.json",
                        paper_json("b", R"("deleted": true)"));
    const auto again = indexer::oparl::index_oparl_dump(options, dir.file("dump"));
    CHECK(again.removed == 1);
    CHECK(Xapian::Database(schema::public_part(options.db_path)).get_doccount() == 5);
}

TEST_CASE("a list page of 10,000 Papers is read whole", "[oparl][oparl-reader]") {
    testing::TempDirectory dir;
    std::string page = R"({"data": [)";
    for (int i = 0; i < 10000; ++i) {
        page += (i ? ", " : "") + paper_json("p" + std::to_string(i),
                                             R"("name": "Antrag )" + std::to_string(i) + R"(", )" +
                                                 main_file("p" + std::to_string(i),
                                                           "Radweg Nummer " + std::to_string(i)));
    }
    page += R"(], "pagination": {"totalElements": 10000}, "links": {}})";
    testing::write_file(dir.path() / "dump" / "lists" / "page1.json", page);
    indexer::IndexingOptions options;
    options.db_path = dir.file("db");
    const auto summary = indexer::oparl::index_oparl_dump(options, dir.file("dump"));
    CHECK(summary.indexed == 10000);
    CHECK(Xapian::Database(schema::public_part(options.db_path)).get_doccount() == 10000);
}

TEST_CASE("the served OParl, harvested and indexed again, answers the same searches",
          "[oparl][oparl-reader]") {
    testing::TempDirectory dir;
    const std::string original = dir.file("original");
    testing::oparl::index_with_rules(original, {testing::oparl::leak_archive() + "/archive"});
    auto server = testing::oparl::oparl_server(original);
    testing::oparl::harvest(*server, dir.file("harvest"), false);

    indexer::IndexingOptions options;
    options.db_path = dir.file("again");
    indexer::oparl::index_oparl_dump(options, dir.file("harvest"));
    auto again = testing::oparl::oparl_server(options.db_path);

    // Queries: the longest word of every harvested paper's title, and a few of every kind.
    std::set<std::string> queries{"Haushalt", "Radweg",  "Schule",
                                  "Antrag",   "strasse", "\"Stadt Karlsruhe\"",
                                  "Bürger",   "Buerger"};
    Xapian::Database whole(original);
    for (auto it = whole.postlist_begin(""); it != whole.postlist_end(""); ++it) {
        const CouncilDocument doc = schema::stored_document(whole.get_document(*it));
        std::string longest;
        std::string word;
        for (char c : doc.thema + " ") {
            if (std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80)) {
                word += c;
            } else {
                longest = word.size() > longest.size() ? word : longest;
                word.clear();
            }
        }
        if (longest.size() > 4) {
            queries.insert(longest);
        }
    }
    auto ranked = [](testing::TestServer& s, const std::string& q) {
        auto answer = s.get_json("/api/search?limit=10&q=" + testing::url_encode(q));
        std::vector<std::string> hits{std::to_string(answer->getValue<int>("total"))};
        auto results = answer->getArray("hits");
        for (std::size_t i = 0; i < results->size(); ++i) {
            auto hit = results->getObject(static_cast<unsigned>(i));
            auto text = [&](const char* key) {
                Poco::Dynamic::Var v = hit->get(key);
                return v.isEmpty() ? std::string() : v.toString();
            };
            hits.push_back(text("number") + " | " + text("thema"));
        }
        return hits;
    };
    REQUIRE(queries.size() > 10);
    for (const auto& q : queries) {
        INFO("query " << q);
        CHECK(ranked(*again, q) == ranked(*server, q));
    }
}
