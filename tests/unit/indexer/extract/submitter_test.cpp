// A paper's own submitters: the groups and people an Antrag, Anfrage or amendment names in its
// head, label line, sender label and signature block, each group as its Fraktion (an
// Ortschaftsrat's group as that Ortschaftsrat's), a person with the group in brackets as two
// values. Texts are invented in the shape of the real layouts.
#include <catch2/catch.hpp>

#include "indexer/document_builder.h"
#include "indexer/extract/extract_fields.h"
#include "indexer/extract/submitter.h"
#include "schema/document_json.h"
#include "schema/fields.h"
#include "schema/value_list.h"

using ratsarchiv::CouncilDocument;
using ratsarchiv::indexer::extract_fields;
using ratsarchiv::indexer::extract::read_submitter_list;
using Values = std::vector<std::string>;

namespace {
Values submitter_slot(const CouncilDocument& doc) {
    const ratsarchiv::analysis::GermanAnalyzer analyzer;
    auto built = ratsarchiv::indexer::build_document(doc, analyzer,
                                                     ratsarchiv::schema::Visibility::Public, 0);
    REQUIRE(built.public_copy);
    return ratsarchiv::schema::parse_value_list(
        built.public_copy->get_value(ratsarchiv::schema::kSlotSubmitter));
}

CouncilDocument extract(const std::string& text) {
    CouncilDocument doc;
    extract_fields(text, doc);
    return doc;
}

// The older layout: the groups and councillors under the heading, the signers at the end.
const char* const kJointAntrag = R"(
 Stadt Beispielstadt 
 Der Oberbürgermeister 
 
GEMEINSAMER ANTRAG 
 
BSP-Gemeinderatsfraktion 
MUS-Gemeinderatsfraktion 
Stadtrat Max Muster (Freie Beispieler) 
 
Vorlage Nr.: 
 
2031/0281 
Nachverdichtung am Beispielweg 
 
Gremium Termin TOP ö nö 
Gemeinderat 14.05.2031 40 
x 
 
Die Bebauung am Beispielweg wird in der Höhe abgestuft. 
 
unterzeichnet von: 
Erika Beispiel 
Hans Probe 
Max Muster 
)";

// The newer layout: "Anfrage: BSP" under the title names the group by its short name.
const char* const kNewAnfrage = R"(Anfrage 
Gedruckt auf 100 Prozent Recyclingpapier
Vorlage Nr.:  2031/0858 
Eingang: 26.07.2031 
Stand des Glasfaserausbaus in den Beispielvierteln 
Anfrage: BSP 
Gremien Termin TOP Ö / N Zuständigkeit 
Gemeinderat 24.09.2031 44 Ö Kenntnisnahme 
1. In welchen Stadtteilen gibt es Glasfaseranschlüsse? 
Unterzeichnet von: 
Erika Beispiel 
Hans Probe 
 
Sachverhalt / Begründung: 
)";

// An interfraktioneller Antrag of several groups and a councillor, the list wrapped.
const char* const kInterfraktionell = R"(Interfraktioneller Antrag
Gedruckt auf 100 Prozent Recyclingpapier
Vorlage Nr.: 2031/0400
Eingang: 23.06.2031
Ein Beispielplatz für alle
Interfraktioneller Antrag: BSP, MUS/FW, Die Probe, Volt,
Stadtrat Muster (FW)
Gremien Termin TOP Ö / N Zuständigkeit
Gemeinderat 23.06.2031 12.3 Ö Entscheidung
Die unterzeichnenden Fraktionen beantragen den Beispielplatz.
Unterzeichnet von:
Erika Beispiel
Max Muster
)";

// An Ortschaftsrat's group, in a paper that goes to that Ortschaftsrat; a title line that looks
// like a label but is none.
const char* const kOrtschaftsratAntrag = R"(Antrag 
Gedruckt auf 100 Prozent Recyclingpapier
BSP-OR-Fraktion    
Eingang: 01.10.2031 
Vorlage Nr.:   2031/0700  
Tempo 30 im gesamten Stadtteil  
Antrag: Tempo 30 im gesamten Stadtteil  
Gremium Termin TOP ö nö 
Ortschaftsrat Beispielheim 12.10.2031 2 x 
Antrag: 
Die Verkehrsbehörde möge im Ortsgebiet Tempo 30 anordnen. 
)";

