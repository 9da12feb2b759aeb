// The printed title of Karlsruhe papers: where it starts after the label block and what ends
// it (indexer/extract/thema.cpp). Texts are invented in the shape of the real layouts.
#include <catch2/catch.hpp>

#include "indexer/extract/extract_fields.h"

using ratsarchiv::CouncilDocument;
using ratsarchiv::indexer::extract_fields;

namespace {
// A misspelt kind of motion in the submitter line under the title ends the title.
const char* const kMisspeltSubmitter = R"(
Änderungsantrag 
Gedruckt auf 100 Prozent Recyclingpapier
Vorlage Nr.:  2031/0330/2 
Eingang: 13.10.2031 
Beispielplatz: Bänke erhalten 
Ergänzungantrag: BSP 
Gremien Termin TOP  Ö / N Zuständigkeit 
Gemeinderat 22.12.2031 10.1 Ö Entscheidung 
Der Gemeinderat möge beschließen: 
)";

// A submitter after a semicolon ends it too.
const char* const kSemicolonSubmitter = R"(
Ergänzungsantrag 
Gedruckt auf 100 Prozent Recyclingpapier
Vorlage Nr.:  2031/0412/1 
Eingang: 02.05.2031 
Vertretung im Planungsausschuss 
Ergänzungsantrag; BSP 
Gremien Termin TOP  Ö / N Zuständigkeit 
Gemeinderat 20.05.2031 7.1 Ö Entscheidung 
Der Gemeinderat möge beschließen: 
)";

// A Stellungnahme to two papers: the second number ends the label block before
// "Verantwortlich:", which is no title.
const char* const kTwoNumbers = R"(
 Stadt Karlsruhe 
 Der Oberbürgermeister 
STELLUNGNAHME zum Antrag/ 
Änderungsantrag 
BSP-Gemeinderatsfraktion 
Vorlage Nr.: 2031/0630 
2031/0738 
Verantwortlich: 
 
Dez. 6 
Benennung eines Platzes nach Erika Muster 
Gremium Termin TOP ö nö 
Gemeinderat 21.11.2031 25 X       
Kurzfassung 
Die Verwaltung sieht derzeit keine Möglichkeit, einen Platz zu benennen. 
)";

// The submitters in parentheses belong to the title, as the city names the paper.
const char* const kSubmittersInParentheses = R"(
Antrag 
Gedruckt auf 100 Prozent Recyclingpapier
Vorlage Nr.:  2031/0111 
Eingang: 01.02.2031 
Wohnraum für Beispieldorf (Antrag der Ortschaftsräte Muster, Beispiel) 
Gremien Termin TOP  Ö / N Zuständigkeit 
Ortschaftsrat Beispieldorf 10.03.2031 3 Ö Entscheidung 
Die Ortschaftsräte beantragen: 
)";

// The procedure line under a building project's title is no part of the city's name; inside
// parentheses it is.
const char* const kProcedureLine = R"(
Beschlussvorlage 
Gedruckt auf 100 Prozent Recyclingpapier
Vorlage Nr.: 2031/1408 
Verantwortlich: Dez. 6 
Dienststelle:  Amt für Hochbau 
 
Beispielschule, Erweiterung und Modernisierung der Sporthalle am Beispielpark 
Vergabe von Tischlerarbeiten 
 
Gremien Termin TOP Ö / N Zuständigkeit 
Bauausschuss 14.03.2031 2 N Vorberatung 
Kurzfassung 
)";
const char* const kProcedureInParentheses = R"(
Beschlussvorlage 
Gedruckt auf 100 Prozent Recyclingpapier
Vorlage Nr.: 2031/1409 
Verantwortlich: Dez. 1 
Dienststelle:  Presse- und Informationsamt 
 
Dienstleistung für Kommunikations- und Marketingmaßnahmen der Beispiel-App (Vergabe 
IT31001) 
 
Gremien Termin TOP Ö / N Zuständigkeit 
Hauptausschuss 14.03.2031 2 N Vorberatung 
Kurzfassung 
)";

