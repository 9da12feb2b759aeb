// Sessions, committees, people and the calendar over a small Karlsruhe-layout archive: two
// public Vorlagen consulted in the Hauptausschuss and the Gemeinderat, one step and one whole
// session that only a non-public step names, a Niederschrift that gives the TOPs, and a
// Stellungnahme answering a Fraktion's Anfrage. Anonymous users must never learn of the
// non-public step or session, not even as a count or a calendar entry.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

#include <Poco/JSON/Array.h>

#include "integration/oparl/oparl_servers.h"
#include "support/temp_directory.h"
#include "support/test_server.h"

using namespace ratsarchiv;
using namespace ratsarchiv::testing;

namespace {

std::string vorlage(const std::string& number, const std::string& thema, const std::string& steps,
                    const std::string& status = " ") {
    return "Beschlussvorlage\n \nVorlage Nr.:  " + number + "\n" + status +
           "\nVerantwortlich: Dez. 6\n \n" + thema +
           "\n \nGremien Termin TOP Ö / N Zuständigkeit\n" + steps +
           " \nBeschlussantrag\nDer Gemeinderat beschließt die Maßnahme wie in der Begründung "
           "beschrieben; die Mittel stehen im Haushalt 2024 bereit.\n";
}

const char* kNiederschrift = R"(NIEDERSCHRIFT
 
Stadt Karlsruhe
Gremium: 12. Sitzung Hauptausschuss
Termin: 14. Mai 2024, 15:30 Uhr
 öffentlich
Ort: Kleiner Sitzungssaal
 
Punkt 2 der Tagesordnung: Sanierung der Stadtbibliothek
Vorlage: 2024/0102
Der Vorsitzende ruft Tagesordnungspunkt 2 zur Behandlung auf. Der Ausschuss empfiehlt die Sanierung.
Beschluss:
Zustimmung
 
Punkt 4 der Tagesordnung: Neubau der Sporthalle an der Weiherwaldschule
Vorlage: 2024/0101
Der Vorsitzende ruft Tagesordnungspunkt 4 zur Behandlung auf. Ohne Aussprache empfiehlt der Ausschuss den Neubau.
Beschluss:
Zustimmung
)";

const char* kStellungnahme = R"(STELLUNGNAHME zur Anfrage
CDU-Gemeinderatsfraktion
vom: 02.04.2024
Vorlage Nr.: 2024/0150
Verantwortlich: Dez. 2
 
Öffnungszeiten der Stadtbibliothek
 
Die Verwaltung beantwortet die Anfrage wie folgt: Die Stadtbibliothek ist nach der Sanierung
an sechs Tagen der Woche geöffnet, samstags bis 18 Uhr.
)";

struct SessionArchive : oparl::ServedArchive {
    SessionArchive() {
        const auto root = dir.path() / "karlsruhe";
        write_file(root / "2024-0101.txt",
                   vorlage("2024/0101", "Neubau der Sporthalle an der Weiherwaldschule",
                           "Hauptausschuss 14.05.2024 4 Ö Vorberatung\n"
                           "Gemeinderat 28.05.2024 7 Ö Entscheidung\n"));
        write_file(root / "2024-0102.txt", vorlage("2024/0102", "Sanierung der Stadtbibliothek",
                                                   "Hauptausschuss 14.05.2024 2 Ö Vorberatung\n"
                                                   "Gemeinderat 28.05.2024 12 N Entscheidung\n"));
        write_file(root / "2024-0103.txt",
                   vorlage("2024/0103", "Besetzung der Leitung des Personalamts",
                           "Personalausschuss 21.05.2024 1 N Entscheidung\n", " nicht öffentlich"));
        write_file(root / "Niederschrift-HA-2024-05-14.txt", kNiederschrift);
        write_file(root / "2024-0150.txt", kStellungnahme);
        write_file(root / "ratsarchiv.properties", "body = Stadt Karlsruhe\n");
        serve(root);
    }
};

