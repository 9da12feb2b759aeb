// RFC 5545 output pieces: TEXT escaping, folding at 75 octets without splitting a UTF-8
// character, the exclusive end of an all-day event; and the order of agenda items.
#include <catch2/catch.hpp>

#include "server/council/icalendar.h"
#include "server/council/session_agenda.h"

using namespace ratsarchiv::server::council;

TEST_CASE("escapes iCalendar TEXT values", "[calendar]") {
    CHECK(escape_text("Bau-, Planungs; und\\Umwelt\nausschuss") ==
          "Bau-\\, Planungs\\; und\\\\Umwelt\\nausschuss");
}

TEST_CASE("folds content lines at 75 octets, never inside a UTF-8 sequence", "[calendar]") {
    const std::string line = "SUMMARY:" + std::string(66, 'a') + "äöü" + std::string(80, 'b');
    const std::string folded = fold_line(line);
    std::string unfolded;
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t end = folded.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        std::string part = folded.substr(start, end - start);
        CHECK(part.size() <= 75);
        unfolded += start == 0 ? part : part.substr(1);
        CHECK((start == 0 || folded[start] == ' '));
        start = end + 2;
    }
    CHECK(unfolded == line);
    CHECK(fold_line("BEGIN:VEVENT") == "BEGIN:VEVENT\r\n");
}

TEST_CASE("an all-day event ends on the next day", "[calendar]") {
    auto [day, next] = GENERATE(table<std::string, std::string>({
        {"20240514", "20240515"},
        {"20240229", "20240301"},
        {"20231231", "20240101"},
        {"20230228", "20230301"},
    }));
    CHECK(next_day(day) == next);
}

TEST_CASE("orders TOPs by their numbers", "[sessions]") {
    CHECK(top_before("2", "10"));
    CHECK(top_before("5", "5.1"));
    CHECK(top_before("5.1", "5.2"));
    CHECK(top_before("5.2", "6"));
    CHECK(top_before("3 a", "3 b"));
    CHECK_FALSE(top_before("10", "2"));
    CHECK_FALSE(top_before("4", "4"));
}
