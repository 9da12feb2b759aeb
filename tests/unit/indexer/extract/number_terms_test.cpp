// The document builder indexes the spellings people type for a document's number (XNV terms).
#include <catch2/catch.hpp>

#include "indexer/document_builder.h"
#include "schema/fields.h"
#include "schema/text_fold.h"

using namespace ratsarchiv;

TEST_CASE("indexes the typed spellings of a document number", "[extract][number]") {
    CouncilDocument doc;
    doc.id = "id-1";
    doc.archive = "test";
    doc.source = "s.txt";
    doc.number = "S0254/22";
    doc.thema = "Digitale Dachstrategie";
    doc.text = "Text";
    analysis::GermanAnalyzer analyzer;
    auto built = indexer::build_document(doc, analyzer, schema::Visibility::Public, 0);
    auto spelling = GENERATE(as<std::string>{}, "S0254/22", "S 0254/22", "0254/22", "254/22");
    std::string term = std::string(schema::kPrefixNumberVariant) + schema::fold_keyword(spelling);
    CHECK((*built.public_copy).termlist_begin() != (*built.public_copy).termlist_end());
    auto it = (*built.public_copy).termlist_begin();
    it.skip_to(term);
    REQUIRE(it != (*built.public_copy).termlist_end());
    CHECK(*it == term);
}
