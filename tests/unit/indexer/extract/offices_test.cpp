// The issuing office (amt): Dienststelle values as the facet shows them, and the office a
// paper without an office column names in its text. Texts are invented in the shape of the
// Karlsruhe layouts (current one-line labels; older Stellungnahmen and motions without an office
// column).
#include <catch2/catch.hpp>

#include "indexer/extract/extract_fields.h"
#include "indexer/extract/office_mentions.h"

using ratsarchiv::CouncilDocument;
using ratsarchiv::indexer::extract_fields;
using ratsarchiv::indexer::extract::first_office_mention;
using ratsarchiv::indexer::extract::ortschaft_named;

namespace {
CouncilDocument extract(const std::string& text) {
    CouncilDocument doc;
    extract_fields(text, doc);
    return doc;
}

// A current Karlsruhe Beschlussvorlage head with the given Verantwortlich/Dienststelle lines.
std::string vorlage_with(const std::string& office_lines) {
    return "\n\nBeschlussvorlage \n \nGedruckt auf 100 Prozent Recyclingpapier\n \n"
           "Vorlage Nr.: 2031/0815 \n" +
           office_lines +
           " \nSanierung der Beispielhalle mit Erneuerung der Au\xC3\x9F"
           "enanlagen und der Zufahrten \n \n"
           "Gremien Termin TOP \xC3\x96 / N Zust\xC3\xA4ndigkeit \n"
           "Gemeinderat 24.03.2031 12 \xC3\x96 Entscheidung \nKurzfassung \n"
           "Das Gartenbauamt pflegt die Au\xC3\x9F"
           "enanlagen.\n";
}
} // namespace

TEST_CASE("reads the Dienststelle as the office the facet shows", "[extract][amt]") {
    auto [lines, amt] = GENERATE(table<std::string, std::string>({
        {"Verantwortlich: Dez. 6 \nDienststelle:  Tiefbauamt", "Tiefbauamt"},
        // An Eigenbetrieb with a name of its own is named without the word; one whose name
        // describes the business keeps it.
        {"Verantwortlich: Dez. 5 \nDienststelle:      Eigenbetrieb Team \nSauberes Karlsruhe",
         "Team Sauberes Karlsruhe"},
        {"Verantwortlich: Dez. 2 \nDienststelle:  Eigenbetrieb \nFu\xC3\x9F"
         "ballstadion im Wildpark",
         "Eigenbetrieb Fu\xC3\x9F"
         "ballstadion im Wildpark"},
        // Several offices ("versch.") or none: the Dezernat answers for the paper.
        {"Verantwortlich: Dez. 1 \nDienststelle:      versch.", "Dezernat 1"},
        {"Verantwortlich: Dez. 1 \nDienststelle:       ", "Dezernat 1"},
        // An Ortschaft abbreviated with a dot.
        {"Verantwortlich: Dez. 2 \nDienststelle:  Ortsverwaltung Gr\xC3\xB6.",
         "Ortsverwaltung Gr\xC3\xB6tzingen"},
        {"Verantwortlich: Dez. 2 \nDienststelle: Ordnungs \xE2\x80\x93 und \nB\xC3\xBCrgeramt",
         "Ordnungs- und B\xC3\xBCrgeramt"},
        // An empty Dienststelle without a Dezernat: a Beschlussvorlage names offices it
        // concerns in its text, not the one it comes from.
        {"Verantwortlich: Dez. \nDienststelle:   ", ""},
    }));
    INFO(lines);
    CHECK(extract(vorlage_with(lines)).amt == amt);
}

