// A session date range becomes the fewest term prefixes that cover it.
#include <catch2/catch.hpp>

#include "server/search/session_range.h"

using ratsarchiv::server::covering_date_prefixes;
using Prefixes = std::vector<std::string>;

TEST_CASE("whole years, whole months and single days cover a range", "[server][session]") {
    CHECK(covering_date_prefixes("20230101", "20231231") == Prefixes{"2023"});
    CHECK(covering_date_prefixes("20220000", "20231231") == Prefixes{"2022", "2023"});
    CHECK(covering_date_prefixes("20230301", "20230531") == Prefixes{"202303", "202304", "202305"});
    CHECK(covering_date_prefixes("20231230", "20240201") ==
          Prefixes{"20231230", "20231231", "202401", "20240201"});
    CHECK(covering_date_prefixes("20230415", "20230415") == Prefixes{"20230415"});
    CHECK(covering_date_prefixes("20230416", "20230415").empty());
}

TEST_CASE("open ends are clamped to 1900 and 2100", "[server][session]") {
    auto all = covering_date_prefixes("", "");
    REQUIRE(all.size() == 201);
    CHECK(all.front() == "1900");
    CHECK(all.back() == "2100");
    auto until = covering_date_prefixes("", "19011231");
    CHECK(until == Prefixes{"1900", "1901"});
}

TEST_CASE("a month is covered whole when the range reaches its last day", "[server][session]") {
    CHECK(covering_date_prefixes("20230201", "20230228") == Prefixes{"202302"});
    CHECK(covering_date_prefixes("20240201", "20240228").size() == 28); // a leap year's February
    CHECK(covering_date_prefixes("20240201", "20240229") == Prefixes{"202402"});
    CHECK(covering_date_prefixes("20230430", "20230501") == Prefixes{"20230430", "20230501"});
}
