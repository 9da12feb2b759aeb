// Field extraction from one invented document per real layout (Karlsruhe current and older
// column layout, Karlsruhe Niederschrift, Magdeburg Information and Stellungnahme, Bremerhaven,
// Aschersleben). The texts are written for these tests in the shape PDF-to-text output has.
#include <catch2/catch.hpp>

#include "indexer/extract/extract_fields.h"

using ratsarchiv::CouncilDocument;
using ratsarchiv::indexer::extract_fields;

namespace {
CouncilDocument extract(const std::string& text) {
    CouncilDocument doc;
    extract_fields(text, doc);
    return doc;
}

const char* const kKarlsruheBeschlussvorlage = R"(

Beschlussvorlage 
 
Gedruckt auf 100 Prozent Recyclingpapier
 
Vorlage Nr.:      2031/0815 
Verantwortlich: Dez. 6 
Dienststelle:      Schul- und 
Sportamt 
Neubau einer Sporthalle an der Beispielschule mit Umbau der bestehenden Mensa und 
Erweiterung der Ganztagsbetreuung 
Beratungsfolge dieser Vorlage 
Gremium Termin TOP ö nö Ergebnis 
Schulausschuss  02.03.2031 4  X vorberaten 
Gemeinderat 24.03.2031 12 X   
Beschlussantrag  
Der Gemeinderat stimmt dem Neubau zu.
)";

const char* const kKarlsruheOldAnfrage = R"(
STADT KARLSRUHE 
Der Oberbürgermeister 
 
ANFRAGE 
 
Stadtrat Max Beispiel (XYZ) 
 
vom 15. Mai 2029 
Gremium: 
 
Termin: 
Vorlage Nr.: 
TOP: 
12. Plenarsitzung Gemeinderat 
 
26.06.2029 
2029/0417 
7 
 
öffentlich 
 
Beleuchtung der Radwege im Stadtpark 
 
Wie viele Radwege sind beleuchtet?
)";

const char* const kKarlsruheNiederschrift = R"(
Niederschrift 7. Plenarsitzung des Gemeinderates 
18. September 2030, 15:30 Uhr 
öffentlich 
 
Punkt 4 der Tagesordnung: Beleuchtung der Radwege 
Anfrage: XYZ 
Vorlage: 2030/0502 
 
Beschluss: 
Kenntnisnahme 
)";

const char* const kMagdeburgInformation =
    "\n\nLandeshauptstadt Musterstadt - Die Oberbürgermeisterin -\t\tDatum 03.04.2030\n"
    "Dezernat OB\tAmt Amt 12\tÖffentlichkeitsstatus öffentlich\n\n"
    "I N F O R M A T I O N\n\nI0042/30\n\n"
    "Beratung\tTag\tBehandlung\n"
    "Die Oberbürgermeisterin\t15.04.2030\tnicht öffentlich\n"
    "Stadtrat\t12.05.2030\töffentlich\n\n"
    "Thema: Bericht zum Breitbandausbau\n\n"
    "Mit der Stellungnahme S0011/29 wurde ein Bericht zugesagt.\n\n"
    "Erika Mustermann\n\n"
    "Anlage 1 – Ausbauplan nichtöffentlich\n";

const char* const kMagdeburgStellungnahme =
    "Landeshauptstadt Musterstadt\n\n"
    "Stellungnahme der Verwaltung\tStadtamt\tStellungnahme-Nr.\tDatum\n"
    "öffentlich\tAmt 31\tS0099/30\t05.07.2030\n"
    "zum/zur\t\t\t\n"
    "A0077/30 – Fraktion Beispiel\t\t\t\n"
    "Bezeichnung\t\t\t\n"
    "Mehr Bänke am Elbufer\t\t\t\n"
    "Verteiler\t\tTag\t\n"
    "Die Oberbürgermeisterin\t12.\t07.2030)\n"
    "Stadtrat\t10.\t09.2030\t\n\n"
    "Die Verwaltung nimmt wie folgt Stellung.\n\nErika Mustermann";

