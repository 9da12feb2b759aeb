// Every document gets the best date it carries, and says where it came from.
#include <catch2/catch.hpp>

#include "indexer/council_file.h"
#include "indexer/extract/coverage.h"
#include "indexer/extract/document_date.h"

using namespace ratsarchiv;
using namespace ratsarchiv::indexer::extract;

namespace {
CouncilDocument read(const std::string& source, const std::string& text) {
    return indexer::read_council_document(indexer::RawFile{"test", source, source, text});
}
} // namespace

TEST_CASE("a document number gives its year", "[extract][date]") {
    CHECK(year_of_number("2020/0877") == 2020);
    CHECK(year_of_number("DHH/2023/1007") == 2023);
    CHECK(year_of_number("2022/1004/1") == 2022);
    CHECK(year_of_number("S0254/22") == 2022);
    CHECK(year_of_number("A0105/99") == 1999);
    CHECK(year_of_number("V 32/2019") == 2019);
    CHECK_FALSE(year_of_number("1099"));
    CHECK_FALSE(year_of_number("15/3456"));
    CHECK_FALSE(year_of_number(""));
}

TEST_CASE("a file path gives the last year it names", "[extract][date]") {
    CHECK(year_in_path("2019/Vorlagen/x.txt") == 2019);
    CHECK(year_in_path("archiv/2018/protokoll_2021-03.txt") == 2021);
    CHECK_FALSE(year_in_path("karlsruhe/10023.txt"));
    CHECK_FALSE(year_in_path("karlsruhe/620221.txt"));
    CHECK_FALSE(year_in_path("a/1234/b.txt")); // not a plausible year
}

TEST_CASE("the date comes from the best source the document has, in order", "[extract][date]") {
    SECTION("its own date") {
        auto doc = read("a.txt", "ANTRAG\nEingang: 10.03.2022\nThema: Radwege\n\nText.\n");
        CHECK(doc.date == "2022-03-10");
        CHECK(doc.date_source == "document");
    }
    SECTION("else its earliest dated Beratungsfolge step") {
        CouncilDocument doc;
        doc.beratungsfolge = {{"Gemeinderat", std::string("2021-07-20")},
                              {"Planungsausschuss", std::string("2021-06-24")},
                              {"Hauptausschuss", std::nullopt}};
        doc.number = "2020/0877";
        choose_document_date(doc);
        CHECK(doc.date == "2021-06-24");
        CHECK(doc.date_source == "beratungsfolge");
    }
    SECTION("else the year of its number, a budget paper's year, its path's year, its text's") {
        auto [number, source, text, date, date_source] =
            GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
                {"2020/0877", "2019/x.txt", "Am 12.03.2018 beschlossen.", "2020", "number"},
                // A budget paper is written in the year before its budget year.
                {"", "x.txt", "HAUSHALT 2021\nSTELLUNGNAHME zu Antrag\n132\nam 03.05.2016",
                 "2020", "budget"},
                {"", "x.txt", "\nDOPPELHAUSHALT 2024/2025\nANTRAG\n", "2023", "budget"},
                {"", "ratsarchiv/2017/anlage.txt", "Anlage 3 vom 12.03.2015", "2017", "path"},
                // The first plausible date: 1850 is no council document's year.
                {"", "x/10392.txt",
                 "Satzung\n§ 3 vom 01.01.1850\nDruckvorlage zur Sitzung am 16.09.2008\nam "
                 "01.02.2010",
                 "2008-09-16", "text"},
                {"", "x.txt", "Bewertung der Varianten\nStand: März 2015\n", "2015", "text"},
                {"", "x.txt", "Grabfelder G und H, Ziffer 12", "", ""},
            }));
        CouncilDocument doc;
        doc.number = number;
        doc.source = source;
        doc.text = text;
        choose_document_date(doc);
        INFO(text);
        CHECK(doc.date == date);
        CHECK(doc.date_source == date_source);
    }
}

TEST_CASE("a Niederschrift is dated by its session", "[extract][date]") {
    auto doc = read("n.txt", "NIEDERSCHRIFT\nüber die Sitzung des Gemeinderates\n18. September "
                             "2018, 15:30 Uhr\n\nTOP 1 Begrüßung\n");
    CHECK(doc.type == "Niederschrift");
    CHECK(doc.date == "2018-09-18");
    CHECK(doc.date_source == "session");
}

TEST_CASE("a file of page furniture only has no text", "[extract][date]") {
    auto doc = read("p.txt", "\n-- 1 of 1 --\n\n");
    CHECK_FALSE(has_text(doc));
    bool noted = false;
    for (const auto& d : doc.diagnostics) {
        noted = noted || d.reason.rfind("no text", 0) == 0;
    }
    CHECK(noted);
}

TEST_CASE("coverage counts fields and dates by source over documents with text",
          "[extract][date][coverage]") {
    Coverage coverage;
    coverage.add(read("a.txt", "ANTRAG\nEingang: 10.03.2022\nThema: Radwege\n\nText.\n"));
    coverage.add(read("b.txt", "Bewertung der Varianten\nStand: März 2015\n"));
    coverage.add(read("c.txt", "Grabfelder G und H"));
    coverage.add(read("d.txt", ""));
    CHECK(coverage.documents() == 3);
    CHECK(coverage.without_text() == 1);
    CHECK(coverage.with("year") == 2);
    CHECK(coverage.with("date") == 1); // a year alone is no date
    CHECK(coverage.with("date:document") == 1);
    CHECK(coverage.with("date:text") == 1);
    CHECK(coverage.with("type") == 1);
    CHECK(coverage.share("year") == Approx(2.0 / 3));
    CHECK(coverage.report().find("budget") != std::string::npos);
}
