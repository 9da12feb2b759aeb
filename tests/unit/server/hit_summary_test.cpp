// Search hits read their fields and snippet text from the hit summary slots, and read the same
// thing from the document data of an index written before those slots existed.
#include <catch2/catch.hpp>

#include "indexer/document_builder.h"
#include "schema/document_identity.h"
#include "schema/fields.h"
#include "schema/hit_summary.h"
#include "server/search/searcher.h"

using namespace ratsarchiv;

namespace {
CouncilDocument long_document() {
    CouncilDocument doc;
    doc.archive = "test";
    doc.source = "niederschrift.txt";
    doc.id = schema::document_id(doc.archive, doc.source);
    doc.type = "Niederschrift";
    doc.number = "2024/0888";
    doc.date = "2024-09-24";
    doc.thema = "Niederschrift über die öffentliche Sitzung des Gemeinderates";
    doc.body = "Stadt Karlsruhe";
    doc.amt = "Hauptamt";
    doc.is_public = true;
    // Two-byte characters all the way, so the cut falls inside one unless it is careful.
    while (doc.text.size() < schema::kSnippetTextBytes + 5000) {
        doc.text += "Über Straßenbäume wurde ausführlich beraten. ";
    }
    return doc;
}
} // namespace

TEST_CASE("a hit shows the same fields from its summary slots as from the document data",
          "[server][search]") {
    analysis::GermanAnalyzer analyzer;
    CouncilDocument doc = long_document();
    auto built = indexer::build_document(doc, analyzer, schema::Visibility::Public, 0);
    Xapian::Document& with_slots = *built.public_copy;

    // The text is stored once, compressed in the document data: no copy of its head in a slot.
    CHECK(with_slots.get_value(schema::kSlotSnippetText).empty());
    std::string head(schema::snippet_text(doc.text));
    CHECK(head.size() <= schema::kSnippetTextBytes);
    CHECK(head.size() > schema::kSnippetTextBytes - 4);
    CHECK(doc.text.compare(0, head.size(), head) == 0);
    CHECK((static_cast<unsigned char>(doc.text[head.size()]) & 0xC0) != 0x80);
    CHECK(with_slots.get_value(schema::kSlotHitFields).size() < 1000);

    Xapian::Document data_only;
    data_only.set_data(with_slots.get_data());
    data_only.add_value(schema::kSlotGremium, with_slots.get_value(schema::kSlotGremium));
    server::SearchHit from_slots = server::hit_from_document(with_slots);
    server::SearchHit from_data = server::hit_from_document(data_only);
    for (const auto* hit : {&from_slots, &from_data}) {
        CHECK(hit->id == doc.id);
        CHECK(hit->source == doc.source);
        CHECK(hit->number == doc.number);
        CHECK(hit->type == doc.type);
        CHECK(hit->date == doc.date);
        CHECK(hit->thema == doc.thema);
        CHECK(hit->body == doc.body);
        CHECK(hit->amt == doc.amt);
    }
}