// A title printed above the label block, and a submitter line there that is no title.
const char* const kTitleAboveLabels = R"(
Informationsvorlage 
Gedruckt auf 100 Prozent Recyclingpapier
Audit Beispielpreis für Klimaschutz 
Vorlage Nr.:      2031/0613 
Verantwortlich: Dez. 5 
Dienststelle:      UA 
 
Beratungsfolge dieser Vorlage 
Gremium Termin TOP ö nö Ergebnis 
AUG 04.07.2031 2 X   
Information (Kurzfassung) 
Seit 2008 beteiligt sich die Stadt am Beispielpreis. 
)";
const char* const kSubmitterAboveLabels = R"(
Antrag 
Gedruckt auf 100 Prozent Recyclingpapier
BSP-OR-Fraktion 
Vorlage Nr.:      2031/0614 
Verantwortlich: Dez. 1 
Dienststelle:      Ortsverwaltung Beispieldorf 
 
Beratungsfolge dieser Vorlage 
Gremium Termin TOP ö nö Ergebnis 
Ortschaftsrat Beispieldorf 04.07.2031 2 X   
Antrag (Kurzfassung) 
Die Fraktion beantragt einen Zuschuss. 
)";

// The Ortschaft's label column: the TOP value ("4") printed apart from "TOP:" is no title.
const char* const kTopValueInLabelColumn = R"(
STADT KARLSRUHE 
Ortsverwaltung Beispieldorf 
ANTRAG 
BSP-OR-Fraktion 
vom: 24.04.2031 
Gremium: 
Termin: 
TOP: 
Verantwortlich: 
Ortschaftsrat Beispieldorf 
24.06.2031 
2031/0686 
4 
öffentlich 
KA i. B. m. StK / Dez. 1, 2, 4 
 
Zuschuss an Vereine wegen Absage des Dorffestes 
 
Die BSP-OR-Fraktion beantragt einen Zuschuss für die Vereine. 
)";

// "Information:" typed before the title of an Informationsvorlage: the title follows it.
const char* const kInformationBeforeTitle = R"(
Informationsvorlage 
Gedruckt auf 100 Prozent Recyclingpapier
Vorlage Nr.: 2031/1391 
Verantwortlich: Dez. 6 
Dienststelle:  
Stadtplanungsamt 
 
Information: Sanierungsgebiet Beispielwinkel - Ergebnisse der Planungswerkstatt 
 
Gremien Termin TOP Ö / N Zuständigkeit 
Planungsausschuss 13.02.2031 2 Ö Kenntnisnahme 
Kurzfassung 
)";

// The older layout with a short topic line over the title: the city's names keep it for
// sessions before 2014 and leave it out from 2014 on.
std::string old_layout(const std::string& session) {
    return "\n\nSTADT KARLSRUHE \nDer Oberbürgermeister \n \nSTELLUNGNAHME zum Antrag \n \n"
           "BSP-Gemeinderatsfraktion \n \nvom:  10.08.2013 \neingegangen: 10.08.2013 \n"
           "Gremium:  \n38. Plenarsitzung Gemeinderat \nTermin:  \nVorlage Nr.: \nTOP: \n \n"
           "Verantwortlich: \n" +
           session +
           " \n1193 \n31 \nöffentlich \nDez. 2 \nKombilösung: \n"
           "Bessere Informationen im Umfeld der Baustellen \n \n"
           "1. Wie informiert die Stadt über die Baustellen? \n";
}
} // namespace

