// Where a Karlsruhe title block starts and ends (indexer/extract/thema.cpp): a paper kind with a
// colon that heads the title itself, an office name the Dienststelle column wrapped. Texts are
// invented in the shape of the real layouts.
#include <catch2/catch.hpp>

#include "indexer/extract/extract_fields.h"

using ratsarchiv::CouncilDocument;
using ratsarchiv::indexer::extract_fields;

namespace {
// The head of a newer Karlsruhe paper: label block, then `title_lines` and the Beratungsfolge.
std::string newer_layout(const std::string& kind, const std::string& office,
                         const std::string& title_lines) {
    return "\n\n" + kind +
           " \n \nGedruckt auf 100 Prozent Recyclingpapier\n \nVorlage Nr.: 2031/0815/1 \n \n"
           "Verantwortlich: Dez. 1 \nDienststelle:  " +
           office + " \n \n" + title_lines +
           "\n \nGremien Termin TOP Ö / N Zuständigkeit \n"
           "Ortschaftsrat Beispieldorf 10.12.2031 4.1 Ö Entscheidung \nKurzfassung \n"
           "Die Ortsverwaltung empfiehlt, dem Antrag zu folgen. \n";
}
} // namespace

TEST_CASE("reads a paper kind with a colon as the title's start when a phrase follows it",
          "[extract][thema]") {
    auto [title_lines, expected] = GENERATE(table<std::string, std::string>({
        // The city names the amendment by its printed line, kind and all.
        {"Änderungsantrag: Zweimal im Jahr eine Bürgerfragestunde in der Geschäftsordnung "
         "\nfesthalten \nAntrag der BSP- und MUS-Ortschaftsratsfraktionen ",
         "Änderungsantrag: Zweimal im Jahr eine Bürgerfragestunde in der Geschäftsordnung "
         "festhalten"},
        // A submitter list after the kind is no title: the title follows it.
        {"Anfrage: BSP, MUS und XYZ \nBeleuchtung am Beispielweg ", "Beleuchtung am Beispielweg"},
        {"Interfraktioneller Antrag: BSP, MUS \nBeleuchtung am Beispielweg ",
         "Beleuchtung am Beispielweg"},
    }));
    CouncilDocument doc;
    extract_fields(
        newer_layout("Stellungnahme zum Antrag", "Ortsverwaltung \nBeispieldorf", title_lines),
        doc);
    CHECK(doc.thema == expected);
}

TEST_CASE("reads the line under a short office name as its rest or as the title by the lines "
          "around it",
          "[extract][thema]") {
    auto [office, title_lines, expected_title, expected_amt] =
        GENERATE(table<std::string, std::string, std::string, std::string>({
            // "Stadtamt" / "Beispieldorf" / "": the office of a place, then the title.
            {"Stadtamt \nBeispieldorf", "Wahl der Ortsvorsteherin in der Ortschaft \nBeispieldorf",
             "Wahl der Ortsvorsteherin in der Ortschaft Beispieldorf", "Stadtamt Beispieldorf"},
            // A short title under a short office, with the paper's submitter line under it.
            {"BSA \nUmgehung Beispieldorf \nInterfraktionelle Anfrage: BSP, MUS", "",
             "Umgehung Beispieldorf", "BSA"},
            // Without the empty line the word is the title's first line.
            {"Tiefbauamt \nBaubeschluss \nUmgehung Beispieldorf", "",
             "Baubeschluss: Umgehung Beispieldorf", "Tiefbauamt"},
        }));
    CouncilDocument doc;
    extract_fields(newer_layout("Beschlussvorlage", office, title_lines), doc);
    CHECK(doc.thema == expected_title);
    CHECK(doc.amt == expected_amt);
}

TEST_CASE("names an amendment after the paper it amends when a printed line ends in a colon",
          "[extract][thema]") {
    auto [title_lines, expected] = GENERATE(table<std::string, std::string>({
        // The amended paper's title ends its line with a colon; the amendment's demand follows.
        {"Anpassung der Beispielplatzordnung an die längeren Sommerabende und Nächte im Juli:\n"
         "Ruhezeiten auf den Plätzen erst ab 23 Uhr \nÄnderungsantrag: BSP ",
         "Anpassung der Beispielplatzordnung an die längeren Sommerabende und Nächte im Juli"},
        {"Neuordnung der Beispielbetreuung ab dem Schuljahr 2031/32 in Verbindung mit dem \n"
         "Beispielgesetz (BspG): Das Betreuungssystem für Grundschulkinder (BBG):\n"
         "Horte erhalten \nErgänzungsantrag: BSP, MUS ",
         "Neuordnung der Beispielbetreuung ab dem Schuljahr 2031/32 in Verbindung mit dem "
         "Beispielgesetz (BspG): Das Betreuungssystem für Grundschulkinder (BBG)"},
        // A colon inside a line is the title's own.
        {"Beispielplatz: Bänke erhalten \nÄnderungsantrag: BSP ", "Beispielplatz: Bänke erhalten"},
        // A short topic line is no amended paper; a motion is no amendment.
        {"Beispielpark: \nBänke erhalten \nÄnderungsantrag: BSP ", "Beispielpark: Bänke erhalten"},
        {"Anpassung der Beispielplatzordnung an die längeren Sommerabende und Nächte im Juli:\n"
         "Ruhezeiten auf den Plätzen erst ab 23 Uhr \nAntrag: BSP ",
         "Anpassung der Beispielplatzordnung an die längeren Sommerabende und Nächte im Juli: "
         "Ruhezeiten auf den Plätzen erst ab 23 Uhr"},
    }));
    std::string text = "\n\nÄnderungsantrag \n \nGedruckt auf 100 Prozent Recyclingpapier\n \n"
                       "Vorlage Nr.:  2031/0392/3 \n \nEingang: 29.07.2031 \n \n" +
                       title_lines +
                       "\n \nGremien Termin TOP  Ö / N Zuständigkeit \n"
                       "Gemeinderat 29.07.2031 14.2 Ö Entscheidung \n \n"
                       "Die BSP-Gemeinderatsfraktion beantragt: \n";
    CouncilDocument doc;
    extract_fields(text, doc);
    CHECK(doc.thema == expected);
}

