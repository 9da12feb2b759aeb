// A harvester walks the whole OParl API from /oparl/v1.1/ following only links, as OParl
// clients do, and must reach every document the audience may see exactly once and nothing
// else: anonymous users no non-public document, no non-public attachment or step, and no
// committee or session that only non-public steps name; staff everything.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include <xapian.h>

#include "integration/oparl/oparl_servers.h"
#include "schema/document_identity.h"
#include "schema/fields.h"
#include "schema/index_layout.h"

using namespace ratsarchiv;
using namespace ratsarchiv::testing;
namespace fs = std::filesystem;

namespace {

// Words that occur only in non-public documents or in the non-public parts of public ones
// (tests/data/leak/): committees, attachments, people, places.
const std::vector<std::string> kCanaries{"Plumbrazon",   "Quorbaxit",   "Wexmutrolbeirat",
                                         "Trostelmark",  "Brindelkamm", "Vexillarkonvent",
                                         "Fimbulgrotte", "Sturnomelk"};

// The document ids of a database, from its unique id terms.
std::set<std::string> ids_in(const std::string& path) {
    Xapian::Database db(path);
    std::set<std::string> ids;
    const std::string prefix(schema::kPrefixId);
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
        ids.insert((*t).substr(prefix.size()));
    }
    return ids;
}

std::set<std::string> paper_ids(const tools::HarvestSummary& summary) {
    std::set<std::string> ids;
    for (const auto& url : summary.ids.at("Paper")) {
        ids.insert(url.substr(url.rfind('/') + 1));
    }
    return ids;
}

// Every file the harvest wrote, as one text.
std::string all_output(const std::string& dir) {
    std::string text;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_regular_file()) {
            std::ifstream in(entry.path());
            text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
    }
    return text;
}

} // namespace

TEST_CASE("an OParl harvest following links reaches every visible paper once and no other",
          "[oparl]") {
    TempDirectory dir;
    // A public paper citing a non-public one: its relatedPaper names it for staff only.
    write_file(dir.path() / "citing/A0999-24.txt",
               "Vorlage Nr. A0999/24\nÖffentlichkeitsstatus öffentlich\n\nBetreff: Antrag zum "
               "Bericht der Verwaltung\n\nDer Antrag bezieht sich auf die Information I0913/24 "
               "der Verwaltung.\n");
    oparl::index_with_rules(dir.file("db"),
                            {oparl::leak_archive() + "/archive", (source_dir() / "corpus").string(),
                             dir.file("citing")});
    const std::string cited = schema::document_id("archive", "magdeburg/I0913_24_information.txt");
    const std::set<std::string> public_ids = ids_in(schema::public_part(dir.file("db")));
    std::set<std::string> all_ids = ids_in(schema::restricted_part(dir.file("db")));
    all_ids.insert(public_ids.begin(), public_ids.end());
    REQUIRE(public_ids.size() > 40);
    REQUIRE(all_ids.size() >= public_ids.size() + 3); // the non-public documents
    auto server = oparl::oparl_server(dir.file("db"), {{"oparl.page_size", "7"}});

    SECTION("anonymous") {
        const auto summary = oparl::harvest(*server, dir.file("anonymous"), false);
        CHECK(summary.duplicates == 0);
        CHECK(summary.objects.at("Paper") == public_ids.size());
        CHECK(paper_ids(summary) == public_ids);
        CHECK(summary.pages.at("Paper") > 4); // several pages of 7 per body
        const std::string output = all_output(dir.file("anonymous"));
        for (const auto& canary : kCanaries) {
            INFO(canary);
            CHECK(output.find(canary) == std::string::npos);
        }
        CHECK(output.find("\"keyword\":") == std::string::npos); // staff's visibility marks
        // Not even a link (relatedPaper, a File, a Consultation) names a non-public paper.
        for (const auto& id : all_ids) {
            if (public_ids.count(id) == 0) {
                INFO("non-public paper " << id);
                CHECK(output.find(id) == std::string::npos);
            }
        }
    }
    SECTION("staff") {
        const auto summary = oparl::harvest(*server, dir.file("staff"), true);
        CHECK(summary.duplicates == 0);
        CHECK(summary.objects.at("Paper") == all_ids.size());
        CHECK(paper_ids(summary) == all_ids);
        const std::string output = all_output(dir.file("staff"));
        // The test is not vacuous: staff get what anonymous users must not.
        for (const auto& canary : {"Vexillarkonvent", "Wexmutrolbeirat", "Brindelkamm"}) {
            INFO(canary);
            CHECK(output.find(canary) != std::string::npos);
        }
        CHECK(output.find("\"keyword\":[\"nichtöffentlich\"]") != std::string::npos);
        CHECK(output.find("\"relatedPaper\":[\"" + oparl::system_url(*server) + "paper/" + cited +
                          "\"]") != std::string::npos);
    }
}

