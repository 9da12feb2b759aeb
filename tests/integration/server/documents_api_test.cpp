// /api/documents/{id}, /related, /api/suggest, /api/facets, /api/health and /metrics against the
// real server over the fixture archive.
#include <catch2/catch.hpp>

#include <Poco/JSON/Array.h>

#include "support/server_fixture.h"

using namespace ratsarchiv::testing;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

std::vector<std::string> numbers_in(const Array::Ptr& list) {
    std::vector<std::string> numbers;
    for (std::size_t i = 0; i < list->size(); ++i) {
        numbers.push_back(list->getObject(i)->getValue<std::string>("number"));
    }
    return numbers;
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::vector<std::string> strings_in(const Array::Ptr& list) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        out.push_back(list->getElement<std::string>(i));
    }
    return out;
}

} // namespace

TEST_CASE("a document answers all its fields, the full text and its references both ways",
          "[server][documents]") {
    ServerFixture f;
    auto doc = f.server.get_json("/api/documents/" + f.id_of("S0254/22"));
    CHECK(doc->getValue<std::string>("number") == "S0254/22");
    CHECK(doc->getValue<std::string>("type") == "Stellungnahme");
    CHECK(doc->getValue<std::string>("date") == "2022-05-02");
    CHECK(doc->getValue<std::string>("signatory") == "Simone Borris");
    CHECK(doc->getValue<std::string>("text").find("Glasfaserausbau") != std::string::npos);
    CHECK(doc->getArray("beratungsfolge")->size() == 1);
    CHECK(doc->has("attachments"));
    auto cites = doc->getArray("cites");
    REQUIRE(cites->size() == 1);
    CHECK(cites->getObject(0)->getValue<std::string>("number") == "A0105/22");
    CHECK(cites->getObject(0)->getValue<std::string>("relation") == "answers");
    CHECK(cites->getObject(0)->getValue<std::string>("id") == f.id_of("A0105/22"));
    CHECK(numbers_in(doc->getArray("cited_by")) == std::vector<std::string>{"DS0301/22"});

    // The Antrag links back to the Stellungnahme; the non-public DS0999/23 citing it stays hidden.
    auto antrag = f.server.get_json("/api/documents/" + f.id_of("A0105/22"));
    auto cited_by = numbers_in(antrag->getArray("cited_by"));
    CHECK(contains(cited_by, "S0254/22"));
    CHECK_FALSE(contains(cited_by, "DS0999/23"));
}

TEST_CASE("a non-public document answers exactly like a missing one", "[server][documents]") {
    ServerFixture f;
    auto hidden = f.server.get("/api/documents/" + f.id_of("DS0999/23"));
    auto missing = f.server.get("/api/documents/0000000000000000");
    CHECK(hidden.status == 404);
    CHECK(missing.status == 404);
    CHECK(hidden.body == missing.body);
    CHECK(f.server.get("/api/documents/" + f.id_of("DS0999/23") + "/related").status == 404);
}

TEST_CASE("unknown routes answer 404 with a JSON error", "[server][errors]") {
    ServerFixture f;
    for (const char* path : {"/api/nothing", "/api/documents", "/api/documents/x/y/z", "/"}) {
        INFO(path);
        auto answer = f.server.get(path);
        if (std::string(path) == "/" && answer.status != 404) {
            continue; // the web page may own "/"
        }
        CHECK(answer.status == 404);
        CHECK(answer.json()->getObject("error")->has("message"));
    }
}

TEST_CASE("related lists the reference chain oldest first, then similar documents",
          "[server][documents]") {
    ServerFixture f;
    auto related = f.server.get_json("/api/documents/" + f.id_of("A0105/22") + "/related");
    auto chain = numbers_in(related->getArray("chain"));
    CHECK(chain == std::vector<std::string>{"S0254/22", "DS0301/22"});
    auto similar = numbers_in(related->getArray("similar"));
    CHECK_FALSE(similar.empty());
    CHECK_FALSE(contains(similar, "A0105/22"));
    CHECK_FALSE(contains(similar, "S0254/22"));
    CHECK_FALSE(contains(similar, "DS0999/23"));
    CHECK(contains(similar, "I0276/23"));

    auto answer = f.server.get_json("/api/documents/" + f.id_of("2021/0900/1") + "/related");
    CHECK(numbers_in(answer->getArray("chain")) == std::vector<std::string>{"2021/0900"});
}

TEST_CASE("suggest completes words, numbers and titles of visible documents only",
          "[server][suggest]") {
    ServerFixture f;
    auto words = f.server.get_json("/api/suggest?q=Digi");
    CHECK(contains(strings_in(words->getArray("words")), "digitalisierung"));
    CHECK(words->getArray("titles")->size() >= 3);

    auto phrase = f.server.get_json("/api/suggest?q=" + url_encode("Sanierung Grund"));
    CHECK(contains(strings_in(phrase->getArray("words")), "Sanierung grundschule"));
    CHECK(numbers_in(phrase->getArray("titles")) == std::vector<std::string>{"VII/0680/24"});

    auto numbers = f.server.get_json("/api/suggest?q=S025");
    CHECK(strings_in(numbers->getArray("numbers")) == std::vector<std::string>{"S0254/22"});

    auto hidden = f.server.get_json("/api/suggest?q=Zauber");
    CHECK(hidden->getArray("words")->size() == 0);
    CHECK(hidden->getArray("titles")->size() == 0);
    CHECK(f.server.get_json("/api/suggest?q=DS099")->getArray("numbers")->size() == 0);
    CHECK(f.server.get("/api/suggest?q=x&limit=0").status == 400);
}

TEST_CASE("facets endpoint lists all facet values with counts", "[server][facets]") {
    ServerFixture f;
    auto answer = f.server.get_json("/api/facets");
    CHECK(answer->getValue<int>("total") == 11);
    auto facets = answer->getObject("facets");
    for (const char* name : {"type", "gremium", "amt", "year", "body", "signatory"}) {
        INFO(name);
        CHECK(facets->has(name));
    }
    auto gremien = facets->getArray("gremium");
    REQUIRE(gremien->size() > 0);
    CHECK(gremien->getObject(0)->getValue<std::string>("value") == "Stadtrat");
    CHECK(gremien->getObject(0)->getValue<int>("count") == 5);
}

TEST_CASE("health and metrics report the server and the index", "[server][metrics]") {
    ServerFixture f;
    auto health = f.server.get_json("/api/health");
    CHECK(health->getValue<std::string>("status") == "ok");
    CHECK(health->getValue<int>("documents") == 11);
    f.server.get("/api/search?q=Schule");
    f.server.get("/api/nothing");
    auto metrics = f.server.get("/metrics");
    CHECK(metrics.status == 200);
    CHECK(metrics.content_type.rfind("text/plain", 0) == 0);
    CHECK(metrics.body.find("ratsarchiv_requests_total{route=\"/api/search\",status=\"200\"} 1") !=
          std::string::npos);
    CHECK(metrics.body.find("status=\"404\"") != std::string::npos);
    CHECK(metrics.body.find("ratsarchiv_request_duration_seconds_bucket{le=\"+Inf\"}") !=
          std::string::npos);
    CHECK(metrics.body.find("ratsarchiv_index_size_bytes") != std::string::npos);
    CHECK(metrics.body.find("ratsarchiv_index_age_seconds") != std::string::npos);
}
