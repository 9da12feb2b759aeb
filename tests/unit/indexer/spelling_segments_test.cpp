// The spelling segments of a fresh build: every word of every worker in exactly one segment,
// with the counts of all workers summed, and the segments read as one table.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include <xapian.h>

#include "indexer/segment_writer.h"
#include "support/temp_directory.h"

using namespace ratsarchiv;

TEST_CASE("spelling segments hold each word once with the counts of all workers summed",
          "[indexer][spelling]") {
    testing::TempDirectory dir;
    std::vector<indexer::SpellingCounts> workers(3);
    std::map<std::string, Xapian::termcount> expected;
    for (int i = 0; i < 300; ++i) {
        const std::string word = "wort" + std::to_string(i) + "stadt";
        for (unsigned w = 0; w < workers.size(); ++w) {
            if ((i + w) % 2 == 0) { // about half the words in each worker, many in several
                workers[w][word] += w + 1;
                expected[word] += w + 1;
            }
        }
    }
    const auto paths = indexer::write_spelling_segments(std::move(workers), dir.path().string(), 2);
    REQUIRE(paths.size() == 2);

    Xapian::Database all;
    std::size_t entries = 0;
    for (const auto& path : paths) {
        Xapian::Database segment(path);
        CHECK(segment.get_doccount() == 0);
        for (auto w = segment.spellings_begin(); w != segment.spellings_end(); ++w) {
            ++entries;
        }
        all.add_database(segment);
    }
    CHECK(entries == expected.size()); // no word in both segments

    std::map<std::string, Xapian::termcount> found;
    for (auto w = all.spellings_begin(); w != all.spellings_end(); ++w) {
        found[*w] = w.get_termfreq();
    }
    CHECK(found == expected);
    CHECK(all.get_spelling_suggestion("wort17stadr") == "wort17stadt");
}

TEST_CASE("no spelling words give no spelling segments", "[indexer][spelling]") {
    testing::TempDirectory dir;
    std::vector<indexer::SpellingCounts> workers(2);
    CHECK(indexer::write_spelling_segments(std::move(workers), dir.path().string(), 2).empty());
}