const char* const kBremerhavenVorlage =
    "\n\nVorlage Nr. 21/2030\t\t\n"
    "für die Sitzung des Bau- und Umweltausschusses.\t\t\n"
    "Beratung in öffentlicher Sitzung:\tja\tAnzahl Anlagen: 1\n\n"
    "Neue Radwege am Hafen hier: Bericht über den Stand\n\n"
    "A Problem\n\nDer Magistrat (Vorlage I/ 12/2029) hat beraten.\n\n"
    "Muster\nOberbürgermeister\n\nAnlage: Bericht über den Stand der Radwege";

const char* const kAscherslebenVorlage =
    "\n\nSTADT MUSTERHAUSEN\n\nTagesordnungspunkt\t\n"
    "Vorlage Nr. VII/0123/30\tDezernat II AZ: D II/ab-cd\n"
    "öffentlich\t\n\n"
    "Nr.\tGremium\tDatum\tja\tnein\tEnth.\n"
    "1 .\tHauptausschuss\t21.02.2030\t7\t1\t/\n"
    "2 .\tStadtrat\t28.02.2030\t- einstimmig bestätigt -\t\t\n\n"
    "Satzung über die Nutzung der Sportplätze\n\n"
    "Der Stadtrat beschließt die Satzung.\n\nBürgermeister\n\nAnlage:\n\nSatzungstext\n";
} // namespace

TEST_CASE("extracts the fields of a Karlsruhe Beschlussvorlage", "[extract][karlsruhe]") {
    auto doc = extract(kKarlsruheBeschlussvorlage);
    CHECK(doc.type == "Beschlussvorlage");
    CHECK(doc.number == "2031/0815");
    CHECK(doc.amt == "Schul- und Sportamt");
    CHECK(doc.dezernat == "Dezernat 6");
    CHECK(doc.thema == "Neubau einer Sporthalle an der Beispielschule mit Umbau der bestehenden "
                       "Mensa und Erweiterung der Ganztagsbetreuung");
    REQUIRE(doc.beratungsfolge.size() == 2);
    CHECK(doc.beratungsfolge[0].gremium == "Schulausschuss");
    CHECK(doc.beratungsfolge[0].date == "2031-03-02");
    CHECK(doc.beratungsfolge[1].gremium == "Gemeinderat");
    CHECK(doc.text.find("Gedruckt auf") == std::string::npos);
}

TEST_CASE("extracts an older Karlsruhe Anfrage whose values follow the label column",
          "[extract][karlsruhe]") {
    auto doc = extract(kKarlsruheOldAnfrage);
    CHECK(doc.type == "Anfrage");
    CHECK(doc.number == "2029/0417");
    CHECK(doc.date == "2029-05-15");
    CHECK(doc.thema == "Beleuchtung der Radwege im Stadtpark");
    CHECK(doc.body == "Stadt Karlsruhe");
    CHECK(doc.is_public == true);
    REQUIRE(doc.beratungsfolge.size() == 1);
    CHECK(doc.beratungsfolge[0].gremium == "Gemeinderat");
    CHECK(doc.beratungsfolge[0].date == "2029-06-26");
}

TEST_CASE("extracts the Vorlage a Karlsruhe Niederschrift discusses", "[extract][karlsruhe]") {
    auto doc = extract(kKarlsruheNiederschrift);
    CHECK(doc.type == "Niederschrift");
    REQUIRE(doc.refs.size() == 1);
    CHECK(doc.refs[0].number == "2030/0502");
    CHECK(doc.beratungsfolge.empty());
}

TEST_CASE("extracts a Magdeburg Information", "[extract][magdeburg]") {
    auto doc = extract(kMagdeburgInformation);
    CHECK(doc.type == "Information");
    CHECK(doc.number == "I0042/30");
    CHECK(doc.date == "2030-04-03");
    CHECK(doc.body == "Landeshauptstadt Musterstadt");
    CHECK(doc.amt == "Amt 12");
    CHECK(doc.dezernat == "Dezernat OB");
    CHECK(doc.is_public == true);
    CHECK(doc.thema == "Bericht zum Breitbandausbau");
    CHECK(doc.signatory == "Erika Mustermann");
    REQUIRE(doc.beratungsfolge.size() == 2);
    CHECK(doc.beratungsfolge[0].gremium == "Die Oberbürgermeisterin");
    CHECK(doc.beratungsfolge[0].is_public == false);
    CHECK(doc.beratungsfolge[1].is_public == true);
    REQUIRE(doc.refs.size() == 1);
    CHECK(doc.refs[0].number == "S0011/29");
    REQUIRE(doc.attachments.size() == 1);
    CHECK(doc.attachments[0].title == "Anlage 1 – Ausbauplan");
    CHECK(doc.attachments[0].is_public == false);
}

