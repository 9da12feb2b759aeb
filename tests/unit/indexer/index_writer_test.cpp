// Writing documents: stable identity, field terms, visibility term, public-only spelling.
#include <catch2/catch.hpp>

#include <filesystem>

#include "indexer/index_writer.h"
#include "schema/analysis/word_pairs.h"
#include "schema/document_identity.h"
#include "schema/errors.h"
#include "schema/fields.h"
#include "schema/index_layout.h"
#include "support/temp_directory.h"

using namespace ratsarchiv;

namespace {
CouncilDocument make_doc(const std::string& source, std::optional<bool> is_public) {
    CouncilDocument doc;
    doc.archive = "test";
    doc.source = source;
    doc.id = schema::document_id(doc.archive, doc.source);
    doc.type = "Antrag";
    doc.number = "A0105/22";
    doc.date = "2022-05-03";
    doc.thema = "Digitale Dachstrategie";
    doc.beratungsfolge.push_back({"Stadtrat", "2022-06-01", true, "", "", {}});
    doc.beratungsfolge.push_back({"Der Stadtrat", std::nullopt, true, "", "", {}});
    doc.is_public = is_public;
    doc.text = "Die Verwaltung wird beauftragt, eine Geheimwortliste zu erstellen.";
    return doc;
}
} // namespace

TEST_CASE("re-indexing the same archive and source replaces the document", "[indexer]") {
    testing::TempDirectory dir;
    analysis::GermanAnalyzer analyzer;
    {
        indexer::IndexWriter writer(dir.file("db"), analyzer, {});
        writer.add(make_doc("a.txt", true));
        writer.add(make_doc("a.txt", true));
        writer.add(make_doc("b.txt", true));
        writer.commit();
    }
    Xapian::Database db(dir.file("db"));
    CHECK(db.get_doccount() == 2);
    const auto& type = *schema::field_by_name("type");
    CHECK(db.get_termfreq(schema::keyword_term(type, "Antrag")) == 2);
    CHECK(db.get_termfreq(schema::keyword_term(*schema::field_by_name("year"), "2022")) == 2);
    // "Stadtrat" and "Der Stadtrat" differ; both steps' committees are facet values.
    CHECK(db.get_termfreq(schema::keyword_term(*schema::field_by_name("gremium"), "stadtrat")) ==
          2);
}

TEST_CASE("non-public documents get the restricted term and add no spelling words", "[indexer]") {
    testing::TempDirectory dir;
    analysis::GermanAnalyzer analyzer;
    {
        indexer::IndexWriter writer(dir.file("db"), analyzer, {});
        writer.add(make_doc("secret.txt", false));
        writer.commit();
    }
    Xapian::Database db(dir.file("db"));
    CHECK(db.get_termfreq(std::string(schema::kTermRestricted)) == 1);
    CHECK(db.get_termfreq(std::string(schema::kTermPublic)) == 0);
    CHECK(db.spellings_begin() == db.spellings_end());
    CHECK(db.allterms_begin(std::string(schema::kPrefixCompletion)) ==
          db.allterms_end(std::string(schema::kPrefixCompletion)));
}

TEST_CASE("unknown status follows the policy", "[indexer]") {
    testing::TempDirectory dir;
    analysis::GermanAnalyzer analyzer;
    {
        indexer::IndexWriter open_writer(dir.file("open"), analyzer, {false});
        open_writer.add(make_doc("x.txt", std::nullopt));
        open_writer.commit();
        indexer::IndexWriter strict_writer(dir.file("strict"), analyzer, {true});
        strict_writer.add(make_doc("x.txt", std::nullopt));
        strict_writer.commit();
    }
    CHECK(Xapian::Database(dir.file("open")).get_termfreq(std::string(schema::kTermPublic)) == 1);
    CHECK(Xapian::Database(dir.file("strict")).get_termfreq(std::string(schema::kTermPublic)) == 0);
}

TEST_CASE("a new index says that its phrases may use word pairs", "[indexer]") {
    testing::TempDirectory dir;
    analysis::GermanAnalyzer analyzer;
    {
        indexer::IndexWriter writer(dir.file("db"), analyzer, {});
        writer.add(make_doc("a.txt", true));
        writer.commit();
    }
    {
        // An index begun without word pairs is not marked when documents are added later.
        std::filesystem::create_directories(dir.file("old"));
        Xapian::WritableDatabase old(schema::public_part(dir.file("old")), Xapian::DB_CREATE);
        old.add_document(Xapian::Document());
        old.commit();
    }
    {
        indexer::IndexWriter writer(dir.file("old"), analyzer, {});
        writer.add(make_doc("a.txt", true));
        writer.commit();
    }
    const std::string key(analysis::kWordPairsMetadataKey);
    CHECK(Xapian::Database(dir.file("db")).get_metadata(key) == analysis::kWordPairsVersion);
    CHECK(Xapian::Database(dir.file("old")).get_metadata(key).empty());
}

TEST_CASE("an index of the one-database layout is refused, not mixed into", "[indexer]") {
    testing::TempDirectory dir;
    analysis::GermanAnalyzer analyzer;
    {
        Xapian::WritableDatabase old(dir.file("db"), Xapian::DB_CREATE);
        old.add_document(Xapian::Document());
        old.commit();
    }
    CHECK_THROWS_AS(indexer::IndexWriter(dir.file("db"), analyzer, {}), Error);
    CHECK(Xapian::Database(dir.file("db")).get_doccount() == 1);
}

TEST_CASE("a public document goes to the public part, a non-public one to the restricted part, "
          "and a changed status moves it",
          "[indexer]") {
    testing::TempDirectory dir;
    analysis::GermanAnalyzer analyzer;
    auto public_count = [&] {
        return Xapian::Database(schema::public_part(dir.file("db"))).get_doccount();
    };
    auto restricted_count = [&] {
        return Xapian::Database(schema::restricted_part(dir.file("db"))).get_doccount();
    };
    {
        indexer::IndexWriter writer(dir.file("db"), analyzer, {});
        writer.add(make_doc("a.txt", true));
        writer.add(make_doc("b.txt", false));
        writer.commit();
        CHECK(writer.document_count() == 2);
    }
    CHECK(public_count() == 1);
    CHECK(restricted_count() == 1);
    // The stub opens both parts as one database.
    CHECK(Xapian::Database(dir.file("db")).get_doccount() == 2);
    {
        indexer::IndexWriter writer(dir.file("db"), analyzer, {});
        writer.add(make_doc("a.txt", false));
        writer.commit();
    }
    CHECK(public_count() == 0);
    CHECK(restricted_count() == 2);
    // The words it gave the spelling table went with it.
    Xapian::Database public_part(schema::public_part(dir.file("db")));
    CHECK(public_part.spellings_begin() == public_part.spellings_end());
}
