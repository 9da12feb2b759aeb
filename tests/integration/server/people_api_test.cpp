// The people list and person pages over a small archive in Karlsruhe's layouts: an Antrag of a
// Fraktion signed by two councillors, an Anfrage of the same Fraktion in the newer layout, the
// answer to the Antrag, an Anfrage of a councillor with her group in brackets, and a non-public
// Antrag of the same Fraktion and of a group that only it names. Anonymous users must never count
// or see the non-public one; staff see it.
#include <catch2/catch.hpp>

#include <Poco/JSON/Array.h>

#include "integration/oparl/oparl_servers.h"
#include "support/temp_directory.h"
#include "support/test_server.h"

using namespace ratsarchiv;
using namespace ratsarchiv::testing;

namespace {

std::string antrag(const std::string& number, const std::string& group, const std::string& thema,
                   const std::string& signers) {
    return " Stadt Beispielstadt \n Der Oberbürgermeister \n \nANTRAG \n \n" + group +
           " \n \nVorlage Nr.: \n \n" + number + " \n" + thema +
           " \n \nGremium Termin TOP ö nö \nGemeinderat 14.05.2024 40 \nx \n \n"
           "Die Stadtverwaltung prüft die Maßnahme und berichtet dem Gemeinderat. \n \n"
           "Unterzeichnet von: \n" +
           signers + "\n";
}

const char* kNewAnfrage = R"(Anfrage 
Gedruckt auf 100 Prozent Recyclingpapier
Vorlage Nr.:  2024/0858 
Eingang: 26.07.2024 
Öffnungszeiten der Stadtbibliothek 
Anfrage: SPD 
Gremien Termin TOP Ö / N Zuständigkeit 
Gemeinderat 24.09.2024 44 Ö Kenntnisnahme 
1. Wann ist die Stadtbibliothek samstags geöffnet? 
Unterzeichnet von: 
Erika Beispiel 
 
Sachverhalt / Begründung: 
)";

const char* kCouncillorAnfrage = R"(Anfrage 
Gedruckt auf 100 Prozent Recyclingpapier
Vorlage Nr.:  2024/0900 
Eingang: 01.08.2024 
Radwege am Beispielpark 
Anfrage: Stadträtin Carola Probe (Fraktion DIE BEISPIELE) 
Gremien Termin TOP Ö / N Zuständigkeit 
Gemeinderat 24.09.2024 45 Ö Kenntnisnahme 
1. Wann werden die Radwege am Beispielpark saniert? 
)";

const char* kStellungnahme = R"(STELLUNGNAHME zum Antrag
SPD-Gemeinderatsfraktion
vom: 02.04.2024
Vorlage Nr.: 2024/0150
Verantwortlich: Dez. 2
 
Mehr Bänke am Beispielsee
 
Die Verwaltung nimmt zum Antrag wie folgt Stellung: Am Beispielsee werden zwölf neue Bänke
aufgestellt, die ersten im Frühjahr.
)";

struct PeopleArchive : oparl::ServedArchive {
    PeopleArchive() {
        const auto root = dir.path() / "karlsruhe";
        write_file(root / "2024-0150.txt",
                   antrag("2024/0150", "SPD-Gemeinderatsfraktion", "Mehr Bänke am Beispielsee",
                          "Erika Beispiel \nHans Probe "));
        write_file(root / "2024-0150-stellungnahme.txt", kStellungnahme);
        write_file(root / "2024-0858.txt", kNewAnfrage);
        write_file(root / "2024-0900.txt", kCouncillorAnfrage);
        write_file(root / "2024-0999.txt", antrag("2024/0999", "GEHEIM-Gemeinderatsfraktion",
                                                  "Vertrauliche Personalsache", "Hans Probe "));
        write_file(root / "2024-0999.txt.visibility", "restricted\n");
        write_file(root / "ratsarchiv.properties", "body = Stadt Beispielstadt\n");
        serve(root);
    }
};

// The list as "name documents/submitted/answers/signed".
std::vector<std::string> people(const HttpAnswer& answer) {
    REQUIRE(answer.status == 200);
    std::vector<std::string> out;
    auto list = answer.json()->getArray("people");
    for (std::size_t i = 0; i < list->size(); ++i) {
        auto p = list->getObject(i);
        out.push_back(p->getValue<std::string>("name") + " " +
                      std::to_string(p->getValue<int>("documents")) + "/" +
                      std::to_string(p->getValue<int>("submitted")) + "/" +
                      std::to_string(p->getValue<int>("answers")) + "/" +
                      std::to_string(p->getValue<int>("signed")));
    }
    return out;
}

} // namespace

