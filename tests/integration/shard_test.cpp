// Sharded search on Xapian's remote backend: the shipped corpus is indexed once as one index and
// once as four shards (one per body or period, as deployed: Aschersleben with Bremerhaven,
// Karlsruhe up to 2024, Magdeburg, and Karlsruhe 2025, which the visibility rules make wholly
// non-public). Three shards are served by xapian-tcpsrv on loopback (their public and their
// restricted part each by its own process), the fourth is read from disk. A server over the
// shards must answer a fixed set of searches, filters, facets, spelling suggestions,
// completions, documents with their references and related documents exactly as a server over
// the one index, for anonymous users and for staff. Then one shard is stopped and another hangs:
// answers come back within the configured timeout from the others, flagged as partial, and
// /api/health and /metrics show the shards' states; a shard that comes back is searched again.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <regex>
#include <sstream>
#include <thread>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include "indexer/indexing_run.h"
#include "schema/index_layout.h"
#include "schema/visibility.h"
#include "server/access/staff_authenticator.h"
#include "server/access/staff_token.h"
#include "server/config/server_config.h"
#include "support/tcpsrv_process.h"
#include "support/temp_directory.h"
#include "support/test_index.h"
#include "support/test_server.h"

using namespace ratsarchiv;
namespace fs = std::filesystem;

namespace {

const std::string kToken = "shard-test-staff-token";

fs::path corpus_dir() {
    return fs::path(RATSARCHIV_SOURCE_DIR) / "corpus";
}

// One index of `paths` (under the corpus root, so every shard names documents as the combined
// index does) with the test's visibility rules.
void build(const fs::path& db, const std::vector<fs::path>& paths, const fs::path& rules,
           bool spelling_part) {
    indexer::IndexingOptions options;
    options.db_path = db.string();
    for (const auto& p : paths) {
        options.paths.push_back(p.string());
    }
    options.walk.root = corpus_dir().string();
    options.walk.archive = "corpus";
    options.policy = schema::load_visibility_policy(rules.string());
    options.spelling_part = spelling_part;
    REQUIRE(indexer::run_indexing(options, {}).indexed > 0);
}

std::vector<fs::path> karlsruhe_until_2024() {
    std::vector<fs::path> years;
    for (const auto& entry : fs::directory_iterator(corpus_dir() / "karlsruhe")) {
        if (entry.is_directory() && entry.path().filename() != "2025") {
            years.push_back(entry.path());
        }
    }
    return years;
}

std::unique_ptr<testing::TestServer> serve(const std::string& db,
                                           std::map<std::string, std::string> settings = {}) {
    settings["access.token_hashes"] = server::hash_token(kToken);
    server::ServerConfig config;
    config.set("access.token_hashes", settings["access.token_hashes"]);
    return std::make_unique<testing::TestServer>(
        db, settings,
        std::make_unique<server::StaffAuthenticator>(server::access_settings(config)));
}

std::map<std::string, std::string> staff_headers(bool staff) {
    if (!staff) {
        return {};
    }
    return {{"Authorization", "Bearer " + kToken}};
}

// A JSON value as text with object keys sorted, numbers to 9 significant digits (the shards'
// statistics are summed in another order), clock times masked, and, where `sort_arrays`, the
// elements of arrays sorted (for lists whose order among equals follows docids).
std::string canonical(const Poco::Dynamic::Var& value, bool sort_arrays) {
    static const std::regex kClock(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?)");
    if (value.isEmpty()) {
        return "null";
    }
    if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
        auto object = value.extract<Poco::JSON::Object::Ptr>();
        std::vector<std::string> names;
        object->getNames(names);
        std::sort(names.begin(), names.end());
        std::string out = "{";
        for (const auto& name : names) {
            out += name + ":" + canonical(object->get(name), sort_arrays) + ",";
        }
        return out + "}";
    }
    if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
        auto array = value.extract<Poco::JSON::Array::Ptr>();
        std::vector<std::string> items;
        for (std::size_t i = 0; i < array->size(); ++i) {
            items.push_back(canonical(array->get(i), sort_arrays));
        }
        if (sort_arrays) {
            std::sort(items.begin(), items.end());
        }
        std::string out = "[";
        for (const auto& item : items) {
            out += item + ",";
        }
        return out + "]";
    }
    if (value.isString()) {
        return "\"" + std::regex_replace(value.toString(), kClock, "TIME") + "\"";
    }
    if (value.isNumeric() && !value.isInteger()) {
        std::ostringstream out;
        out.precision(9);
        out << value.convert<double>();
        return out.str();
    }
    return value.toString();
}

