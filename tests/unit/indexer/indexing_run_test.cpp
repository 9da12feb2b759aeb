// Indexing runs on real files into a real Xapian database: the fresh build in segments, then
// incremental runs that add, replace, skip and remove; moving the archive root; the counts of
// real problems and of notes.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>

#include <xapian.h>

#include "indexer/indexing_run.h"
#include "schema/analysis/word_pairs.h"
#include "schema/fields.h"
#include "support/temp_directory.h"
#include "support/test_index.h"

using namespace ratsarchiv;
using ratsarchiv::testing::council_file;
namespace fs = std::filesystem;

namespace {
// The "archive:source" of every document of the index.
std::set<std::string> sources_of(const std::string& db_path) {
    Xapian::Database db(db_path);
    std::set<std::string> sources;
    const std::string prefix(schema::kPrefixSource);
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
        sources.insert((*t).substr(prefix.size()));
    }
    return sources;
}

// The spelling table's frequency of `word` (0: not in it).
Xapian::doccount spelling_frequency(const std::string& db_path, const std::string& word) {
    Xapian::Database db(db_path);
    for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w) {
        if (*w == word) {
            return w.get_termfreq();
        }
    }
    return 0;
}

Xapian::doccount matches(const std::string& db_path, const std::string& term) {
    Xapian::Database db(db_path);
    return db.get_termfreq(term);
}

indexer::IndexingOptions options_for(const testing::TempDirectory& dir) {
    indexer::IndexingOptions options;
    options.db_path = dir.file("db");
    options.paths = {dir.file("archiv")};
    options.threads = 2;
    options.segment_limits.max_documents = 2; // several segments even for a few files
    return options;
}
} // namespace

TEST_CASE("a fresh build in segments holds every file once, with spelling data summed",
          "[indexer][run]") {
    testing::TempDirectory dir;
    for (int i = 0; i < 7; ++i) {
        testing::write_file(dir.path() / "archiv" / ("v" + std::to_string(i) + ".txt"),
                            council_file(std::to_string(10 + i) + "/2024",
                                         "Knirpelwiese " + std::to_string(i),
                                         "Die Knirpelwiese wird begrünt."));
    }
    auto options = options_for(dir);
    auto summary = indexer::run_indexing(options, {});
    CHECK(summary.fresh_build);
    CHECK(summary.indexed == 7);
    CHECK(summary.failed == 0);
    CHECK(sources_of(options.db_path).size() == 7);
    CHECK(matches(options.db_path, "knirpelwiese") == 7);
    Xapian::Database db(options.db_path);
    // Seven documents in four segments: the compactor adds up the spelling frequencies.
    CHECK(spelling_frequency(options.db_path, "knirpelwiese") == 7);
    CHECK(db.get_spelling_suggestion("knirpelwiesr") == "knirpelwiese");
    // No segment or half-merged directory is left beside the index.
    std::size_t entries = 0;
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        (void)entry;
        ++entries;
    }
    CHECK(entries == 2); // archiv and db
}