TEST_CASE("ends a Karlsruhe title at its submitter line and starts it after the labels",
          "[extract][thema]") {
    auto [text, expected] = GENERATE(table<std::string, std::string>({
        {kMisspeltSubmitter, "Beispielplatz: Bänke erhalten"},
        {kSemicolonSubmitter, "Vertretung im Planungsausschuss"},
        {kTwoNumbers, "Benennung eines Platzes nach Erika Muster"},
        {kSubmittersInParentheses,
         "Wohnraum für Beispieldorf (Antrag der Ortschaftsräte Muster, Beispiel)"},
        {kProcedureLine,
         "Beispielschule, Erweiterung und Modernisierung der Sporthalle am Beispielpark"},
        {kProcedureInParentheses,
         "Dienstleistung für Kommunikations- und Marketingmaßnahmen der Beispiel-App (Vergabe "
         "IT31001)"},
        {kTitleAboveLabels, "Audit Beispielpreis für Klimaschutz"},
        {kSubmitterAboveLabels, ""},
        {kTopValueInLabelColumn, "Zuschuss an Vereine wegen Absage des Dorffestes"},
        {kInformationBeforeTitle,
         "Sanierungsgebiet Beispielwinkel - Ergebnisse der Planungswerkstatt"},
        {old_layout("15.10.2013"), "Kombilösung: Bessere Informationen im Umfeld der Baustellen"},
        {old_layout("20.05.2014"), "Bessere Informationen im Umfeld der Baustellen"},
    }));
    CouncilDocument doc;
    extract_fields(text, doc);
    CHECK(doc.thema == expected);
}

TEST_CASE("takes the line over the Gremium table after an empty Dienststelle as the title",
          "[extract][thema]") {
    const std::string text =
        "\n\nStellungnahme zur Anfrage \n \nGedruckt auf 100 Prozent "
        "Recyclingpapier\n \nBSP-Gemeinderatsfraktion \n \n"
        "Vorlage Nr.:      2031/0353 \nVerantwortlich: Dez. 5 \n"
        "Dienststelle:            \n \nImpfen in Beispielstadt \n \n"
        "Gremium Termin TOP \xC3\xB6 n\xC3\xB6 \nGemeinderat 20.04.2031 45 X \n"
        " \n1. Wurden Impfdosen entsorgt? \n";
    CouncilDocument doc;
    extract_fields(text, doc);
    CHECK(doc.thema == "Impfen in Beispielstadt");
    CHECK(doc.amt != "Impfen in Beispielstadt");
}

TEST_CASE("names an excerpt or attachment after the agenda item its head names",
          "[extract][thema]") {
    auto [text, expected] = GENERATE(table<std::string, std::string>({
        {"\n \nAnhang \nStellungnahme der Kommunalen Behindertenbeauftragten; \n"
         "Jugendhilfeausschuss 1. Februar 2031,  \nTOP 5: Poolmodell bei Schulbegleitung \n \n"
         " Die Kommunale Behindertenbeauftragte tr\xC3\xA4gt die Vorlage mit. \n",
         "Poolmodell bei Schulbegleitung"},
        // Wrapped over two lines.
        {"\nOrtschaftsrat Beispieldorf \nTOP 3: Mitteilung der im nicht\xC3\xB6"
         "ffentlichen Teil der OR-\nSitzung am 06.03.31 gefassten Beschl\xC3\xBCsse \n \n"
         "Der Ortschaftsrat hat beschlossen, die Stelle zu besetzen. \n",
         "Mitteilung der im nicht\xC3\xB6"
         "ffentlichen Teil der OR-Sitzung am 06.03.31 gefassten Beschl\xC3\xBCsse"},
        // One word names a section of the session, not the item.
        {"\nOrtschaftsrat Beispieldorf \nTOP 7: Mitteilungen \n \nWechsel im Kulturbeirat \n \n"
         "Frau Muster scheidet aus dem Kulturbeirat aus. \n",
         "Wechsel im Kulturbeirat"},
    }));
    CouncilDocument doc;
    extract_fields(text, doc);
    CHECK(doc.thema == expected);
}

TEST_CASE("types a paper without a heading by the heading of its summary", "[extract][type]") {
    auto [summary, type] = GENERATE(table<std::string, std::string>({
        {"Beschlussantrag (Kurzfassung) \nDer Hauptausschuss best\xC3\xA4tigt die Weisung. \n",
         "Beschlussvorlage"},
        {"Information (Kurzfassung) \nDer Ortschaftsrat nimmt den Bericht zur Kenntnis. \n",
         "Informationsvorlage"},
        // A summary heading quoted inside a sentence does not type the paper.
        {"Siehe Information (Kurzfassung) der Vorlage. \n", "Vorlage"},
    }));
    const std::string text =
        "\n\nAbsage Beispielfest 2031; Gesellschafterweisung \n \n"
        "Vorlage Nr.: 2031/1241 \nVerantwortlich: Dez. 4 \n"
        "Beratungsfolge dieser Vorlage \nGremium Termin TOP \xC3\xB6 n\xC3\xB6 "
        "Ergebnis \nHauptausschuss 10.11.2031 1 \n\xE2\x98\x92 \xE2\x98\x90 \n \n" +
        summary;
    CouncilDocument doc;
    extract_fields(text, doc);
    CHECK(doc.type == type);
}