Poco::JSON::Object::Ptr get_json(const testing::TestServer& server, const std::string& target,
                                 bool staff) {
    testing::HttpAnswer answer = testing::http_get(server.port(), target, staff_headers(staff));
    INFO(target << " -> " << answer.status << " " << answer.body);
    REQUIRE(answer.status == 200);
    return answer.json();
}

// A search answer for comparison: everything, the hits as a set, plus their scores in rank
// order (so the ranking must agree; among equal scores the order follows docids, which differ).
std::string search_answer(const Poco::JSON::Object::Ptr& answer) {
    std::string ranks;
    if (auto hits = answer->getArray("hits")) {
        for (std::size_t i = 0; i < hits->size(); ++i) {
            std::ostringstream score;
            score.precision(9);
            score << hits->getObject(static_cast<unsigned>(i))->getValue<double>("score");
            ranks += score.str() + " ";
        }
    }
    return canonical(answer, true) + " ranks: " + ranks;
}

// The lines of `text` (split also between XML elements and JSON objects), sorted, clock times
// and the server's address masked.
std::vector<std::string> sorted_lines(const std::string& text) {
    static const std::regex kClock(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?)");
    static const std::regex kBreak(R"((>)(<)|(\}),(\{))");
    static const std::regex kServer(R"(127\.0\.0\.1:\d+)"); // links name each server's port
    const std::string masked = std::regex_replace(
        std::regex_replace(std::regex_replace(text, kClock, "TIME"), kServer, "SERVER"), kBreak,
        "$1$3\n$2$4");
    std::vector<std::string> lines;
    std::istringstream in(masked);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

// The `member` ("id", "source") of every hit.
std::vector<std::string> hit_values(const Poco::JSON::Object::Ptr& answer,
                                    const std::string& member = "id") {
    std::vector<std::string> out;
    auto hits = answer->getArray("hits");
    for (std::size_t i = 0; i < hits->size(); ++i) {
        out.push_back(hits->getObject(static_cast<unsigned>(i))->getValue<std::string>(member));
    }
    return out;
}

// The fixed request set: searches with and without words, umlaut and compound forms, phrases,
// wildcards, typos, filters from the facets, date ranges and sort orders; facets; completion.
std::vector<std::string> search_targets(const testing::TestServer& combined) {
    std::vector<std::string> targets;
    for (const char* q : {"", "Digitalisierung", "Strasse", "Radverkehr", "Schul*",
                          "\"Sitzung des Gemeinderates\"", "Haushalt Satzung", "Digitalisirung",
                          "Kita OR Schule", "Antrag -Stellungnahme", "Wohnungsbau"}) {
        const std::string base = "/api/search?q=" + testing::url_encode(q);
        targets.push_back(base + "&limit=100");
        targets.push_back(base + "&sort=date_desc&limit=5");
        targets.push_back(base + "&limit=100&from=2020-01-01&to=2023-12-31");
    }
    auto all = get_json(combined, "/api/facets", true);
    auto facets = all->getObject("facets");
    std::vector<std::string> names;
    facets->getNames(names);
    for (const auto& name : names) {
        auto values = facets->getArray(name);
        if (values->size() == 0) {
            continue;
        }
        const std::string value = values->getObject(0)->getValue<std::string>("value");
        const std::string param =
            name == "gremium" || name == "type" || name == "year" || name == "body" || name == "amt"
                ? name
                : "";
        if (!param.empty()) {
            targets.push_back("/api/search?limit=100&q=&" + param + "=" +
                              testing::url_encode(value));
            targets.push_back("/api/facets?q=Stadt&" + param + "=" + testing::url_encode(value));
        }
    }
    targets.push_back("/api/facets?q=");
    return targets;
}

} // namespace