TEST_CASE("incremental runs add new files, replace changed ones, skip unchanged ones and "
          "remove the ones that are gone",
          "[indexer][run]") {
    testing::TempDirectory dir;
    const fs::path archiv = dir.path() / "archiv";
    testing::write_file(archiv / "a.txt", council_file("1/2024", "Radweg Nord", "Radweg Nord."));
    testing::write_file(archiv / "b.txt", council_file("2/2024", "Kita Süd", "Kita Süd."));
    testing::write_file(archiv / "sub" / "c.txt",
                        council_file("3/2024", "Brücke West", "Die Brücke West."));
    auto options = options_for(dir);
    REQUIRE(indexer::run_indexing(options, {}).indexed == 3);

    SECTION("an unchanged tree is skipped entirely") {
        auto again = indexer::run_indexing(options, {});
        CHECK_FALSE(again.fresh_build);
        CHECK(again.indexed == 0);
        CHECK(again.unchanged == 3);
        CHECK(again.removed == 0);
    }
    SECTION("add, change and delete in one run") {
        testing::write_file(archiv / "d.txt", council_file("4/2024", "Freibad Ost", "Freibad."));
        testing::write_file(archiv / "b.txt",
                            council_file("2/2024", "Kita Süd", "Die Kita Süd wird erweitert."));
        fs::remove(archiv / "sub" / "c.txt");
        auto run = indexer::run_indexing(options, {});
        CHECK(run.indexed == 2);
        CHECK(run.unchanged == 1);
        CHECK(run.removed == 1);
        CHECK(sources_of(options.db_path) ==
              std::set<std::string>{"archiv:a.txt", "archiv:b.txt", "archiv:d.txt"});
        CHECK(matches(options.db_path, "erweitert") == 1);
        CHECK(matches(options.db_path, "brücke") == 0);
        // The gone document's words leave the spelling data too.
        CHECK(spelling_frequency(options.db_path, "brücke") == 0);
    }
    SECTION("indexing a subdirectory removes nothing outside it") {
        fs::remove(archiv / "a.txt");
        options.paths = {(archiv / "sub").string()};
        options.walk.root = archiv.string();
        auto run = indexer::run_indexing(options, {});
        CHECK(run.unchanged == 1);
        CHECK(run.removed == 0);
        CHECK(sources_of(options.db_path).size() == 3);
    }
    SECTION("a file that cannot be read is not taken for gone") {
        fs::remove(archiv / "a.txt");
        testing::write_file(archiv / "b.txt", "\x1f\x8b broken gzip");
        auto run = indexer::run_indexing(options, {});
        CHECK(run.failed == 1);
        CHECK(run.removed == 0);
        CHECK(sources_of(options.db_path).size() == 3);
    }
}

TEST_CASE("moving the archive root keeps one document per file", "[indexer][run]") {
    testing::TempDirectory dir;
    testing::write_file(dir.path() / "old" / "archiv" / "a.txt",
                        council_file("1/2024", "Radweg Nord", "Radweg Nord."));
    testing::write_file(dir.path() / "old" / "archiv" / "b.txt",
                        council_file("2/2024", "Kita Süd", "Kita Süd."));
    indexer::IndexingOptions options;
    options.db_path = dir.file("db");
    options.paths = {(dir.path() / "old" / "archiv").string()};
    REQUIRE(indexer::run_indexing(options, {}).indexed == 2);
    fs::create_directories(dir.path() / "new");
    fs::rename(dir.path() / "old" / "archiv", dir.path() / "new" / "archiv");
    options.paths = {(dir.path() / "new" / "archiv").string()};
    auto moved = indexer::run_indexing(options, {});
    CHECK(moved.unchanged == 2);
    CHECK(moved.removed == 0);
    CHECK(Xapian::Database(options.db_path).get_doccount() == 2);
}

TEST_CASE("a fresh build of a large enough archive indexes the pairs of its frequent words",
          "[indexer][run]") {
    testing::TempDirectory dir;
    for (int i = 0; i < 12; ++i) {
        testing::write_file(dir.path() / "archiv" / ("v" + std::to_string(i) + ".txt"),
                            council_file(std::to_string(i + 1) + "/2024", "Stadt Karlsruhe",
                                         "Die Stadt Karlsruhe plant Vorhaben " +
                                             std::string(1, static_cast<char>('a' + i)) + "zeta."));
    }
    auto options = options_for(dir);
    options.pair_sample = 10;
    options.pair_choice.min_documents = 10;
    options.pair_choice.min_share = 0.5;
    REQUIRE(indexer::run_indexing(options, {}).indexed == 12);
    Xapian::Database db(options.db_path);
    auto pairs = analysis::pair_words_of(db);
    REQUIRE(pairs != nullptr);
    CHECK(pairs->indexed("stadt", "karlsruhe"));
    CHECK_FALSE(pairs->indexed("vorhaben", "azeta")); // in one document only
    CHECK(db.get_termfreq(analysis::word_pair_term("stadt", "karlsruhe")) == 12);
    CHECK(db.get_termfreq(analysis::word_pair_term("vorhaben", "azeta")) == 0);
}

