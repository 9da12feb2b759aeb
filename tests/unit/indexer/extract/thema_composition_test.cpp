// Karlsruhe's names of Stellungnahme papers: the printed title plus the answered paper's kind
// and submitters, in the style of the session's years (indexer/extract/thema_composition.h).
#include <catch2/catch.hpp>

#include "indexer/extract/extract_fields.h"
#include "indexer/extract/thema_composition.h"

using namespace ratsarchiv;
using namespace ratsarchiv::indexer::extract;

TEST_CASE("reads the party a Karlsruhe submitter line names", "[extract][thema]") {
    auto [line, party] = GENERATE(table<std::string, std::string>({
        {"FDP-Gemeinderatsfraktion", "FDP"},
        {"KAL/Die PARTEI-Gemeinderatsfraktion", "KAL/Die PARTEI"},
        {"FW|FÜR-Gemeinderatsfraktion", "FW|FÜR"},
        {"Stadtrat Friedemann Kalmbach (GfK)", "GfK"},
        {"Stadträtin Sabine Zürn (Die Linke) ", "Die Linke"},
        {"Ortschaftsrat Durlach", ""},
    }));
    INFO(line);
    CHECK(submitter_party(line) == party);
}

TEST_CASE("shortens a councillor to office, academic title and surname", "[extract][thema]") {
    auto [line, name] = GENERATE(table<std::string, std::string>({
        {"Stadträtin Sabine Zürn (Die Linke)", "Stadträtin Zürn"},
        {"Stadtrat Dr. Eberhard Fischer (KAL)", "Stadtrat Dr. Fischer"},
        {"Stadtrat Eduardo Mossuto (FW)", "Stadtrat Mossuto"},
        {"GRÜNE-Gemeinderatsfraktion", ""},
    }));
    INFO(line);
    CHECK(councillor_short_name(line) == name);
}

TEST_CASE("composes the city's name of a Stellungnahme's paper by the session's style",
          "[extract][thema]") {
    using Lines = std::vector<std::string>;
    auto [kind, submitters, date,
          expected] = GENERATE(table<std::string, Lines, std::string, std::string>({
        // up to 2010: kind and party before the title
        {"Antrag", Lines{"SPD-Gemeinderatsfraktion"}, "2007-10-16", "Antrag SPD: T"},
        // 2012-07 to 2013-07: kind and submitters after it
        {"Anfrage",
         Lines{"Stadträtin Sabine Zürn (Die Linke)", "Stadtrat Niko Fostiropoulos (Die Linke)"},
         "2012-09-18", "T: Anfrage Stadträtin Zürn, Stadtrat Fostiropoulos (Die Linke)"},
        {"Antrag", Lines{"KAL-Gemeinderatsfraktion"}, "2013-04-09", "T: Antrag KAL-Fraktion"},
        // from 2013-05 councillors abbreviated: "StR", "StRn"
        {"Anfrage", Lines{"Stadtrat Max Beispiel (BSP)"}, "2013-05-14",
         "T: Anfrage StR Beispiel (BSP)"},
        {"Anfrage", Lines{"Stadträtin Erika Muster (MUS)", "Stadtrat Dr. Hans Probe (MUS)"},
         "2013-07-23", "T: Anfrage StRn Muster, StR Dr. Probe (MUS)"},
        {"Anfrage", Lines{"Stadtrat Max Beispiel (BSP)"}, "2013-04-09",
         "T: Anfrage Stadtrat Beispiel (BSP)"},
        {"Anfrage", Lines{"Stadträtin Rita Fromm (FDP)", "FDP-Gemeinderatsfraktion"}, "2013-05-14",
         "T: Anfrage FDP-Fraktion"},
        {"Anfrage", Lines{"Stadträtin A B (SPD)", "Stadträtin C D (SPD)", "Stadträtin E F (SPD)"},
         "2013-07-23", "T: Anfrage SPD-Fraktion"},
        {"Antrag", Lines{"Ortschaftsrat Durlach"}, "2013-04-09", "T: Antrag Ortschaftsrat Durlach"},
        // 2014 to 2019-10: amendments only, kind and parties before the title
        {"Ergänzungsantrag",
         Lines{"Stadtrat Friedemann Kalmbach (GfK)", "Stadtrat Eduardo Mossuto (GfK)"},
         "2014-04-08", "Ergänzungsantrag GfK: T"},
        {"Änderungsantrag", Lines{"GRÜNE-Gemeinderatsfraktion", "KULT-Gemeinderatsfraktion"},
         "2016-07-19", "Änderungsantrag GRÜNE, KULT: T"},
        {"Änderungsantrag", Lines{"Stadtrat A B (GfK)", "Stadtrat C D (FW)", "Stadtrat E F (pl)"},
         "2016-12-13", "Änderungsantrag: T"},
        {"Zusatzantrag", Lines{}, "2016-10-18", "Zusatzantrag: T"},
        {"Antrag", Lines{"CDU-Gemeinderatsfraktion"}, "2016-10-18", "T"},
        {"Anfrage", Lines{"CDU-Gemeinderatsfraktion"}, "2018-10-18", "T"},
        // 2016-01 to 2016-05: amendments named by their title alone
        {"Ergänzungsantrag", Lines{"GRÜNE-Gemeinderatsfraktion"}, "2016-01-26", "T"},
        {"Änderungsantrag", Lines{"GRÜNE-Gemeinderatsfraktion"}, "2016-05-31", "T"},
        {"Änderungsantrag", Lines{"GRÜNE-Gemeinderatsfraktion"}, "2015-12-15",
         "Änderungsantrag GRÜNE: T"},
        {"Änderungsantrag", Lines{"GRÜNE-Gemeinderatsfraktion"}, "2016-06-14",
         "Änderungsantrag GRÜNE: T"},
        // 2011 and from 2019-11: the printed title
        {"Antrag", Lines{"FDP-Ortschaftsratsfraktion Wettersbach"}, "2011-09-13", "T"},
        {"Änderungsantrag", Lines{"GRÜNE-Gemeinderatsfraktion"}, "2019-12-10", "T"},
        {"", Lines{"GRÜNE-Gemeinderatsfraktion"}, "2016-12-10", "T"},
    }));
    AnsweredPaper paper{kind, false, submitters};
    INFO(kind << " " << date);
    CHECK(compose_city_title("T", paper, date) == expected);
    CHECK(compose_city_title("T", paper, date, date) == expected);
}

