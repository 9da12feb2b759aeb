// "Meinten Sie …" offers the correction the other words of the query agree with, not just the
// most frequent word one edit away, and never a word only a non-public document contains.
#include <catch2/catch.hpp>

#include "schema/document_identity.h"
#include "server/search/searcher.h"
#include "support/temp_directory.h"
#include "support/test_index.h"

using namespace ratsarchiv;

namespace {
CouncilDocument document(const std::string& source, const std::string& thema, bool is_public) {
    CouncilDocument doc;
    doc.archive = "test";
    doc.source = source;
    doc.id = schema::document_id(doc.archive, doc.source);
    doc.type = "Anfrage";
    doc.thema = thema;
    doc.text = thema;
    doc.is_public = is_public;
    return doc;
}

std::optional<std::string> suggestion_for(const std::string& db_path, const std::string& q) {
    analysis::GermanAnalyzer analyzer;
    server::Searcher searcher(analyzer, server::QueryLimits{});
    Xapian::Database db(db_path);
    server::SearchRequest request;
    request.q = q;
    return searcher.search(db, server::Audience{false, {}}, request).suggestion;
}
} // namespace

TEST_CASE("Meinten Sie offers the correction the other words agree with", "[server][search]") {
    testing::TempDirectory dir;
    testing::write_index(dir.file("db"),
                         {
                             document("a.txt", "Die Grüne Fraktion beantragt einen Radweg", true),
                             document("b.txt", "Antrag der Grüne Liste zum Haushalt", true),
                             document("c.txt", "Grüne Wiesen am Stadtrand", true),
                             document("d.txt", "Gründe für den Rückgang des Nahverkehrs", true),
                             document("e.txt", "Gründung einer Rückgangsstelle", false),
                         });
    // "grüned" is one edit from the frequent "grüne" and from "gründe"; only "gründe" occurs
    // with "Rückgang".
    CHECK(suggestion_for(dir.file("db"), "Grüned Rückgang") == std::string("gründe Rückgang"));
    // A single misspelt word gets its most frequent correction.
    CHECK(suggestion_for(dir.file("db"), "Grüned") == std::string("grüne"));
    // Words only the non-public document has are never offered.
    CHECK_FALSE(suggestion_for(dir.file("db"), "Gründunk"));
}
