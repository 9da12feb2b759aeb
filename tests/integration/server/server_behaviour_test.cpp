// The server under concurrency, after re-indexing, on the shipped corpus/, and its startup
// errors.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include <Poco/JSON/Array.h>

#include "indexer/index_writer.h"
#include "schema/analysis/german_analyzer.h"
#include "schema/document_identity.h"
#include "schema/errors.h"
#include "support/server_fixture.h"

using namespace ratsarchiv;
using namespace ratsarchiv::testing;

TEST_CASE("concurrent clients all get complete, consistent answers", "[server][concurrency]") {
    ServerFixture f;
    const std::vector<std::pair<std::string, std::uint64_t>> queries{
        {"/api/search?q=Digitalisierung", 5},
        {"/api/search?q=Stra%C3%9Fenbahn&gremium=Gemeinderat", 3},
        {"/api/search?type=Stellungnahme&type=Antrag", 3},
        {"/api/facets?year=2021", 3},
    };
    std::atomic<int> failures{0};
    std::atomic<int> answered{0};
    std::vector<std::thread> clients;
    for (int t = 0; t < 6; ++t) {
        clients.emplace_back([&, t] {
            for (int i = 0; i < 30; ++i) {
                const auto& [path, expected] = queries[(t + i) % queries.size()];
                try {
                    auto answer = http_get(f.server.port(), path);
                    if (answer.status != 200 ||
                        answer.json()->getValue<std::uint64_t>("total") != expected) {
                        ++failures;
                    }
                    ++answered;
                } catch (...) {
                    ++failures;
                }
            }
        });
    }
    for (auto& c : clients) {
        c.join();
    }
    CHECK(failures == 0);
    CHECK(answered == 180);
}

TEST_CASE("the server answers from a re-indexed database without a restart", "[server][reopen]") {
    ServerFixture f;
    CHECK(f.server.get_json("/api/search?q=Seilbahn")->getValue<int>("total") == 0);
    CouncilDocument doc;
    doc.archive = "fixture";
    doc.source = "karlsruhe/2025-0001.txt";
    doc.id = schema::document_id(doc.archive, doc.source);
    doc.type = "Antrag";
    doc.number = "2025/0001";
    doc.date = "2025-01-14";
    doc.thema = "Seilbahn zum Turmberg prüfen";
    doc.body = "Stadt Karlsruhe";
    doc.is_public = true;
    doc.text = "Antrag 2025/0001: Die Verwaltung prüft eine Seilbahn zum Turmberg.";
    {
        analysis::GermanAnalyzer analyzer;
        indexer::IndexWriter writer(f.dir.file("db"), analyzer, schema::VisibilityPolicy{});
        writer.add(doc);
        writer.commit();
    }
    auto answer = f.server.get_json("/api/search?q=Seilbahn");
    CHECK(answer->getValue<int>("total") == 1);
    CHECK(f.server.get_json("/api/documents/" + doc.id)->getValue<std::string>("number") ==
          "2025/0001");
    CHECK(f.server.get_json("/api/search?limit=0")->getValue<int>("total") == 12);
}

TEST_CASE("the shipped corpus indexes and answers a search for Digitalisierung",
          "[server][corpus]") {
    TempDirectory dir;
    const std::string corpus = source_dir().string() + "/corpus";
    REQUIRE(index_council_files(dir.file("db"), {corpus}) >= 40);
    TestServer server(dir.file("db"));
    auto answer = server.get_json("/api/search?q=Digitalisierung");
    CHECK(answer->getValue<int>("total") > 0);
    CHECK(answer->getArray("hits")->size() > 0);
}

TEST_CASE("a server without a readable index refuses to start with a config error",
          "[server][config]") {
    TempDirectory dir;
    CHECK_THROWS_AS(TestServer(dir.file("no-such-db")), ConfigError);
}