TEST_CASE("keeps 'Thema:' typed where a newer layout prints the title, not a Thema label column",
          "[extract][thema]") {
    auto [text, expected] = GENERATE(table<std::string, std::string>({
        // The newer motion layout: labels without a Gremium column, then the typed title.
        {"\n\nAntrag \n \nGedruckt auf 100 Prozent Recyclingpapier\n \nVorlage Nr.:  2031/1394 \n"
         " \nEingang: 26.11.2031 \n \n Thema: Beispielbach \n(Antrag der "
         "BSP-Ortschaftsratsfraktion) "
         "\n \nGremien Termin TOP Ö / N Zuständigkeit \n"
         "Ortschaftsrat Beispieldorf 18.12.2031 10 Ö Behandlung \n \nDie Fraktion beantragt: \n",
         "Thema: Beispielbach"},
        // The older layout: a Gremium column in the label block and "Thema:" as a label.
        {"\n\nBESCHLUSSVORLAGE \n \nSTADT KARLSRUHE \nOrtsverwaltung Beispieldorf \n \nGremium: \n"
         "Termin: \nVorlage Nr.: \nTOP: \nOrtschaftsrat \nBeispieldorf \n \n19. Dezember 2031 \n"
         "------ \n02 \n \nöffentlich \n \n \nThema:     Beispielbrunnen am Rathaus \n \n"
         "Sachstand aus der Sitzung des Ortschaftsrates \n",
         "Beispielbrunnen am Rathaus"},
    }));
    CouncilDocument doc;
    extract_fields(text, doc);
    CHECK(doc.thema == expected);
}

TEST_CASE("reads on past a line between two labels of the label block", "[extract][thema]") {
    auto [block, expected_title] = GENERATE(table<std::string, std::string>({
        // A submitter line between the number and the office.
        {"Vorlage Nr.: 2031/0548 \nAnfrage BSP-Fraktion \n \nVerantwortlich: Dez. \n"
         "Dienststelle:  Ortsverwaltung \nBeispieldorf \n \n"
         "Einbau einer Solaranlage auf dem Dach des Rathauses \n",
         "Einbau einer Solaranlage auf dem Dach des Rathauses"},
        // A label printed without its colon.
        {"Vorlage Nr.:      2031/0482 \nVerantwortlich Dez. 6 \nDienststelle:      StplA \n"
         "Bebauungsplan Beispielstraße 13 / Neubau \nKindertagesstätte und Wohngebäude \n",
         "Bebauungsplan Beispielstraße 13 / Neubau Kindertagesstätte und Wohngebäude"},
    }));
    std::string text =
        "\n\nInformationsvorlage \n \nGedruckt auf 100 Prozent Recyclingpapier\n \n" + block +
        " \nGremien Termin TOP Ö / N Zuständigkeit \n"
        "Planungsausschuss 06.07.2031 3 Ö Kenntnisnahme \nKurzfassung \n";
    CouncilDocument doc;
    extract_fields(text, doc);
    CHECK(doc.thema == expected_title);
}

TEST_CASE("joins an inline Gremium the PDF wrapped before the next label", "[extract][thema]") {
    std::string text =
        "\n\n\nBESCHLUSSVORLAGE \n \nSTADT KARLSRUHE \nOrtsverwaltung Beispieldorf \n"
        "Gremium: Ortschaftsrat \nBeispieldorf \nTermin: \n \nTOP: \n \n"
        "Verantwortlich: \n \n \n28.10.2031 \n \n2 \nöffentlich \nOrtsverwaltung \n"
        "Beispieldorf \nVorstellung des Entwurfs des Haushaltsplans 2032 \n \n"
        "Beschlussantrag \n \nDer Ortschaftsrat nimmt die Ausführungen zur Kenntnis. \n";
    CouncilDocument doc;
    extract_fields(text, doc);
    REQUIRE(doc.beratungsfolge.size() == 1);
    CHECK(doc.beratungsfolge.front().gremium == "Ortschaftsrat Beispieldorf");
    CHECK(doc.beratungsfolge.front().date == "2031-10-28");
}

TEST_CASE("skips the rest of a label value the PDF wrapped after a comma", "[extract][thema]") {
    auto [eingang, expected] = GENERATE(table<std::string, std::string>({
        {"Eingang: 03.01.2031, Interfraktioneller Antrag der BSP-Ortschaftsratsfraktion, \n"
         "MUS-Ortschaftsratsfraktion Beispieldorf und Max Muster (XYZ) ",
         "Prüfung einer Tempo-30-Zone am Beispielweg"},
        {"Eingang: 03.01.2031 ", "Prüfung einer Tempo-30-Zone am Beispielweg"},
    }));
    std::string text = "\n\nAntrag \n \nGedruckt auf 100 Prozent Recyclingpapier\n \n"
                       "Vorlage Nr.:  2031/0018 \n \n" +
                       eingang +
                       "\n \n \n Prüfung einer Tempo-30-Zone am Beispielweg \n"
                       "Gremien Termin TOP Ö / N Zuständigkeit \n"
                       "Ortschaftsrat Beispieldorf 17.01.2031  Ö Entscheidung \n \nAntrag: \n";
    CouncilDocument doc;
    extract_fields(text, doc);
    CHECK(doc.thema == expected);
}