// Magdeburg: the "Absender" label names the councillor and the group.
const char* const kAbsenderAnfrage = "Landeshauptstadt Beispielburg\n\n"
                                     "Anfrage\tDatum\tNummer\n"
                                     "öffentlich\t16.01.2031\tF0012/31\n"
                                     "Absender\n"
                                     "Stadtrat Hans Probe\n"
                                     "BSP-Stadtratsfraktion\n"
                                     "Adressat\n"
                                     "Oberbürgermeisterin\n"
                                     "Gremium\tSitzungstermin\n"
                                     "Stadtrat\t01.02.2031\n"
                                     "Kurztitel\n"
                                     "Ersatzverkehr am Beispielplatz\n\n"
                                     "Ich frage:\n1. Wie lange dauert die Sperrung?\n\n"
                                     "Hans Probe\nStadtrat\n";

// The 2020-22 layout: a group's short name alone over the label block.
const char* const kShortNameAnfrage = R"(Anfrage 
 
Gedruckt auf 100 Prozent Recyclingpapier
 
BSP/Die PROBE 
 
Eingang: 27.10.2031 
 
Vorlage Nr.:   2031/0877  
Tablets in allen Klassenzimmern 
 
Gremium Termin TOP ö nö 
Gemeinderat 15.12.2031 41 x  
Wann kommen die Tablets? 
)";

// An Ortschaftsrat's layouts: the submitter after the date of receipt, alone or as a wrapped
// label line; the paper note wrapped after "Gedruckt".
const char* const kReceivedAntrag = R"(Antrag 
Gedruckt auf 100 Prozent Recyclingpapier
Vorlage Nr.:  2031/0018 
Eingang: 03.01.2031, Interfraktioneller Antrag der BSP-Ortschaftsratsfraktion, 
MUS-Ortschaftsratsfraktion Beispielheim und Hans Probe (FDP) 
Tempo 30 am Friedhof 
Gremien Termin TOP Ö / N Zuständigkeit 
Ortschaftsrat Beispielheim 17.01.2031  Ö Entscheidung 
Antrag:   
Die Fraktionen beantragen Tempo 30. 
)";
const char* const kReceivedAlone = R"(Antrag 
Gedruckt 
auf 100 Prozent Recyclingpapier
Vorlage Nr.:  2031/1131 
Eingang 26.09.2031: BSP/Bürgerliste-Ortschaftsratsfraktion 
Radwege im Beispielheim 
Gremium Termin  Öffentlichkeitsstatus Zuständigkeit 
Ortschaftsrat Beispielheim 18.10.2031 öffentlich Entscheidung 
)";

// An Ortschaftsrat's newer layout: the group over the table, bare or in a bracketed label.
const char* const kOverTable = R"(Anfrage 
Gedruckt auf 100 Prozent Recyclingpapier
Vorlage Nr.:  2031/0183 
Eingang: 17.02.2031 
Aktualisierung des Verkehrskonzepts 
B ́90/DIE PROBEN-OR-Fraktion 
Gremien Termin TOP Ö / N Zuständigkeit 
Ortschaftsrat Beispielheim 23.04.2031 10 Ö Kenntnisnahme 
Begründung: 
)";
const char* const kOverTableBracketed = R"(Antrag 
Gedruckt auf 100 Prozent Recyclingpapier
Vorlage Nr.:  2031/1027 
Eingang: 13.08.2031  
Betreuung der Schulkinder ab 2032 
(Antrag der MUS-Ortschaftsratsfraktion) 
Gremium Termin  Öffentlichkeitsstatus Zuständigkeit 
Ortschaftsrat Beispielheim 27.09.2031 öffentlich Behandlung 
)";

const char* const kOverTableInTitle = R"(Anfrage
Gedruckt auf 100 Prozent Recyclingpapier
Vorlage Nr.: 2031/0233
Eingang: 16.03.2031
Glasfaser in den Höhenstadtteilen, Anfrage der MUS-Ortschaftsratsfraktion
Gremien Termin TOP Ö / N Zuständigkeit
Ortschaftsrat Beispielheim 12.05.2031 1 Ö Behandlung
)";

// A budget Antrag written as a letter: the sender over the address, the signers on one line.
const char* const kLetterAntrag = R"(BSP Gemeinderatsfraktion, Beispielweg 21, 76133 Beispielstadt 
Herrn Oberbürgermeister 
Dr. Max Oberhaupt 
76124 Beispielstadt 
16.10.2031 
DOPPELHAUSHALT 2032/2033 
ANTRAG DHH/2031/1005 
Thema: Budget für Bürgervereine nicht kürzen 
Die Mittel bleiben. 
Unterzeichnet von: 
Erika Beispiel, Hans Probe und Eva Test 
)";