TEST_CASE("names an old-layout Karlsruhe Stellungnahme to an Änderungsantrag as the city does",
          "[extract][thema]") {
    const std::string text = "\n\nSTADT KARLSRUHE \nDer Oberbürgermeister \n \n"
                             "STELLUNGNAHME zum gemein-\nsamen Änderungsantrag \n \n"
                             "FDP-Gemeinderatsfraktion \nStadtrat Friedemann Kalmbach (GfK) \n \n"
                             "vom:  11.12.2015 \neingegangen: 11.12.2015 \nGremium:  "
                             "19. Plenarsitzung Gemeinderat \nTermin:  \nVorlage Nr.: \nTOP: \n \n"
                             "Verantwortlich: \n \n15.12.2015 \n2015/0738 \n12 \nöffentlich \n"
                             "Dez. 1 \nSondernutzungsrichtlinien über mobile Verkaufsstände \n \n"
                             "  - Kurzfassung -  \nDie Verwaltung empfiehlt, dem Antrag nicht zu "
                             "folgen.\n";
    CouncilDocument doc;
    indexer::extract_fields(text, doc);
    CHECK(doc.type == "Stellungnahme");
    CHECK(doc.thema == "Änderungsantrag FDP, GfK: Sondernutzungsrichtlinien über mobile "
                       "Verkaufsstände");
}

TEST_CASE("keeps the printed title of an amendment discussed again after the prefix style ended",
          "[extract][thema]") {
    using Lines = std::vector<std::string>;
    auto [first, last, expected] = GENERATE(table<std::string, std::string, std::string>({
        {"2019-09-24", "2020-02-18", "T"},
        {"2019-09-24", "2019-10-22", "Änderungsantrag BSP: T"},
        {"2019-09-24", "", "Änderungsantrag BSP: T"},
    }));
    AnsweredPaper paper{"Änderungsantrag", false, Lines{"BSP-Gemeinderatsfraktion"}};
    INFO(first << " " << last);
    CHECK(compose_city_title("T", paper, first, last) == expected);
}