TEST_CASE("takes the office an older Stellungnahme names in its text", "[extract][amt]") {
    const std::string text = "\n\nSTADT KARLSRUHE \nDer Oberb\xC3\xBCrgermeister \n \n"
                             "STELLUNGNAHME zur Anfrage \nStadtrat Max Beispiel (XYZ) \n \n"
                             "Vorlage Nr.:  \n \nVerantwortlich: \n2017/0360 \n \nDez. 6 \n"
                             "Pflege der Wiesen im Stadtpark  \n \n"
                             "Gremium Termin TOP \xC3\xB6 n\xC3\xB6 \n"
                             "Gemeinderat 25.07.2017 25 x  \n \n"
                             "Nach Auffassung des Gartenbauamtes sollen die Wiesen seltener "
                             "gem\xC3\xA4ht werden; das Tiefbauamt pr\xC3\xBC"
                             "ft die Wege.\n";
    auto doc = extract(text);
    CHECK(doc.type == "Stellungnahme");
    CHECK(doc.amt == "Gartenbauamt");
    CHECK(doc.dezernat == "Dezernat 6");
}

TEST_CASE("names no office for a Niederschrift or an untyped attachment", "[extract][amt]") {
    auto text = GENERATE(as<std::string>{},
                         "\n\nNiederschrift \n\xC3\xBC"
                         "ber die 12. Plenarsitzung des Gemeinderates \n"
                         "Das Tiefbauamt berichtet.\n",
                         "\n\nAnlage 2 \nLageplan \nDas Tiefbauamt hat den Plan erstellt.\n");
    CHECK(extract(text).amt.empty());
}

TEST_CASE("finds the first municipal office named in running text", "[extract][amt]") {
    auto [text, office] = GENERATE(table<std::string, std::string>({
        {"Das Stadtplanungsamt bereitet derzeit ein Konzept vor.", "Stadtplanungsamt"},
        {"Nach Auffassung des Gartenbauamtes sollte", "Gartenbauamt"},
        {"die Mitarbeiter des Ordnungs- und B\xC3\xBCrgeramtes helfen", "Ordnungs- und B\xC3\xBC"
                                                                        "rgeramt"},
        {"Das Amt f\xC3\xBCr Hochbau und Geb\xC3\xA4udewirtschaft plant", "Amt f\xC3\xBCr Hochbau "
                                                                          "und Geb\xC3\xA4udewir"
                                                                          "tschaft"},
        {"Die Ortsverwaltung Gr\xC3\xB6tzingen wird gebeten", "Ortsverwaltung Gr\xC3\xB6tzingen"},
        {"Die Verkehrsbetriebe Karlsruhe VBK werden beauftragt", "Verkehrsbetriebe Karlsruhe"},
        {"bei den Stadtwerken nachgefragt", "Stadtwerke"},
        {"plant das Team Sauberes Karlsruhe (TSK) Einsparungen", "Team Sauberes Karlsruhe"},
        // Other authorities, the honorary office, the administration as a whole and words that
        // merely end in "-amt" are no offices; the next mention is taken.
        {"Das Landratsamt und das Finanzamt sowie das Tiefbauamt", "Tiefbauamt"},
        {"Insgesamt ehrenamtlich im Ehrenamt; das B\xC3\xBCrgermeisteramt empfiehlt", ""},
        // The committee, not the office.
        {"im Ausschuss f\xC3\xBCr Wirtschaftsf\xC3\xB6rderung beraten", ""},
        {"die Wirtschaftsf\xC3\xB6rderung unterst\xC3\xBCtzt", "Wirtschaftsf\xC3\xB6rderung"},
    }));
    INFO(text);
    CHECK(first_office_mention(text) == office);
}

TEST_CASE("expands an abbreviated Karlsruhe Ortschaft only when it is unique", "[extract][amt]") {
    auto [place, full] = GENERATE(table<std::string, std::string>({
        {"Gr\xC3\xB6.", "Gr\xC3\xB6tzingen"},
        {"Wo", "Wolfartsweier"},
        {"Durlach", "Durlach"},
        {"W", ""}, // Wettersbach or Wolfartsweier
        {"Beispielstadt", ""},
    }));
    CHECK(ortschaft_named(place) == full);
}