TEST_CASE("extracts a Magdeburg Stellungnahme and the Antrag it answers", "[extract][magdeburg]") {
    auto doc = extract(kMagdeburgStellungnahme);
    CHECK(doc.type == "Stellungnahme");
    CHECK(doc.number == "S0099/30");
    CHECK(doc.date == "2030-07-05");
    CHECK(doc.amt == "Amt 31");
    CHECK(doc.thema == "Mehr Bänke am Elbufer");
    REQUIRE(!doc.refs.empty());
    CHECK(doc.refs[0].number == "A0077/30");
    CHECK(doc.refs[0].relation == "answers");
    REQUIRE(doc.beratungsfolge.size() == 2);
    CHECK(doc.beratungsfolge[0].date == "2030-07-12");
    CHECK(doc.beratungsfolge[1].date == "2030-09-10");
}

TEST_CASE("extracts a Bremerhaven Vorlage", "[extract][bremerhaven]") {
    auto doc = extract(kBremerhavenVorlage);
    CHECK(doc.type == "Vorlage");
    CHECK(doc.number == "21/2030");
    CHECK(doc.thema == "Neue Radwege am Hafen hier: Bericht über den Stand");
    CHECK(doc.signatory == "Muster");
    CHECK(doc.is_public == true);
    REQUIRE(doc.beratungsfolge.size() == 1);
    CHECK(doc.beratungsfolge[0].gremium == "Bau- und Umweltausschuss");
    CHECK(!doc.beratungsfolge[0].date);
    REQUIRE(doc.refs.size() == 1);
    CHECK(doc.refs[0].number == "I/12/2029");
    REQUIRE(doc.attachments.size() == 1);
    CHECK(doc.attachments[0].title == "Bericht über den Stand der Radwege");
}

TEST_CASE("extracts an Aschersleben Vorlage with its vote table", "[extract][aschersleben]") {
    auto doc = extract(kAscherslebenVorlage);
    CHECK(doc.type == "Vorlage");
    CHECK(doc.number == "VII/0123/30");
    CHECK(doc.body == "Stadt Musterhausen");
    CHECK(doc.dezernat == "Dezernat II");
    CHECK(doc.thema == "Satzung über die Nutzung der Sportplätze");
    CHECK(doc.signatory.empty());
    CHECK(doc.date.empty());
    CHECK(doc.refs.empty());
    REQUIRE(doc.beratungsfolge.size() == 2);
    REQUIRE(doc.beratungsfolge[0].votes);
    CHECK(doc.beratungsfolge[0].votes->ja == 7);
    CHECK(doc.beratungsfolge[0].votes->nein == 1);
    CHECK(doc.beratungsfolge[0].votes->enthaltung == 0);
    CHECK(doc.beratungsfolge[1].result == "einstimmig bestätigt");
    REQUIRE(doc.attachments.size() == 1);
    CHECK(doc.attachments[0].title == "Satzungstext");
}

TEST_CASE("extracts a generic Beschlussvorlage with Drucksache and Betreff labels",
          "[extract][generic]") {
    auto doc = extract("Gemeinde Beispieltal\n\nBeschlussvorlage\n\n"
                       "Drucksache Nr.: 0815/2030\nDatum: 01.02.2030\n\n"
                       "Betreff: Sanierung der Grundschule Am Bach\n\n"
                       "Beratungsfolge\tDatum\n"
                       "Bauausschuss\t10.02.2030\n"
                       "Gemeinderat\t24.02.2030\n\n"
                       "Beschlussvorschlag:\nDer Gemeinderat beschließt die Sanierung.\n");
    CHECK(doc.type == "Beschlussvorlage");
    CHECK(doc.number == "0815/2030");
    CHECK(doc.date == "2030-02-01");
    CHECK(doc.body == "Gemeinde Beispieltal");
    CHECK(doc.thema == "Sanierung der Grundschule Am Bach");
    REQUIRE(doc.beratungsfolge.size() == 2);
    CHECK(doc.beratungsfolge[1].gremium == "Gemeinderat");
    CHECK(doc.beratungsfolge[1].date == "2030-02-24");
}