// The sessions of a list answer as "Gremium yyyy-mm-dd papers".
std::vector<std::string> listed(const HttpAnswer& answer) {
    REQUIRE(answer.status == 200);
    std::vector<std::string> out;
    auto sessions = answer.json()->getArray("sessions");
    for (std::size_t i = 0; i < sessions->size(); ++i) {
        auto s = sessions->getObject(i);
        out.push_back(s->getValue<std::string>("gremium") + " " + s->getValue<std::string>("date") +
                      " " + std::to_string(s->getValue<int>("papers")));
    }
    return out;
}

std::string session_id(const SessionArchive& archive, const std::string& gremium) {
    auto sessions =
        archive.get("/api/sessions?gremium=" + url_encode(gremium)).json()->getArray("sessions");
    REQUIRE(sessions->size() == 1);
    return sessions->getObject(0)->getValue<std::string>("id");
}

// Runs tests/calendar/validate_ics.py on `ics` with Debian's python3 (python3-icalendar).
std::string parsed_calendar(const TempDirectory& dir, const std::string& ics, int& status) {
    write_file(dir.path() / "feed.ics", ics);
    const std::string command = "/usr/bin/python3 '" +
                                (source_dir() / "tests/calendar/validate_ics.py").string() + "' '" +
                                dir.file("feed.ics") + "' 2>&1";
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) {
        out += buffer;
    }
    status = pclose(pipe);
    return out;
}

} // namespace

TEST_CASE("sessions gather the steps and the Niederschrift of a committee's day, public ones only "
          "for anonymous users",
          "[server][sessions]") {
    SessionArchive archive;
    CHECK(listed(archive.get("/api/sessions")) ==
          std::vector<std::string>{"Hauptausschuss 2024-05-14 2", "Gemeinderat 2024-05-28 1"});
    // Staff see the session of the non-public Vorlage. (The non-public step of the public
    // 2024/0102 is indexed only as staff-only text, as for OParl: not a session step for anyone.)
    CHECK(listed(archive.get("/api/sessions", true)) ==
          std::vector<std::string>{"Hauptausschuss 2024-05-14 2", "Personalausschuss 2024-05-21 1",
                                   "Gemeinderat 2024-05-28 1"});
    CHECK(listed(archive.get("/api/sessions?from=2024-05-20")) ==
          std::vector<std::string>{"Gemeinderat 2024-05-28 1"});
    CHECK(archive.get("/api/gremien/Personalausschuss").status == 404);
    CHECK(archive.get("/api/gremien/Personalausschuss", true).status == 200);
}

TEST_CASE("a session lists its papers in agenda order with their step and links its Niederschrift",
          "[server][sessions]") {
    SessionArchive archive;
    const std::string id = session_id(archive, "hauptausschuss");
    auto session = archive.get("/api/sessions/" + id).json();
    CHECK(session->getValue<std::string>("gremium") == "Hauptausschuss");
    CHECK(session->getValue<std::string>("date") == "2024-05-14");
    auto papers = session->getArray("papers");
    REQUIRE(papers->size() == 2);
    CHECK(papers->getObject(0)->getValue<std::string>("number") == "2024/0102");
    CHECK(papers->getObject(0)->getValue<std::string>("top") == "2");
    CHECK(papers->getObject(1)->getValue<std::string>("number") == "2024/0101");
    CHECK(papers->getObject(1)->getValue<std::string>("top") == "4");
    CHECK(papers->getObject(1)->getObject("step")->getValue<std::string>("role") == "Vorberatung");
    auto records = session->getArray("niederschriften");
    REQUIRE(records->size() == 1);
    CHECK(papers->getObject(0)->getValue<std::string>("niederschrift") ==
          records->getObject(0)->getValue<std::string>("id"));
    // The Gemeinderat session: the non-public step of 2024/0102 is not there for anonymous users.
    auto council = archive.get("/api/sessions/" + session_id(archive, "Gemeinderat")).json();
    CHECK(council->getArray("papers")->size() == 1);
    CHECK(archive.get("/api/sessions/0000000000000000").status == 404);
}