// A joint letter signed "Name und Fraktion", and signers under "Unterzeichnet:".
const char* const kJointLetter = R"(BSP Gemeinderatsfraktion, Beispielweg 13, 76133 Beispielstadt 
Herrn Oberbürgermeister 
DOPPELHAUSHALT 2032/2033
Antrag zum Thema
Schulsozialarbeit 
Die Mittel werden erhöht. 
Unterzeichnet: 
Erika Beispiel und BSP-Fraktion 
Hans Probe, Eva Test und MUS Fraktion 
und die Fraktion der Probe im Rat 
)";

// Signers with their group run into the line, and a group over them.
const char* const kSignedWithGroups = R"(Anfrage 
Gedruckt auf 100 Prozent Recyclingpapier
BSP-Gemeinderatsfraktion 
Eingang: 25.10.2031 
Vorlage Nr.:   2031/2231  
Grünpfeil für Radfahrer 
Gremium Termin TOP ö nö 
Gemeinderat 20.12.2031 45 x  
Unterzeichnet von: 
Fraktion der Beispielpartei im Rat 
Erika Beispiel / BSP-Fraktion 
Hans Probe 
)";

// A councillor named by surname only in the label line, in full in the signature.
const char* const kSurnameAntrag = R"(Antrag
Gedruckt auf 100 Prozent Recyclingpapier
Vorlage Nr.: 2031/0500
Eingang: 02.03.2031
Mehr Bänke am Beispielsee
Antrag: SR Probe
Gremien Termin TOP Ö / N Zuständigkeit
Gemeinderat 23.04.2031 17 Ö Entscheidung
Am Beispielsee fehlen Bänke.
Unterzeichnet von:
Hans Probe
)";

// A Beschlussvorlage names no submitter of its own.
const char* const kVorlage = R"(Beschlussvorlage
Vorlage Nr.: 2031/0600
Verantwortlich: Dez. 1
Haushalt 2032
Gremien Termin TOP Ö / N Zuständigkeit
Gemeinderat 23.04.2031 2 Ö Entscheidung
Antrag: Der Gemeinderat beschließt den Haushalt.
)";
} // namespace

TEST_CASE("reads the submitters an Antrag or Anfrage names itself", "[extract][people]") {
    auto [text, expected] = GENERATE(table<const char*, Values>({
        {kJointAntrag,
         {"BSP-Gemeinderatsfraktion", "MUS-Gemeinderatsfraktion", "Max Muster", "Freie Beispieler",
          "Erika Beispiel", "Hans Probe"}},
        {kNewAnfrage, {"BSP-Fraktion", "Erika Beispiel", "Hans Probe"}},
        {kInterfraktionell,
         {"BSP-Fraktion", "MUS/FW-Fraktion", "Die Probe-Fraktion", "Volt-Fraktion", "Max Muster",
          "FW-Fraktion", "Erika Beispiel"}},
        {kOrtschaftsratAntrag, {"BSP-Ortschaftsratsfraktion Beispielheim"}},
        {kAbsenderAnfrage, {"Hans Probe", "BSP-Stadtratsfraktion"}},
        {kSurnameAntrag, {"Hans Probe"}},
        {kShortNameAnfrage, {"BSP/Die PROBE-Fraktion"}},
        {kLetterAntrag, {"BSP Gemeinderatsfraktion", "Erika Beispiel", "Hans Probe", "Eva Test"}},
        {kSignedWithGroups, {"BSP-Gemeinderatsfraktion", "Hans Probe"}},
        {kJointLetter,
         {"BSP Gemeinderatsfraktion", "Erika Beispiel", "Hans Probe", "Eva Test", "BSP-Fraktion",
          "MUS Fraktion"}},
        {kReceivedAntrag,
         {"BSP-Ortschaftsratsfraktion Beispielheim", "MUS-Ortschaftsratsfraktion Beispielheim",
          "Hans Probe", "FDP-Ortschaftsratsfraktion Beispielheim"}},
        {kReceivedAlone, {"BSP/Bürgerliste-Ortschaftsratsfraktion Beispielheim"}},
        {kOverTable, {"B ́90/DIE PROBEN-Ortschaftsratsfraktion Beispielheim"}},
        {kOverTableBracketed, {"MUS-Ortschaftsratsfraktion Beispielheim"}},
        {kOverTableInTitle, {"MUS-Ortschaftsratsfraktion Beispielheim"}},
        {kVorlage, {}},
    }));
    auto doc = extract(text);
    INFO(doc.type);
    CHECK(doc.submitters == expected);
}

