// Dating by file order in real indexing runs: undated attachments get the year of their
// neighbours with every term and value a year has, follow their neighbours when a later run
// changes them, and a public document never takes its year from a non-public one.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/indexing_run.h"
#include "schema/analysis/word_pairs.h"
#include "schema/document_identity.h"
#include "schema/fields.h"
#include "schema/index_layout.h"
#include "schema/stored_document.h"
#include "support/temp_directory.h"

using namespace ratsarchiv;
namespace fs = std::filesystem;

namespace {
// A paper dated by its number's year.
std::string dated_paper(const std::string& number, const std::string& status = "öffentlich") {
    return "Vorlage Nr. " + number + "\nÖffentlichkeitsstatus " + status +
           "\n\nBetreff: Gebührenordnung " + number + "\n\nDie Gebühren werden angepasst.\n";
}

// An attachment as a city publishes it: a table that states no date.
std::string undated_attachment(const std::string& name) {
    return "Anlage " + name +
           "\nGebührentabelle\nZiffer Bezeichnung Gebühr\n301 Fahrgeschäfte 2.900,00\n";
}

struct StoredYear {
    std::string year;   ///< kSlotYear
    std::string day;    ///< kSlotDate
    std::string date;   ///< the stored document's date
    std::string source; ///< and its date_source
    bool year_term = false;
};

StoredYear stored_year(const std::string& db_path, const std::string& source) {
    Xapian::Database db(db_path);
    const std::string term = schema::source_term("archiv:" + source);
    auto it = db.postlist_begin(term);
    REQUIRE(it != db.postlist_end(term));
    Xapian::Document xdoc = db.get_document(*it);
    CouncilDocument doc = schema::stored_document(xdoc);
    StoredYear found{xdoc.get_value(schema::kSlotYear), xdoc.get_value(schema::kSlotDate), doc.date,
                     doc.date_source};
    if (!found.year.empty()) {
        const std::string year_term =
            schema::keyword_term(*schema::field_by_name("year"), found.year);
        auto posting = db.postlist_begin(year_term);
        for (; posting != db.postlist_end(year_term) && *posting != *it; ++posting) {
        }
        found.year_term = posting != db.postlist_end(year_term);
    }
    return found;
}

indexer::IndexingOptions options_for(const testing::TempDirectory& dir) {
    indexer::IndexingOptions options;
    options.db_path = dir.file("db");
    options.paths = {dir.file("archiv")};
    options.threads = 2;
    options.date_by_file_order = true;
    return options;
}
} // namespace