TEST_CASE("a committee lists its sessions, years and papers", "[server][sessions]") {
    SessionArchive archive;
    auto committee = archive.get("/api/gremien/gemeinderat").json();
    CHECK(committee->getValue<std::string>("name") == "Gemeinderat");
    CHECK(committee->getValue<int>("sessions_total") == 1);
    auto years = committee->getArray("years");
    REQUIRE(years->size() == 1);
    CHECK(years->getObject(0)->getValue<std::string>("year") == "2024");
    CHECK(years->getObject(0)->getValue<int>("papers") == 1);
    CHECK(committee->getObject("papers")->getValue<int>("total") == 1);
    auto list = archive.get("/api/gremien").json();
    CHECK(list->getValue<int>("total") == 2);
    CHECK(archive.get("/api/gremien/Gemeinderat?limit=x").status == 400);
}

TEST_CASE("session lists reject malformed parameters naming them", "[server][sessions]") {
    SessionArchive archive;
    for (const auto& [query, parameter] :
         std::vector<std::pair<std::string, std::string>>{{"from=14.05.2024", "from"},
                                                          {"to=2024-5-1", "to"},
                                                          {"from=2024-06-01&to=2024-05-01", "to"},
                                                          {"limit=0", "limit"},
                                                          {"page=abc", "page"},
                                                          {"colour=red", "colour"}}) {
        INFO(query);
        HttpAnswer answer = archive.get("/api/sessions?" + query);
        CHECK(answer.status == 400);
        CHECK(answer.json()->getObject("error")->getValue<std::string>("parameter") == parameter);
    }
}

TEST_CASE("the calendar feed parses with python3-icalendar and has no non-public session",
          "[server][sessions][calendar]") {
    SessionArchive archive;
    HttpAnswer feed = archive.get("/api/sessions.ics");
    REQUIRE(feed.status == 200);
    CHECK(feed.content_type.rfind("text/calendar", 0) == 0);
    int status = 0;
    std::string events = parsed_calendar(archive.dir, feed.body, status);
    INFO(events);
    REQUIRE(status == 0);
    const std::string id = session_id(archive, "Hauptausschuss");
    CHECK(events.find("sitzung-" + id + "@ratsarchiv\t2024-05-14\tHauptausschuss\thttp://") !=
          std::string::npos);
    CHECK(events.find("/sitzung/" + id) != std::string::npos);
    CHECK(events.find("Personalausschuss") == std::string::npos);
    CHECK(std::count(events.begin(), events.end(), '\n') == 2);
    // Stable UIDs: the same feed again, and staff see the Personalausschuss too.
    CHECK(archive.get("/api/sessions.ics").body == feed.body);
    std::string staff =
        parsed_calendar(archive.dir, archive.get("/api/sessions.ics", true).body, status);
    CHECK(status == 0);
    CHECK(staff.find("Personalausschuss") != std::string::npos);
    // Per committee.
    std::string one = parsed_calendar(
        archive.dir, archive.get("/api/sessions.ics?gremium=Gemeinderat").body, status);
    CHECK(status == 0);
    CHECK(std::count(one.begin(), one.end(), '\n') == 1);
}

TEST_CASE("a Fraktion's page lists the Anfrage answered, under one spelling of its name",
          "[server][people]") {
    SessionArchive archive;
    for (const std::string& spelling :
         {"CDU-Fraktion", "CDU-Gemeinderatsfraktion", "Fraktion der CDU"}) {
        INFO(spelling);
        HttpAnswer answer = archive.get("/api/people/" + url_encode(spelling));
        REQUIRE(answer.status == 200);
        auto person = answer.json();
        CHECK(person->getValue<std::string>("name") == "CDU-Fraktion");
        CHECK(person->getValue<int>("answers_total") == 1);
    }
    CHECK(archive.get("/api/people/" + url_encode("SPD-Fraktion")).status == 404);
}
