// Cited papers: the paper a Niederschrift excerpt is filed under versus papers it only
// mentions, and the type and submitter of the paper a Stellungnahme answers (Magdeburg's
// "zum/zur" cell, Karlsruhe's "STELLUNGNAHME zum Antrag" heading). Texts are invented in the
// shape of the real layouts.
#include <algorithm>

#include <Poco/JSON/Object.h>
#include <catch2/catch.hpp>

#include "indexer/extract/extract_fields.h"
#include "schema/document_json.h"

using ratsarchiv::CouncilDocument;
using ratsarchiv::Reference;
using ratsarchiv::indexer::extract_fields;

namespace {
CouncilDocument extract(const std::string& text) {
    CouncilDocument doc;
    extract_fields(text, doc);
    return doc;
}

std::string relations(const CouncilDocument& doc) {
    std::string out;
    for (const auto& r : doc.refs) {
        out += (out.empty() ? "" : " ") + r.number + "=" + r.relation;
    }
    return out;
}

// One TOP with sub-items and an Antrag discussed with it.
const char* const kExcerpt = R"(
NIEDERSCHRIFT 
Stadt Karlsruhe 
Gremium: 12. Plenarsitzung Gemeinderat 
Termin: 14. Mai 2031, 15:30 Uhr 
 öffentlich 
Punkt 7 der Tagesordnung: Neue Sporthalle am Beispielpark: 
7.1 Bebauungsplan "Beispielpark", Satzungsbeschluss 
Vorlage: 2031/0365 
7.2 Sporthalle Beispielpark - Beschlüsse zur Realisierung 
Vorlage: 2031/0364 
dazu: 
Moratorium für die Sporthalle 
Antrag der Beispiel-Gemeinderatsfraktion vom 2. Mai 2031 
Vorlage: 2031/0441 
Beschluss: 
Punkt 7.1 
Der Gemeinderat beschließt den Bebauungsplan.
)";

// Two TOPs treated together: still one excerpt, filed under the first paper.
const char* const kJointExcerpt = R"(
NIEDERSCHRIFT 
Stadt Karlsruhe 
Gremium: 12. Plenarsitzung Gemeinderat 
Punkt 4 der Tagesordnung: Beispielpass: Sachstand 
Vorlage: 2031/0396 
Punkt 5 der Tagesordnung: Beispielkinderpass 
Vorlage: 2031/0346 
Beschluss: 
Der Gemeinderat stimmt zu.
)";

// A whole protocol: every TOP has its decision before the next one starts.
const char* const kProtocol = R"(Niederschrift 58. Plenarsitzung Gemeinderat
17. Oktober 2031, 15:30 Uhr
öffentlich
Punkt 8 der Tagesordnung: Bebauungsplan Beispielquartier
Vorlage: 2031/0812
dazu: Änderungsantrag
Vorlage: 2031/0812/1
Beschluss:
Zustimmung
Punkt 9 der Tagesordnung: Gebührenordnung der Stadtbibliothek
Vorlage: 2031/1104
Beschluss:
Zustimmung
)";

// A committee excerpt: "Vorlage Nr." without a colon, and the submitter before the label.
const char* const kNumberLabelExcerpt = R"(
NIEDERSCHRIFT 
Gremium: 3. Sitzung Hauptausschuss 
Punkt 1 der Tagesordnung: Berufung sachkundiger Einwohnerinnen/Einwohner 
Vorlage Nr. 2031/0472 
Beschluss: 
Zustimmung
)";
const char* const kSubmitterLabelExcerpt = R"(
NIEDERSCHRIFT 
Gremium: 4. Sitzung Ortschaftsrat Beispieldorf 
Punkt 3 der Tagesordnung: Randmarkierungen auf Radwegen im Wald 
Antrag: GRÜNE; Vorlage: 2031/0305 
Beschluss: 
Zustimmung
)";
// No "Vorlage:" line: the chair names the paper when calling the TOP (hyphenated by the PDF).
const char* const kCalledExcerpt = R"(
NIEDERSCHRIFT 
Gremium: 5. Sitzung Hauptausschuss 
Punkt 1 der Tagesordnung: Annahme von Zuwendungen 
Der Vorsitzende ruft Tagesordnungspunkt 1, Vorla-
ge Nr. 2031/0309, zur Behandlung auf. Er verweist auf Vorlage Nr. 2031/0400.
)";

const char* const kMagdeburgStellungnahme = "Landeshauptstadt Magdeburg\n\n"
                                            "Stellungnahme der Verwaltung\tStadtamt\t"
                                            "Stellungnahme-Nr.\tDatum\n"
                                            "öffentlich\tAmt 12\tS0999/31\t05.07.2031\n"
                                            "zum/zur\t\t\t\n"
                                            "A0777/31 \xE2\x80\x93 Beispiel-Ratsfraktion\t\t\t\n"
                                            "Bezeichnung\t\t\t\n"
                                            "Beispielstrategie für alle\t\t\t\n"
                                            "Verteiler\t\tTag\t\n"
                                            "Stadtrat\t10.\t11.2031\t\n\n"
                                            "Die Verwaltung nimmt zum Anliegen des Antrages "
                                            "wie folgt Stellung:\n";

const char* const kKarlsruheStellungnahme = R"(
STELLUNGNAHME zur Anfrage 
 
Stadträtin Erika Beispiel (BSP) 
Stadtrat Max Muster (BSP) 
 
vom:  19.10.2031 
eingegangen: 20.10.2031 
Gremium:  
3. Plenarsitzung Gemeinderat 
Termin:  
Vorlage Nr.: 
TOP: 
 