TEST_CASE("reads the title printed above the label block of a paper without a heading",
          "[extract][thema]") {
    auto [head, expected] = GENERATE(table<std::string, std::string>({
        // Title, submitter, Eingang and number, then the Gremium table and the body.
        {"Gedruckt auf 100 Prozent Recyclingpapier\n \nKostenlose Schutzmasken f\xC3\xBCr "
         "Lehrkr\xC3\xA4"
         "fte an Grundschulen und st\xC3\xA4"
         "dtische Mitarbeitende \nbereitstellen \nBSP-Gemeinderatsfraktion \n \n"
         "Eingang: 24.11.2031 \n \nVorlage Nr.: 2031/1356 \n \n",
         "Kostenlose Schutzmasken f\xC3\xBCr Lehrkr\xC3\xA4"
         "fte an Grundschulen und st\xC3\xA4"
         "dtische Mitarbeitende bereitstellen"},
        // The print note broken over two lines; the submitter shares its line with the number.
        {"Gedruckt \n \nauf 100 Prozent Recyclingpapier\n \nMietspiegel f\xC3\xBCr "
         "Beispielstadt \nBSP-Gemeinderatsfraktion Vorlage Nr.: 2031/1209 \n \n",
         "Mietspiegel f\xC3\xBCr Beispielstadt"},
        // "Thema" on a line of its own, the number label on the title's line.
        {"Gedruckt auf 100 Prozent Recyclingpapier\n \nThema \nSportf\xC3\xB6rdermittel f\xC3\xBCr "
         "Beispieler Sportvereine Vorlage Nr.: \nVerantwortlich: Dez. \n"
         "Beratungsfolge dieser Vorlage \n",
         "Sportf\xC3\xB6rdermittel f\xC3\xBCr Beispieler Sportvereine"},
    }));
    const std::string gremium_table =
        "Gremium Termin TOP \xC3\xB6 n\xC3\xB6 \n"
        "Gemeinderat 15.12.2031 13 \n\xE2\x98\x92 \n\xE2\x98\x90 \n \n";
    const std::string text = "\n\n \n" + head + gremium_table +
                             "1. Die Stadt stellt allen Lehrkr\xC3\xA4"
                             "ften Schutzmasken in ausreichender Anzahl zur Verf\xC3\xBCgung. \n";
    CouncilDocument doc;
    extract_fields(text, doc);
    CHECK(doc.thema == expected);
}

TEST_CASE("skips value lists and marks of the label column before the title", "[extract][thema]") {
    auto [values, expected] = GENERATE(table<std::string, std::string>({
        {"282, 283, 284, 285 \n22 a - d \n", "Umr\xC3\xBCstung von Altanlagen am Beispielhafen"},
        {"1477 / 1478 \n32 a) + b) \n", "Umr\xC3\xBCstung von Altanlagen am Beispielhafen"},
        {". \n", "Umr\xC3\xBCstung von Altanlagen am Beispielhafen"},
    }));
    const std::string text =
        "\n\nSTELLUNGNAHME zu Anfragen \nStadtrat Erika Muster (BSP) \n"
        "vom:  25.01.31 \nGremium:  \n8. Plenarsitzung Gemeinderat \n"
        "Termin:  \nVorlage Nr.: \nTOP: \n \nVerantwortlich: \n02.03.2031 \n" +
        values +
        "\xC3\xB6"
        "ffentlich \nDez. 1 \nUmr\xC3\xBCstung von Altanlagen am Beispielhafen \n"
        " \n \nDas Regierungspr\xC3\xA4sidium ist f\xC3\xBCr die Anlagen "
        "zust\xC3\xA4ndig. \n";
    CouncilDocument doc;
    extract_fields(text, doc);
    CHECK(doc.thema == expected);
}