TEST_CASE("the people list counts each group's and person's papers, public ones only for "
          "anonymous users",
          "[server][people]") {
    PeopleArchive archive;
    CHECK(people(archive.get("/api/people")) ==
          std::vector<std::string>{"SPD-Fraktion 3/2/1/0", "Erika Beispiel 2/2/0/2",
                                   "Carola Probe 1/1/0/0", "DIE BEISPIELE-Fraktion 1/1/0/0",
                                   "Hans Probe 1/1/0/0"});
    CHECK(archive.get("/api/people").json()->getValue<int>("total") == 5);
    // Staff count the non-public Antrag: its group and its signer.
    auto staff = people(archive.get("/api/people", true));
    CHECK(std::find(staff.begin(), staff.end(), "GEHEIM-Fraktion 1/1/0/0") != staff.end());
    CHECK(std::find(staff.begin(), staff.end(), "Hans Probe 2/2/0/1") != staff.end());
    CHECK(archive.get("/api/people?q=geheim").json()->getValue<int>("total") == 0);
    CHECK(archive.get("/api/people/" + url_encode("GEHEIM-Fraktion")).status == 404);
    CHECK(archive.get("/api/people/" + url_encode("GEHEIM-Fraktion"), true).status == 200);
}

TEST_CASE("the people list filters by a prefix of the name or of a word and limits",
          "[server][people]") {
    PeopleArchive archive;
    CHECK(people(archive.get("/api/people?q=spd")) ==
          std::vector<std::string>{"SPD-Fraktion 3/2/1/0"});
    CHECK(people(archive.get("/api/people?q=" + url_encode("beisp"))) ==
          std::vector<std::string>{"Erika Beispiel 2/2/0/2", "DIE BEISPIELE-Fraktion 1/1/0/0"});
    CHECK(people(archive.get("/api/people?q=probe")) ==
          std::vector<std::string>{"Carola Probe 1/1/0/0", "Hans Probe 1/1/0/0"});
    auto limited = archive.get("/api/people?limit=2").json();
    CHECK(limited->getValue<int>("total") == 5);
    CHECK(limited->getArray("people")->size() == 2);
}

TEST_CASE("the people list rejects bad parameters naming them", "[server][people]") {
    PeopleArchive archive;
    for (const auto& [query, parameter] :
         std::vector<std::pair<std::string, std::string>>{{"limit=0", "limit"},
                                                          {"limit=x", "limit"},
                                                          {"limit=100000", "limit"},
                                                          {"q=" + std::string(201, 'a'), "q"},
                                                          {"colour=red", "colour"}}) {
        INFO(query);
        HttpAnswer answer = archive.get("/api/people?" + query);
        CHECK(answer.status == 400);
        CHECK(answer.json()->getObject("error")->getValue<std::string>("parameter") == parameter);
    }
}

TEST_CASE("a Fraktion's page lists its own Antrag, its Anfrage and the answer",
          "[server][people]") {
    PeopleArchive archive;
    HttpAnswer answer = archive.get("/api/people/" + url_encode("SPD-Gemeinderatsfraktion"));
    REQUIRE(answer.status == 200);
    auto person = answer.json();
    CHECK(person->getValue<std::string>("name") == "SPD-Fraktion");
    CHECK(person->getValue<int>("own_total") == 2);
    CHECK(person->getValue<int>("answers_total") == 1);
    auto submitted = person->getArray("submitted");
    std::vector<std::string> numbers;
    for (std::size_t i = 0; i < submitted->size(); ++i) {
        numbers.push_back(submitted->getObject(i)->getValue<std::string>("number"));
    }
    std::sort(numbers.begin(), numbers.end());
    CHECK(numbers == std::vector<std::string>{"2024/0150", "2024/0858"});
    // A councillor named with her group in brackets is a person of her own, and the group too.
    CHECK(archive.get("/api/people/" + url_encode("Carola Probe")).status == 200);
    CHECK(archive.get("/api/people/" + url_encode("Fraktion DIE BEISPIELE")).status == 200);
}