TEST_CASE("shards over xapian-tcpsrv answer as the combined index, and partially when one fails",
          "[shards]") {
    testing::TempDirectory dir;
    const fs::path rules = dir.path() / "visibility.conf";
    testing::write_file(rules, "restricted = karlsruhe/2025/*\n");
    const fs::path corpus = corpus_dir();

    build(dir.path() / "combined", {corpus}, rules, false);
    build(dir.path() / "a", {corpus / "aschersleben", corpus / "bremerhaven"}, rules, true);
    build(dir.path() / "b", karlsruhe_until_2024(), rules, true);
    build(dir.path() / "c", {corpus / "magdeburg"}, rules, true);
    build(dir.path() / "d", {corpus / "karlsruhe" / "2025"}, rules, true);

    std::map<std::string, std::unique_ptr<testing::TcpsrvProcess>> publics;
    std::map<std::string, std::unique_ptr<testing::TcpsrvProcess>> restricteds;
    std::string shards;
    for (const std::string name : {"a", "b", "c"}) {
        const std::string index = (dir.path() / name).string();
        publics[name] = std::make_unique<testing::TcpsrvProcess>(schema::public_part(index));
        restricteds[name] =
            std::make_unique<testing::TcpsrvProcess>(schema::restricted_part(index));
        shards += name + "=public@" + publics[name]->location() + ",restricted@" +
                  restricteds[name]->location() + ",spelling@" + schema::spelling_part(index) +
                  "; ";
    }
    shards += "d=" + (dir.path() / "d").string();

    auto combined = serve((dir.path() / "combined").string());
    auto sharded = serve(
        "", {{"db.shards", shards}, {"db.shard_timeout_ms", "1000"}, {"db.shard_retry_ms", "300"}});

    SECTION("every answer equals the combined index's, for anonymous users and for staff") {
        const std::vector<std::string> targets = search_targets(*combined);
        REQUIRE(targets.size() > 40);
        std::size_t with_suggestion = 0;
        for (bool staff : {false, true}) {
            for (const auto& target : targets) {
                INFO((staff ? "staff " : "anonymous ") << target);
                auto expected = get_json(*combined, target, staff);
                auto got = get_json(*sharded, target, staff);
                CHECK_FALSE(got->getValue<bool>("partial"));
                got->remove("partial");
                got->remove("shards_missing");
                expected->remove("partial");
                expected->remove("shards_missing");
                CHECK(search_answer(got) == search_answer(expected));
                with_suggestion += expected->has("suggestion") && !expected->isNull("suggestion");
            }
            for (const char* typed : {"Digi", "Rad", "Stra", "A0", "2024/"}) {
                const std::string target = "/api/suggest?q=" + testing::url_encode(typed);
                INFO(target);
                CHECK(canonical(get_json(*sharded, target, staff), false) ==
                      canonical(get_json(*combined, target, staff), false));
            }
            // Documents of every shard, with what they cite and what cites them (across
            // shards), and their related documents.
            auto all = get_json(*combined, "/api/search?limit=100&facets=false&q=", staff);
            const std::vector<std::string> ids = hit_values(all);
            REQUIRE(ids.size() >= 40);
            for (const auto& id : ids) {
                INFO(id);
                const std::string doc = "/api/documents/" + testing::url_encode(id);
                CHECK(canonical(get_json(*sharded, doc, staff), true) ==
                      canonical(get_json(*combined, doc, staff), true));
                CHECK(canonical(get_json(*sharded, doc + "/related", staff), true) ==
                      canonical(get_json(*combined, doc + "/related", staff), true));
            }
        }
        // Feeds and exports, whose order among equally dated documents follows docids: as
        // sorted lines, with clock times masked.
        for (bool staff : {false, true}) {
            for (const char* target :
                 {"/feed.atom?q=Stadt", "/feed.atom?q=&type=Antrag", "/api/export.csv?q=Schule",
                  "/api/export.json?q=Haushalt&limit=100"}) {
                INFO((staff ? "staff " : "anonymous ") << target);
                auto a = testing::http_get(sharded->port(), target, staff_headers(staff));
                auto b = testing::http_get(combined->port(), target, staff_headers(staff));
                CHECK(a.status == 200);
                CHECK(a.status == b.status);
                CHECK(sorted_lines(a.body) == sorted_lines(b.body));
                CHECK(sorted_lines(b.body).size() > 3);
            }
        }
        CHECK(with_suggestion > 0); // "Meinten Sie" was compared, not only its absence
        // The wholly non-public shard d adds nothing anonymous users can see, and staff see it.
        auto anonymous = get_json(*sharded, "/api/search?q=&limit=0&facets=false", false);
        auto staff = get_json(*sharded, "/api/search?q=&limit=0&facets=false", true);
        CHECK(staff->getValue<std::size_t>("total") > anonymous->getValue<std::size_t>("total"));
        auto health = get_json(*sharded, "/api/health", false);
        CHECK(health->getValue<std::string>("status") == "ok");
        CHECK(health->getArray("shards")->size() == 4);
    }

    SECTION("a shard that is down or hangs gives a flagged partial answer in time") {
        const std::string target = "/api/search?limit=100&q=";
        const auto full = hit_values(get_json(*sharded, target, false), "source");
        auto is_karlsruhe = [](const std::string& source) {
            return source.rfind("karlsruhe/", 0) == 0;
        };
        REQUIRE(std::any_of(full.begin(), full.end(), is_karlsruhe));

        publics["b"]->stop();
        auto started = std::chrono::steady_clock::now();
        auto partial = get_json(*sharded, target, false);
        CHECK(partial->getValue<bool>("partial"));
        REQUIRE(partial->getArray("shards_missing")->size() == 1);
        CHECK(partial->getArray("shards_missing")->getElement<std::string>(0) == "b");
        auto rest = hit_values(partial, "source");
        CHECK_FALSE(rest.empty());
        CHECK(std::none_of(rest.begin(), rest.end(), is_karlsruhe));
        CHECK(rest.size() < full.size());
        CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));

        auto health = get_json(*sharded, "/api/health", false);
        CHECK(health->getValue<std::string>("status") == "degraded");
        auto states = health->getArray("shards");
        for (std::size_t i = 0; i < states->size(); ++i) {
            auto shard = states->getObject(static_cast<unsigned>(i));
            CHECK(shard->getValue<std::string>("state") ==
                  (shard->getValue<std::string>("name") == "b" ? "down" : "up"));
            CHECK_FALSE(shard->has("error")); // no hosts or paths for anonymous callers
        }
        testing::HttpAnswer metrics = testing::http_get(sharded->port(), "/metrics");
        CHECK(metrics.body.find("ratsarchiv_shard_up{shard=\"b\"} 0") != std::string::npos);
        CHECK(metrics.body.find("ratsarchiv_shard_up{shard=\"a\"} 1") != std::string::npos);

        // A hung shard (stopped, connections open): the answer waits at most about two
        // timeouts (the request, then the new connection) and leaves it out.
        publics["c"]->pause();
        started = std::chrono::steady_clock::now();
        auto hung = get_json(*sharded, target, false);
        const auto took = std::chrono::steady_clock::now() - started;
        CHECK(took < std::chrono::milliseconds(3500));
        CHECK(hung->getValue<bool>("partial"));
        CHECK(hung->getArray("shards_missing")->size() == 2);
        // Exports and feeds say so in a header.
        testing::HttpAnswer csv = testing::http_get(sharded->port(), "/api/export.csv?q=Stadt");
        CHECK(csv.status == 200);
        CHECK(csv.headers["X-Shards-Missing"] == "b, c");
        // Staff are answered without the two shards too, never with an error.
        CHECK(get_json(*sharded, target, true)->getValue<bool>("partial"));
        publics["c"]->resume();

        // Shard b comes back on its port: after the retry interval it is searched again.
        const std::uint16_t port = publics["b"]->port();
        publics["b"] = std::make_unique<testing::TcpsrvProcess>(
            schema::public_part((dir.path() / "b").string()), port);
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        bool whole = false;
        for (int attempt = 0; attempt < 20 && !whole; ++attempt) {
            whole = !get_json(*sharded, target, false)->getValue<bool>("partial");
            if (!whole) {
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
            }
        }
        CHECK(whole);
        CHECK(hit_values(get_json(*sharded, target, false)).size() == full.size());
    }
}