TEST_CASE("names a budget motion's Stellungnahme after the budget item", "[extract][thema]") {
    const std::string text =
        "\n\nHAUSHALT 2031 \nSTELLUNGNAHME zu Antrag\n268-269 \nBSP-Gemeinderatsfraktion \n"
        "Die Beispielpartei \n--- \n--- \nSeite HH-Plan Investive Ma\xC3\x9Fnahme \n525 7.8824xx \n"
        "Erl\xC3\xB6s-/Aufwandsart | Ein-/Auszahlungsart \n Auszahlungen f\xC3\xBCr "
        "Bauma\xC3\x9Fnahmen \n"
        "Personalaufwendungen (Sperrvermerk) \n"
        "Bauvorhaben bereits im Jahr 2031 beginnen: Neubau Dreifeldsporthalle Schulzentrum \n"
        "S\xC3\xBC"
        "dwest in Beispielreut \nGrunds\xC3\xA4tzl\nich ist die Argumentation der "
        "Antragstellenden richtig und nachvollziehbar. \n";
    CouncilDocument doc;
    extract_fields(text, doc);
    CHECK(doc.thema == "Bauvorhaben bereits im Jahr 2031 beginnen: Neubau Dreifeldsporthalle "
                       "Schulzentrum S\xC3\xBC"
                       "dwest in Beispielreut");
}

TEST_CASE("gives a Stellungnahme that prints no title no thema", "[extract][thema]") {
    // The heading goes on over the submitters ("zum Antrag" ... "zur Anfrage"); neither those
    // lines nor the submitters are a title.
    const std::string text = "\n\n \nSTELLUNGNAHME  \nzum Antrag \nBSP-OR-Fraktion, \n"
                             "eingegangen: 23.05.31 \nzur Anfrage \nMUS-OR-Fraktion,  \n"
                             "eingegangen: 21.05.31  \nGremium:  \nOrtschaftsrat Beispielheim \n"
                             "Termin:  \n \nTOP: \n \nVerantwortlich: \n13.06.31 \n      \n11 \n"
                             "\xC3\xB6"
                             "ffentlich \nZentraler Juristischer Dienst \n \n \n   \n \n \n"
                             "Eingangs weisen wir darauf hin, dass die Zust\xC3\xA4ndigkeit bei "
                             "der Stadt liegt. \n";
    CouncilDocument doc;
    extract_fields(text, doc);
    CHECK(doc.type == "Stellungnahme");
    CHECK(doc.thema.empty());
}

TEST_CASE("reads a Fraktion's budget motion form as an Antrag with the form's Thema",
          "[extract][thema]") {
    auto [field, expected] = GENERATE(table<std::string, std::string>({
        {"Thema  Ausbau des Busverkehrs beschleunigen\n", "Ausbau des Busverkehrs beschleunigen"},
        {"Thema: Keine weiteren Ganztagesschulen \n", "Keine weiteren Ganztagesschulen"},
        {"Thema \nBeispielverein: Erh\xC3\xB6hung des Zuschusses \n",
         "Beispielverein: Erh\xC3\xB6hung des Zuschusses"},
        {"Kulturzentrum Beispielhaus: Erh\xC3\xB6hung des Zuschusses\n",
         "Kulturzentrum Beispielhaus: Erh\xC3\xB6hung des Zuschusses"},
    }));
    const std::string text = "\n\nDie Beispielpartei, Beispielstra\xC3\x9F"
                             "e 13, 76133 Beispielstadt \nHerrn Oberb\xC3\xBCrgermeister \n"
                             "23.10.2030 \nHAUSHALT 2031 \nAntrag zum Thema\n" +
                             field +
                             "\xEF\x81\xB5 Zuordnung im Haushaltsplan \n"
                             "Seite im HH-Plan Teilhaushalt \n1483100\n";
    CouncilDocument doc;
    extract_fields(text, doc);
    CHECK(doc.type == "Antrag");
    CHECK(doc.thema == expected);
}