TEST_CASE("notes about fields a file does not state are counted apart from real problems",
          "[indexer][run]") {
    testing::TempDirectory dir;
    const fs::path archiv = dir.path() / "archiv";
    // An attachment: text, but no type heading, title or number: three notes, no problem.
    testing::write_file(archiv / "anlage.txt",
                        std::string(300, 'x') + " Anlage zum Bebauungsplan Nordweststadt\n");
    testing::write_file(archiv / "leer.txt", "");
    // Binary content: a real problem.
    testing::write_file(archiv / "kaputt.txt",
                        council_file("5/2024", "Haushalt", std::string("Haus\0halt", 9)));
    auto options = options_for(dir);
    auto summary = indexer::run_indexing(options, {});
    CHECK(summary.indexed == 3);
    CHECK(summary.indexed_with_problems == 1);
    CHECK(summary.indexed_with_notes == 2);
    REQUIRE(summary.problems.size() == 1);
    CHECK(summary.problems.front().origin.find("kaputt.txt") != std::string::npos);
    CHECK(summary.note_counts.at("number: no document number found") == 1);
    CHECK(summary.note_counts.at("file: no text (empty file or a scan without text)") == 1);
}

TEST_CASE("a file in directories too deep for a Xapian term is indexed, kept and removed like "
          "any other",
          "[indexer][run]") {
    testing::TempDirectory dir;
    fs::path deep = dir.path() / "archiv";
    for (int i = 0; i < 60; ++i) {
        deep /= "ablage";
    }
    testing::write_file(deep / "tief.txt", council_file("7/2024", "Tiefe Ablage", "Abgelegt."));
    testing::write_file(dir.path() / "archiv" / "oben.txt",
                        council_file("8/2024", "Oben", "Oben."));
    auto options = options_for(dir);
    REQUIRE(indexer::run_indexing(options, {}).indexed == 2);
    CHECK(matches(options.db_path, "abgelegt") == 1);

    auto again = indexer::run_indexing(options, {});
    CHECK(again.unchanged == 2);
    CHECK(again.removed == 0);

    fs::remove(deep / "tief.txt");
    auto removal = indexer::run_indexing(options, {});
    CHECK(removal.removed == 1);
    CHECK(matches(options.db_path, "abgelegt") == 0);
    CHECK(sources_of(options.db_path) == std::set<std::string>{"archiv:oben.txt"});
}

TEST_CASE("a shard per period holds the documents of its years, and follows a changed period",
          "[indexer]") {
    testing::TempDirectory dir;
    const fs::path files = dir.path() / "files";
    // Dated by their numbers' years; the last names no year anywhere.
    testing::write_file(files / "a.txt", council_file("2019/0001", "Radweg", "Ein Radweg."));
    testing::write_file(files / "b.txt", council_file("2021/0002", "Spielplatz", "Geräte."));
    testing::write_file(files / "c.txt", council_file("2023/0003", "Bibliothek", "Saniert."));
    testing::write_file(files / "d.txt", "Betreff: Ohne Datum\n\nEin Text ohne Jahr.\n");
    const std::string db = (dir.path() / "shard").string();
    indexer::IndexingOptions options;
    options.db_path = db;
    options.paths = {files.string()};
    options.period = indexer::parse_year_period("2020-2022");
    REQUIRE(options.period);

    auto first = indexer::run_indexing(options, {});
    CHECK(first.indexed == 1);
    CHECK(first.outside_period == 3);
    CHECK(sources_of(db) == std::set<std::string>{"files:b.txt"});

    // Another period on the same index: the unchanged files are read again, the document now
    // outside is removed, and with --undated the undated one comes in.
    options.period = indexer::parse_year_period("2022-2025");
    options.period->undated = true;
    auto second = indexer::run_indexing(options, {});
    CHECK(second.outside_period == 2);
    CHECK(sources_of(db) == std::set<std::string>{"files:c.txt", "files:d.txt"});

    CHECK_FALSE(indexer::parse_year_period("2025-2020"));
    CHECK_FALSE(indexer::parse_year_period("20x5"));
    CHECK(indexer::parse_year_period("2024")->last == 2024);
}