TEST_CASE("types an attachment filed as its own document", "[extract][generic]") {
    auto doc = extract("   Anlage 1 \nBeschließende Ausschüsse\nStellvertretende Mitglieder\n");
    CHECK(doc.type == "Anlage");
}

TEST_CASE("pairs Gremium and Termin columns that the PDF emitted one after the other",
          "[extract][karlsruhe]") {
    auto doc = extract("STELLUNGNAHME zum Antrag\n\nVorlage Nr.: 2031/0101\n\nEin Titel\n\n"
                       "Gremium Termin TOP ö nö\nGemeinderat\nHauptausschuss\n29.09.2031\n"
                       "17.11.2031\n14 x\n\nKurzfassung\nText.\n");
    REQUIRE(doc.beratungsfolge.size() == 2);
    CHECK(doc.beratungsfolge[0].gremium == "Gemeinderat");
    CHECK(doc.beratungsfolge[0].date == "2031-09-29");
    CHECK(doc.beratungsfolge[1].gremium == "Hauptausschuss");
    CHECK(doc.beratungsfolge[1].date == "2031-11-17");
}

TEST_CASE("reads 'eingegangen am:' as a label of the Ortschaft's Stellungnahme block",
          "[extract][karlsruhe]") {
    auto doc = extract("\n\n Stadt Karlsruhe \n Stadtamt Beispielheim \n \nSTELLUNGNAHME zum "
                       "Antrag \n \nBSP-OR-Fraktion \n \nvom: 23.11.2030 \n"
                       "eingegangen am: 24.11.2030 \n \n \nVorlage Nr.:  \n \n \nVerantwortlich: \n"
                       " \n \nDez. 6/Stpl.A. \nRadverkehr in der Beispielstra\xC3\x9F"
                       "e \n \nGremium Termin TOP \xC3\xB6 n\xC3\xB6 \n"
                       "Ortschaftsrat Beispielheim 16.01.2031 6 \nX \n \nKurzfassung \n \n"
                       "Der Verwaltung ist die Lage bewusst. \n");
    CHECK(doc.type == "Stellungnahme");
    CHECK(doc.thema == "Radverkehr in der Beispielstra\xC3\x9F"
                       "e");
    CHECK(doc.date == "2030-11-24"); // the date of receipt, as with "eingegangen:"
}

TEST_CASE("reads the number label printed below the submitter's first lines",
          "[extract][karlsruhe]") {
    auto doc = extract("\n\nAnfrage \nStadtr\xC3\xA4tin Erika Muster (BSP) \n \nvom:   21.08.2030 "
                       "\neingegangen:  21.08.2030 \n27. Sitzung des Gemeinderates am 26.09.2030 \n"
                       "TOP 33 \n \nVorlage Nr. 814 \n\xC3\x96"
                       "ffentlich    Nicht\xC3\xB6"
                       "ffentlich \nverantwortlich:   Dez. 3 \n \n"
                       "Betreuung von Zuwanderern in Beispielstadt \n \nWie viele Menschen werden "
                       "betreut? \n");
    CHECK(doc.type == "Anfrage");
    CHECK(doc.number == "814");
}

TEST_CASE("reads a heading that carries the paper's number on its line", "[extract][generic]") {
    auto doc =
        extract("\n\nBSP Gemeinderatsfraktion, Beispielstra\xC3\x9F"
                "e 21, 76133 Beispielstadt \n \nHerrn Oberb\xC3\xBCrgermeister \n \n"
                "30.10.2030 \n \nDOPPELHAUSHALT 2031/2032 \nANTRAG DHH/2030/3106 \n \n \n"
                "HHS4_GR18  Sammelansatz Klimaschutzkonzept 2040 \n \n"
                " Zuordnung im Haushaltsplan \nSeite im HH-Plan Teilhaushalt \n        3100 \n");
    CHECK(doc.type == "Antrag");
    CHECK(doc.number == "DHH/2030/3106");
    CHECK(doc.thema == "HHS4_GR18 Sammelansatz Klimaschutzkonzept 2040");
}