TEST_CASE("undated files take the year of their file-order neighbours, and follow them",
          "[indexer][file-order]") {
    testing::TempDirectory dir;
    const fs::path archiv = dir.path() / "archiv";
    testing::write_file(archiv / "100.txt", dated_paper("2019/0001"));
    testing::write_file(archiv / "101.txt", undated_attachment("1"));
    testing::write_file(archiv / "102.txt", undated_attachment("2"));
    testing::write_file(archiv / "110.txt", dated_paper("2019/0007"));
    testing::write_file(archiv / "300.txt", dated_paper("2021/0003"));
    testing::write_file(archiv / "400.txt", undated_attachment("3"));
    testing::write_file(archiv / "500.txt", dated_paper("2022/0005"));
    auto options = options_for(dir);
    const std::string db = options.db_path;

    auto first = indexer::run_indexing(options, {});
    CHECK(first.indexed == 7);
    CHECK(first.file_order_dated == 2);
    for (const char* file : {"101.txt", "102.txt"}) {
        const StoredYear y = stored_year(schema::public_part(db), file);
        CHECK(y.year == "2019");
        CHECK(y.day == "20190000");
        CHECK(y.date == "2019");
        CHECK(y.source == "file_order");
        CHECK(y.year_term);
    }
    CHECK(stored_year(schema::public_part(db), "400.txt").year.empty());
    CHECK(stored_year(schema::public_part(db), "100.txt").source == "number");
    // The whole archive (staff) holds the same.
    CHECK(stored_year(db, "101.txt").year == "2019");
    // A fresh build dates before its last compaction: what the merge recorded is still there,
    // and no work directory is left beside the index.
    CHECK(Xapian::Database(schema::public_part(db))
              .get_metadata(std::string(analysis::kWordPairsMetadataKey)) ==
          analysis::kWordPairsVersion);
    std::vector<std::string> beside;
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        beside.push_back(entry.path().filename().string());
    }
    std::sort(beside.begin(), beside.end());
    CHECK(beside == std::vector<std::string>{"archiv", "db"});

    // An unchanged archive changes nothing; the guesses are not evidence for each other.
    auto again = indexer::run_indexing(options, {});
    CHECK(again.unchanged == 7);
    CHECK(again.file_order_dated == 0);
    CHECK(again.file_order_undated == 0);

    // New neighbours: 103 (2018) now follows 102, 110 is gone; 101 keeps 2019 from 100 right
    // before it, 102 takes 2018 from 103 right after it, and 400 gets 2023 from a new 399
    // right before it.
    testing::write_file(archiv / "103.txt", dated_paper("2018/0009"));
    fs::remove(archiv / "110.txt");
    testing::write_file(archiv / "399.txt", dated_paper("2023/0001"));
    auto changed = indexer::run_indexing(options, {});
    CHECK(changed.removed == 1);
    CHECK(stored_year(schema::public_part(db), "101.txt").year == "2019");
    const StoredYear moved = stored_year(schema::public_part(db), "102.txt");
    CHECK(moved.year == "2018");
    CHECK(moved.year_term);
    Xapian::Database public_part(schema::public_part(db));
    CHECK(public_part.get_termfreq(schema::keyword_term(*schema::field_by_name("year"), "2019")) ==
          2); // 100 and 101: 102's old year term went with its old year
    CHECK(stored_year(schema::public_part(db), "400.txt").year == "2023");

    // Without the neighbour that dated it, a guess is taken back.
    fs::remove(archiv / "399.txt");
    auto fewer = indexer::run_indexing(options, {});
    CHECK(fewer.file_order_undated == 1);
    const StoredYear back = stored_year(schema::public_part(db), "400.txt");
    CHECK(back.year.empty());
    CHECK(back.day.empty());
    CHECK(back.source.empty());
}

TEST_CASE("a public file is never dated by a non-public neighbour", "[indexer][file-order]") {
    testing::TempDirectory dir;
    const fs::path archiv = dir.path() / "archiv";
    testing::write_file(archiv / "700.txt", dated_paper("2024/0001", "nichtöffentlich"));
    testing::write_file(archiv / "701.txt", undated_attachment("1"));
    testing::write_file(archiv / "702.txt", dated_paper("2024/0002", "nichtöffentlich"));
    auto options = options_for(dir);
    REQUIRE(indexer::run_indexing(options, {}).indexed == 3);
    REQUIRE(Xapian::Database(schema::restricted_part(options.db_path)).get_doccount() == 2);
    CHECK(stored_year(schema::public_part(options.db_path), "701.txt").year.empty());
}

TEST_CASE("without --file-order, or for a shard per period, nothing is dated by file order",
          "[indexer][file-order]") {
    testing::TempDirectory dir;
    const fs::path archiv = dir.path() / "archiv";
    testing::write_file(archiv / "1.txt", dated_paper("2019/0001"));
    testing::write_file(archiv / "2.txt", undated_attachment("1"));
    testing::write_file(archiv / "3.txt", dated_paper("2019/0002"));
    auto options = options_for(dir);
    options.date_by_file_order = false;
    CHECK(indexer::run_indexing(options, {}).file_order_dated == 0);
    CHECK(stored_year(schema::public_part(options.db_path), "2.txt").year.empty());

    options.date_by_file_order = true;
    options.db_path = dir.file("shard");
    options.period = indexer::parse_year_period("2019");
    options.period->undated = true;
    CHECK(indexer::run_indexing(options, {}).file_order_dated == 0);
}