Verantwortlich: 
 
21.10.2031 
2031/0213 
21 
öffentlich 
Dez. 4 
Beispielbrücke: Stand der Sanierung 
 
1. Wann ist die Brücke fertig? 
)";
// The heading wrapped by the PDF over two lines, a joint amendment.
const char* const kKarlsruheWrappedHeading = R"(
STADT KARLSRUHE 
Der Oberbürgermeister 
 
STELLUNGNAHME zum gemein-
samen Änderungsantrag 
 
BSP-Gemeinderatsfraktion 
Stadtrat Max Muster (MUS) 
 
vom:  11.12.2031 
eingegangen: 11.12.2031 
Gremium:  19. Plenarsitzung Gemeinderat 
Termin:  
Vorlage Nr.: 
TOP: 
 
Verantwortlich: 
 
15.12.2031 
2031/0738 
12 
öffentlich 
Dez. 1 
Sondernutzung von Beispielplätzen 
)";
// The newer layout: the submitter under the title ("Anfrage: ..."), a paper note between.
const char* const kKarlsruheNewStellungnahme = R"(Stellungnahme zur Anfrage
Gedruckt auf 100 Prozent Recyclingpapier
Vorlage Nr.: 2031/0240 Verantwortlich: Dez. 3
Dienststelle: Schul- und Sportamt
Sanierung der Beispielschule
Anfrage: Beispielpartei
Gremien Termin TOP Ö / N Zuständigkeit
Gemeinderat 20.05.2031 38 Ö Kenntnisnahme
Zu 1.:
Die Sanierung beginnt im Sommer.
)";

// Magdeburg's number letter names the answered kind when the text does not.
const char* const kMagdeburgByLetter = "Landeshauptstadt Magdeburg\n\n"
                                       "Stellungnahme der Verwaltung\tStadtamt\t"
                                       "Stellungnahme-Nr.\tDatum\n"
                                       "öffentlich\tAmt 10\tS0145/31\t16.06.2031\n"
                                       "zum/zur\t\t\t\n"
                                       "F0098/31 Stadtrat Max Muster (Beispielfraktion)\t\t\t\n"
                                       "Bezeichnung\t\t\t\n"
                                       "Beispielthema\t\t\t\n"
                                       "Verteiler\t\tTag\t\n"
                                       "Stadtrat\t17.\t09.2031\t\n\n"
                                       "Die Verwaltung nimmt wie folgt Stellung.\n";
} // namespace

TEST_CASE("files a Niederschrift excerpt under its TOP's first paper", "[extract][refs]") {
    auto [text, expected] = GENERATE(table<const char*, std::string>({
        {kExcerpt, "2031/0365=records 2031/0364=refers 2031/0441=refers"},
        {kJointExcerpt, "2031/0396=records 2031/0346=refers"},
        {kProtocol, "2031/0812=records 2031/0812/1=records 2031/1104=records"},
        {kNumberLabelExcerpt, "2031/0472=records"},
        {kSubmitterLabelExcerpt, "2031/0305=records"},
        {kCalledExcerpt, "2031/0309=records"},
    }));
    auto doc = extract(text);
    REQUIRE(doc.type == "Niederschrift");
    CHECK(relations(doc) == expected);
}

TEST_CASE("names the type and submitter of the paper a Stellungnahme answers", "[extract][refs]") {
    auto [text, number, type, submitter] =
        GENERATE(table<const char*, std::string, std::string, std::string>({
            {kMagdeburgStellungnahme, "A0777/31", "Antrag", "Beispiel-Ratsfraktion"},
            {kKarlsruheStellungnahme, "2031/0213", "Anfrage",
             "Stadträtin Erika Beispiel (BSP), Stadtrat Max Muster (BSP)"},
            {kKarlsruheNewStellungnahme, "2031/0240", "Anfrage", "Beispielpartei"},
            {kKarlsruheWrappedHeading, "2031/0738", "Änderungsantrag",
             "BSP-Gemeinderatsfraktion, Stadtrat Max Muster (MUS)"},
            {kMagdeburgByLetter, "F0098/31", "Anfrage", "Stadtrat Max Muster (Beispielfraktion)"},
        }));
    auto doc = extract(text);
    auto it = std::find_if(doc.refs.begin(), doc.refs.end(),
                           [](const Reference& r) { return r.relation == "answers"; });
    REQUIRE(it != doc.refs.end());
    CHECK(it->number == number);
    CHECK(it->type == type);
    CHECK(it->submitter == submitter);
}

TEST_CASE("prints the answered paper as the label files' answers object", "[extract][refs]") {
    CouncilDocument doc;
    doc.refs = {{"A0105/22", "answers", "Antrag", "CDU-Ratsfraktion"},
                {"S0118/23", "refers", {}, {}}};
    auto json = ratsarchiv::schema::document_to_json(doc, {});
    auto answers = json->getObject("answers");
    REQUIRE(answers);
    CHECK(answers->getValue<std::string>("number") == "A0105/22");
    CHECK(answers->getValue<std::string>("type") == "Antrag");
    CHECK(answers->getValue<std::string>("submitter") == "CDU-Ratsfraktion");
    auto back = ratsarchiv::schema::document_from_json(*json);
    REQUIRE(back.refs.size() == 2);
    CHECK(back.refs[0].type == "Antrag");
    CHECK(back.refs[0].submitter == "CDU-Ratsfraktion");

    CouncilDocument none;
    CHECK(ratsarchiv::schema::document_to_json(none, {})->isNull("answers"));
}
