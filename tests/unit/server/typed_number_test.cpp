// A document number typed as people type it ("2024/902", "2024 0902", "2024-0902",
// "Nr. 2024/0902") finds the document that has that number, ranked above the documents that
// only cite it, and above papers with the same serial number in another year.
#include <catch2/catch.hpp>

#include "schema/document_identity.h"
#include "server/search/searcher.h"
#include "server/search/typed_number.h"
#include "support/temp_directory.h"
#include "support/test_index.h"

using namespace ratsarchiv;

namespace {
CouncilDocument paper(const std::string& source, const std::string& number,
                      const std::string& thema, const std::string& text) {
    CouncilDocument doc;
    doc.archive = "test";
    doc.source = source;
    doc.id = schema::document_id(doc.archive, doc.source);
    doc.type = number.empty() ? "Niederschrift" : "Beschlussvorlage";
    doc.number = number;
    doc.thema = thema;
    doc.text = text;
    doc.is_public = true;
    return doc;
}

std::vector<std::string> numbers_found(const std::string& db_path, const std::string& q) {
    analysis::GermanAnalyzer analyzer;
    server::Searcher searcher(analyzer, server::QueryLimits{});
    Xapian::Database db(db_path);
    server::SearchRequest request;
    request.q = q;
    std::vector<std::string> numbers;
    for (const auto& hit : searcher.search(db, server::Audience{false, {}}, request).hits) {
        numbers.push_back(hit.number);
    }
    return numbers;
}

void write_archive(const std::string& db_path) {
    std::vector<CouncilDocument> docs{
        paper("a.txt", "2024/0902", "Berufung sachkundiger Einwohner",
              "Vorlage Nr. 2024/0902. Der Gemeinderat beruft sachkundige Einwohner in die "
              "Ausschüsse."),
        paper("c.txt", "2025/0902", "Private Ladestationen",
              "Vorlage Nr. 2025/0902. Im Jahr 2024 wurden 902 Anträge gestellt."),
        paper("d.txt", "2019/0902", "Ticketfreier Nahverkehr",
              "Vorlage Nr. 2019/0902. Ein Antrag aus 2024."),
    };
    // The minutes cite the paper twice among their agenda; they must not outrank it.
    std::string minutes = "Niederschrift der 12. Plenarsitzung des Gemeinderates.";
    for (int top = 1; top <= 12; ++top) {
        std::string number = "2024/" + std::to_string(1000 + top);
        minutes += " TOP " + std::to_string(top) + ": Vorlage " + number + ", beschlossen.";
        docs.push_back(paper("p" + std::to_string(top) + ".txt", number, "Vorlage " + number,
                             "Vorlage Nr. " + number + ". Ein Beschluss des Gemeinderates."));
    }
    minutes += " TOP 13: Vorlage 2024/0902, Berufung. Zu 2024/0902 wird einstimmig beschlossen.";
    docs.push_back(paper("b.txt", "", "Niederschrift der Plenarsitzung", minutes));
    testing::write_index(db_path, docs);
}
} // namespace

TEST_CASE("a number finds its own document first, however it is typed", "[server][search]") {
    testing::TempDirectory dir;
    write_archive(dir.file("db"));
    auto typed = GENERATE(as<std::string>{}, "2024/0902", "2024/902", "2024-0902", "2024 0902",
                          "Nr. 2024/0902", "Vorlage 2024/902");
    INFO(typed);
    auto numbers = numbers_found(dir.file("db"), typed);
    REQUIRE_FALSE(numbers.empty());
    CHECK(numbers.front() == "2024/0902");
}

TEST_CASE("digit groups are joined only where they spell a number of the archive",
          "[server][search]") {
    testing::TempDirectory dir;
    write_archive(dir.file("db"));
    Xapian::Database db(dir.file("db"));
    using Words = std::vector<std::string>;
    CHECK(server::with_number_groups_joined(Words{"2024", "0902"}, db) == Words{"2024/0902"});
    CHECK(server::with_number_groups_joined(Words{"Vorlage", "2024", "902"}, db) ==
          Words{"Vorlage", "2024/902"});
    // Two digit groups that spell no number, and a year beside a word, stay as typed.
    CHECK(server::with_number_groups_joined(Words{"30", "000"}, db) == Words{"30", "000"});
    CHECK(server::with_number_groups_joined(Words{"2024", "Einwohner"}, db) ==
          Words{"2024", "Einwohner"});
    CHECK(server::with_number_groups_joined(Words{"2023", "0902"}, db) == Words{"2023", "0902"});
}
