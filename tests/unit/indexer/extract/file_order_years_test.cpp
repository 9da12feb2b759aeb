// Years from file order: keys from file names, and the years neighbours give (agreeing
// neighbours, a file numbered right next to one, groups kept apart, the file itself left out).
#include <catch2/catch.hpp>

#include "indexer/extract/file_order_years.h"

using namespace ratsarchiv::indexer::extract;

namespace {
FileOrderEntry entry(const std::string& group, std::uint64_t number, const std::string& year) {
    return {{group, number}, year};
}
} // namespace

TEST_CASE("a file's order key is its directory and the number its name is", "[file-order]") {
    auto key = file_order_key("karlsruhe", "karlsruhe/10023.txt");
    REQUIRE(key);
    CHECK(key->group == "karlsruhe:karlsruhe");
    CHECK(key->number == 10023);
    CHECK(file_order_key("a", "x/7.txt.gz")->number == 7);
    CHECK(file_order_key("a", "12.txt")->group == "a:");
    CHECK_FALSE(file_order_key("a", "x/2012-1193.txt"));
    CHECK_FALSE(file_order_key("a", "x/anlage.txt"));
    CHECK_FALSE(file_order_key("a", "x/.txt"));
    CHECK_FALSE(file_order_key("a", "x/1234567890123456789012.txt"));
}

TEST_CASE("only a document's own dates and those of its number, budget or path date neighbours",
          "[file-order]") {
    for (const char* source :
         {"document", "session", "beratungsfolge", "number", "budget", "path"}) {
        CHECK(dates_neighbours(source));
    }
    CHECK_FALSE(dates_neighbours("text"));
    CHECK_FALSE(dates_neighbours("file_order"));
    CHECK_FALSE(dates_neighbours(""));
}

TEST_CASE("an undated file takes the year its dated neighbours agree on", "[file-order]") {
    const std::vector<FileOrderEntry> entries{
        entry("a:", 100, "2019"), entry("a:", 101, ""),     entry("a:", 102, ""),
        entry("a:", 110, "2019"), entry("a:", 200, "2020"), entry("a:", 201, ""),
        entry("a:", 300, "2021"), entry("a:", 400, ""),     entry("a:", 500, "2022"),
        entry("a:", 501, ""),
    };
    const auto years = years_from_file_order(entries);
    CHECK(years[1] == "2019");
    CHECK(years[2] == "2019");
    // 200 and 300 disagree; 200 is numbered right before 201.
    CHECK(years[5] == "2020");
    // 300 and 500 disagree and neither is next to 400.
    CHECK(years[7].empty());
    // Nothing after 501: only the file right before it.
    CHECK(years[9] == "2022");
    // A dated file is given what its neighbours say, itself left out: 110 sits between 100
    // (2019) and 200 (2020), and is next to neither.
    CHECK(years[3].empty());
    CHECK(years[0].empty()); // nothing before 100, and 101 is no evidence
}

TEST_CASE("file order works within one directory, in any input order, and a file in both parts "
          "of an index is not its own neighbour",
          "[file-order]") {
    const std::vector<FileOrderEntry> entries{
        entry("a:x", 12, "2018"), entry("a:y", 11, "2024"), entry("a:x", 10, "2018"),
        entry("a:x", 11, ""),     entry("a:y", 13, "2024"), entry("a:y", 12, "2024"),
        entry("a:y", 12, ""),
    };
    const auto years = years_from_file_order(entries);
    CHECK(years[3] == "2018");
    // y:12 is twice (a redacted public view and its full version): both read y:11 and y:13.
    CHECK(years[5] == "2024");
    CHECK(years[6] == "2024");
    // y:11 has no dated file before it; y:12 right after it is dated.
    CHECK(years[1] == "2024");
    // x:10 and x:12 are dated, yet neither has dated files on both sides or one next to it.
    CHECK(years[0].empty());
}

TEST_CASE("disagreeing neighbours both right next to a file date nothing", "[file-order]") {
    const auto years =
        years_from_file_order({entry("g:", 1, "2010"), entry("g:", 2, ""), entry("g:", 3, "2011")});
    CHECK(years[1].empty());
}
