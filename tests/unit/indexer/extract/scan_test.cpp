// Tests of the hand-written scanners: German dates and document numbers as PDF text has them.
#include <catch2/catch.hpp>

#include "indexer/extract/scan.h"

using namespace ratsarchiv::indexer::extract;

TEST_CASE("finds German dates in the spellings of real heads", "[extract][dates]") {
    auto [text, iso] = GENERATE(table<std::string, std::string>({
        {"Datum 02.11.2023", "2023-11-02"},
        {"Die Oberbürgermeisterin\t12.\t07.2022)", "2022-07-12"},
        {"zum 01. 09. 2022 eine AG", "2022-09-01"},
        {"26. April 2016", "2016-04-26"},
        {"Termin: 16. Februar 2016, 15:30 Uhr", "2016-02-16"},
        {"vom 3. März 2015", "2015-03-03"},
        {"Eingang: 5.7.22", "2022-07-05"},
    }));
    auto d = find_date(text);
    REQUIRE(d);
    CHECK(d->iso == iso);
}

TEST_CASE("does not take amounts, section numbers or invalid days for dates", "[extract][dates]") {
    auto text =
        GENERATE(as<std::string>{}, "Auftragssumme: 2.989.941,09 €", "Punkt 8.3: Der Gemeinderat",
                 "32.13.2020", "TOP 34.2", "Kapitel 1.1.1 Ziele");
    CHECK_FALSE(find_date(text));
}

TEST_CASE("reads document numbers in canonical form", "[extract][number]") {
    auto [text, canonical] = GENERATE(table<std::string, std::string>({
        {"S0254/22", "S0254/22"},
        {"I0276/23 ", "I0276/23"},
        {"2022/1004/1", "2022/1004/1"},
        {"DHH/2023/1007", "DHH/2023/1007"},
        {"VII/0680/24\tDezernat I", "VII/0680/24"},
        {"15/2024", "15/2024"},
        {"I/ 91/2019)", "I/91/2019"},
        {"V 32/ 2019)", "V 32/2019"},
        {"ANF2019/0123", "ANF2019/0123"},
    }));
    auto m = number_at(text, 0);
    REQUIRE(m);
    CHECK(m->canonical == canonical);
}

TEST_CASE("does not read words, plain counts or file codes as numbers", "[extract][number]") {
    auto text =
        GENERATE(as<std::string>{}, "1099", "Abs. 1", "D I/mi-au", "Karlsruhe/Baden", "MDigi2026");
    CHECK_FALSE(number_at(text, 0));
}

TEST_CASE("splits head lines into folded lines and tab cells", "[extract][layout]") {
    auto lines = head_lines("  Vorlage   Nr.:  2022/1 \r\nA\t\tB\t\n\fX", 1000);
    REQUIRE(lines.size() == 4); // the form feed after a line break leaves one blank line
    CHECK(lines[0] == "Vorlage Nr.: 2022/1");
    CHECK(cells(lines[1]).size() == 3);
    CHECK(lines[2].empty());
    CHECK(lines[3] == "X");
}

TEST_CASE("rejoins title lines hyphenated by the PDF", "[extract][thema]") {
    auto [first, second, joined] = GENERATE(table<std::string, std::string, std::string>({
        {"Sitz im Jugendhilfeaus-", "schuss", "Sitz im Jugendhilfeausschuss"},
        {"Schul-", "und Sportamt", "Schul- und Sportamt"},
        {"Land Baden-", "Württemberg", "Land Baden-Württemberg"},
        {"Therapieplätze für", "Jugendliche", "Therapieplätze für Jugendliche"},
    }));
    std::string out = first;
    append_joined(out, second);
    CHECK(out == joined);
}