TEST_CASE("reads a list of submitters as groups and people", "[extract][people]") {
    auto [list, ortschaft, expected] = GENERATE(table<std::string, std::string, Values>({
        {"BSP, MUS", "", {"BSP-Fraktion", "MUS-Fraktion"}},
        {"Stadträtin Erika Beispiel (Fraktion DIE PROBE)",
         "",
         {"Erika Beispiel", "Fraktion DIE PROBE"}},
        {"der Stadträte Hans Probe, Dr. Max Muster und Eva Test (BSP) vom",
         "",
         {"Hans Probe", "Dr. Max Muster", "Eva Test", "BSP-Fraktion"}},
        {"Stadträtin Erika Beispiel und des Stadtrats Hans Probe (Die Probe)",
         "",
         {"Erika Beispiel", "Hans Probe", "Die Probe-Fraktion"}},
        {"BSP- und MUS-Gemeinderatsfraktion",
         "",
         {"BSP-Gemeinderatsfraktion", "MUS-Gemeinderatsfraktion"}},
        {"BSP-Gruppe, SR Probe", "", {"BSP-Gruppe", "Probe"}},
        {"DIE PROBE.", "", {"DIE PROBE.-Fraktion"}},
        {"BSP", "Beispielheim", {"BSP-Ortschaftsratsfraktion Beispielheim"}},
        {"Ortschaftsrätin Eva Probe (SPD-Ortschaftsratsfraktion)",
         "Beispielheim",
         {"Eva Probe", "SPD-Ortschaftsratsfraktion Beispielheim"}},
        {"BSP-OR-Fraktion", "Beispielheim", {"BSP-Ortschaftsratsfraktion Beispielheim"}},
        {"Ortschaftsrat Beispielheim", "", {"Ortschaftsrat Beispielheim"}},
        {"Ortschaftsrat Beispielheim", "Beispielheim", {"Ortschaftsrat Beispielheim"}},
        {"Antrag BSP-Ortschaftsratsfraktion Beispielheim",
         "Beispielheim",
         {"BSP-Ortschaftsratsfraktion Beispielheim"}},
        {"Ortschaftsrat Probe", "Beispielheim", {"Probe"}},
        {"Interfraktioneller Antrag der BSP, MUS", "", {"BSP-Fraktion", "MUS-Fraktion"}},
        {"BSP-Fraktion im Ortschaftsrat Beispielheim",
         "Beispielheim",
         {"BSP-Ortschaftsratsfraktion Beispielheim"}},
        {"Stadtrat Hans Probe (pl)", "", {"Hans Probe"}},
        {"Erika Beispiel (BSP", "", {"Erika Beispiel", "BSP-Fraktion"}},
        {"Erika Beispiel BSP)", "", {"Erika Beispiel", "BSP-Fraktion"}},
        {"a) BSP-Fraktion", "", {"BSP-Fraktion"}},
        {"Gedruckt, auf 100 Prozent Recyclingpapier, BSP-Gemeinderatsfraktion Vorlage Nr.: "
         "2031/0508",
         "",
         {"BSP-Gemeinderatsfraktion"}},
        {"R (extrem seltene Art), 2 (stark gefährdet)", "", {}},
        {"Beispielverein Karlsruhe e. V.", "", {"Beispielverein Karlsruhe e. V."}},
        {"OV Beispielheim", "", {"OV Beispielheim"}},
        {"Tempo 30 im gesamten Stadtteil", "", {}},
        {"Ein neues Zentrum in Beispielstadt –", "", {}},
        {"", "", {}},
    }));
    INFO(list);
    CHECK(read_submitter_list(list, ortschaft) == expected);
}

TEST_CASE("indexes an Antrag under its own submitters, normalized", "[extract][people]") {
    auto doc = extract(kJointAntrag);
    doc.id = "antrag";
    CHECK(submitter_slot(doc) == Values{"BSP-Fraktion", "MUS-Fraktion", "Max Muster",
                                        "Freie Beispieler", "Erika Beispiel", "Hans Probe"});
    auto json = ratsarchiv::schema::document_to_json(doc, {});
    CHECK(ratsarchiv::schema::document_from_json(*json).submitters == doc.submitters);
}

TEST_CASE("indexes an answer under the groups and people it answers", "[extract][people]") {
    CouncilDocument doc;
    doc.id = "antwort";
    doc.type = "Stellungnahme";
    doc.refs = {{"2031/0213", "answers", "Anfrage",
                 "Stadträtin Erika Beispiel (BSP), Stadtrat Hans Probe (BSP), MUS-Fraktion"}};
    CHECK(submitter_slot(doc) ==
          Values{"Erika Beispiel", "BSP-Fraktion", "Hans Probe", "MUS-Fraktion"});
}