TEST_CASE("ratsarchiv-oparl-harvest writes one file per object and counts them", "[oparl]") {
    TempDirectory dir;
    oparl::index_with_rules(dir.file("db"), {(source_dir() / "corpus/karlsruhe").string()});
    auto server = oparl::oparl_server(dir.file("db"));
    const std::string command = std::string(RATSARCHIV_BINARY_DIR) +
                                "/ratsarchiv-oparl-harvest --out '" + dir.file("out") + "' " +
                                oparl::system_url(*server) + " > '" + dir.file("report") + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    std::ifstream in(dir.file("report"));
    const std::string report((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
    std::size_t papers = 0;
    for (const auto& entry : fs::directory_iterator(dir.file("out/Paper"))) {
        papers += entry.path().extension() == ".json";
    }
    CHECK(papers == ids_in(schema::public_part(dir.file("db"))).size());
    CHECK(report.find("Paper") != std::string::npos);
    CHECK(report.find(std::to_string(papers) + " objects") != std::string::npos);
    CHECK(fs::exists(dir.file("out/System/oparl_v1.1_.json")));
    CHECK(fs::exists(dir.file("out/Body/oparl_v1.1_body_stadt-karlsruhe.json")));

    // An update since a time after the build finds no paper, only the system and the bodies.
    const std::string update = std::string(RATSARCHIV_BINARY_DIR) +
                               "/ratsarchiv-oparl-harvest --modified-since 2100-01-01T00:00:00Z " +
                               "--out '" + dir.file("update") + "' " + oparl::system_url(*server) +
                               " > '" + dir.file("update-report") + "'";
    REQUIRE(std::system(update.c_str()) == 0);
    CHECK_FALSE(fs::exists(dir.file("update/Paper")));
    CHECK(fs::exists(dir.file("update/Body/oparl_v1.1_body_stadt-karlsruhe.json")));
}

TEST_CASE("non-public documents change nothing an anonymous OParl harvest gets", "[oparl][leak]") {
    // The leak archive as it is and without the files of its non-public documents (the public
    // document with non-public parts stays in both): both harvests must be the same, file by
    // file and byte by byte, once ports and clock times are masked: no count, page, link,
    // Organization or Meeting tells that the hidden documents exist.
    TempDirectory dir;
    const std::string without = dir.file("without/archive");
    fs::create_directories(without);
    fs::copy(oparl::leak_archive() + "/archive", without, fs::copy_options::recursive);
    for (const char* hidden :
         {"bremerhaven/Vorlage_77_2024.txt", "bremerhaven/Vorlage_77_2024.txt.visibility",
          "magdeburg/I0913_24_information.txt", "personal/VII_0999_24_stellenbesetzung.txt"}) {
        REQUIRE(fs::remove(without + "/" + hidden));
    }
    oparl::index_with_rules(dir.file("db-with"), {oparl::leak_archive() + "/archive"});
    oparl::index_with_rules(dir.file("db-without"), {without});
    auto with_hidden = oparl::oparl_server(dir.file("db-with"), {{"oparl.page_size", "2"}});
    auto without_hidden = oparl::oparl_server(dir.file("db-without"), {{"oparl.page_size", "2"}});
    oparl::harvest(*with_hidden, dir.file("harvest-with"), false);
    oparl::harvest(*without_hidden, dir.file("harvest-without"), false);

    static const std::regex kClock(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d)");
    auto files_of = [](const std::string& root, std::uint16_t port) {
        std::map<std::string, std::string> files;
        const std::string origin = "127.0.0.1:" + std::to_string(port);
        for (const auto& entry : fs::recursive_directory_iterator(root)) {
            if (!entry.is_regular_file()) {
                continue;
            }
            std::ifstream in(entry.path());
            std::string text((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
            for (auto at = text.find(origin); at != std::string::npos; at = text.find(origin)) {
                text.replace(at, origin.size(), "HOST");
            }
            files[fs::relative(entry.path(), root).string()] =
                std::regex_replace(text, kClock, "TIME");
        }
        return files;
    };
    const auto a = files_of(dir.file("harvest-with"), with_hidden->port());
    const auto b = files_of(dir.file("harvest-without"), without_hidden->port());
    CHECK(a.size() > 20);
    REQUIRE(a.size() == b.size());
    for (const auto& [name, text] : a) {
        INFO(name);
        REQUIRE(b.count(name) == 1);
        CHECK(text == b.at(name));
    }
}
