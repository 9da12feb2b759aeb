// A harvester walks the whole OParl API from /oparl/v1.1/ following only links, as OParl
// clients do, and must reach every document the audience may see exactly once and nothing
// else: anonymous users no non-public document, no non-public attachment or step, and no
// committee or session that only non-public steps name; staff everything.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include <xapian.h>

#include "integration/oparl/oparl_servers.h"
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
    oparl::index_with_rules(
        dir.file("db"), {oparl::leak_archive() + "/archive", (source_dir() / "corpus").string()});
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
}
