// A document in the index: the data holds the head of its text, the value slot the deflated
// rest; read back, the whole text; a snippet reads the head only.
#include <catch2/catch.hpp>

#include <xapian.h>

#include "schema/document_json.h"
#include "schema/fields.h"
#include "schema/hit_summary.h"
#include "schema/stored_document.h"
#include "server/access/audience.h"
#include "support/temp_directory.h"
#include "support/test_index.h"

using namespace ratsarchiv;

namespace {
// A long text of numbered sentences with umlauts, so a cut inside a character would show.
std::string long_text(std::size_t sentences) {
    std::string text;
    for (std::size_t i = 0; i < sentences; ++i) {
        text += "Satz " + std::to_string(i) + ": Die Bürgerinnen prüfen den Straßenbau. ";
    }
    return text;
}
} // namespace

TEST_CASE("a long text is stored as a head in the data and a deflated tail", "[schema][stored]") {
    CouncilDocument doc;
    doc.id = "x1";
    doc.thema = "Straßenbau";
    doc.text = long_text(2000); // ~100 KB
    Xapian::Document xdoc;
    schema::store_document(xdoc, doc);

    CouncilDocument head = schema::document_from_json_text(xdoc.get_data());
    CHECK(head.text.size() <= schema::kSnippetTextBytes);
    CHECK(head.text == std::string(schema::snippet_text(doc.text)));
    CHECK_FALSE(xdoc.get_value(schema::kSlotTextTail).empty());
    CHECK(xdoc.get_value(schema::kSlotTextTail).size() < doc.text.size() / 10); // deflated

    CouncilDocument back = schema::stored_document(xdoc);
    CHECK(back.text == doc.text);
    CHECK(back.thema == doc.thema);
}

TEST_CASE("a short text stays whole in the data, and older data reads the same",
          "[schema][stored]") {
    CouncilDocument doc;
    doc.id = "x2";
    doc.text = long_text(3);
    Xapian::Document xdoc;
    schema::store_document(xdoc, doc);
    CHECK(xdoc.get_value(schema::kSlotTextTail).empty());
    CHECK(schema::stored_document(xdoc).text == doc.text);

    Xapian::Document older; // written before the split: the whole text in the data
    CouncilDocument whole = doc;
    whole.text = long_text(2000);
    older.set_data(schema::to_json_line(schema::document_to_json(whole)));
    CHECK(schema::stored_document(older).text == whole.text);
}

TEST_CASE("a long document in a real index reads back whole for the document page",
          "[schema][stored]") {
    testing::TempDirectory dir;
    CouncilDocument doc;
    doc.id = "lang";
    doc.source = "lang.txt";
    doc.number = "2024/0001";
    doc.thema = "Niederschrift über die Sitzung";
    doc.text = long_text(3000) + "Schlusswort der Oberbürgermeisterin.";
    testing::write_index(dir.file("db"), {doc});

    Xapian::Database db(dir.file("db"));
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(schema::id_term("lang")));
    Xapian::MSet mset = enquire.get_mset(0, 1);
    REQUIRE(mset.size() == 1);
    Xapian::Document stored = mset.begin().get_document();
    CouncilDocument page = server::visible_document(server::Audience{false, {}}, stored);
    CHECK(page.text == doc.text);
    CHECK(schema::document_from_json_text(stored.get_data()).text.size() <=
          schema::kSnippetTextBytes);
}
