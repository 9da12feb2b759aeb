// Keeps the OpenAPI document true: it is valid JSON served at /api/openapi.json, and every
// route of the route table, with every query and path parameter it accepts, is described.
#include <catch2/catch.hpp>

#include <set>

#include <Poco/JSON/Array.h>

#include "server/http/routes.h"
#include "support/server_fixture.h"

using namespace ratsarchiv;
using namespace ratsarchiv::testing;
using Poco::JSON::Object;

namespace {

// Parameter names of an operation, with $ref parameters resolved in components.
std::set<std::string> documented_parameters(const Object::Ptr& spec, const Object::Ptr& operation) {
    std::set<std::string> names;
    auto params = operation->getArray("parameters");
    if (!params) {
        return names;
    }
    auto components = spec->getObject("components")->getObject("parameters");
    for (std::size_t i = 0; i < params->size(); ++i) {
        auto p = params->getObject(i);
        if (p->has("$ref")) {
            std::string ref = p->getValue<std::string>("$ref");
            p = components->getObject(ref.substr(ref.rfind('/') + 1));
            REQUIRE(p);
        }
        names.insert(p->getValue<std::string>("name"));
    }
    return names;
}

std::string lower(std::string s) {
    for (auto& c : s) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return s;
}

} // namespace

TEST_CASE("the OpenAPI document describes every route and every parameter it accepts",
          "[server][openapi]") {
    ServerFixture f;
    auto answer = f.server.get("/api/openapi.json");
    REQUIRE(answer.status == 200);
    auto spec = answer.json();
    CHECK(spec->getValue<std::string>("openapi").rfind("3.", 0) == 0);
    auto paths = spec->getObject("paths");
    for (const auto& route : server::routes()) {
        INFO(route.method << " " << route.pattern);
        REQUIRE(paths->has(route.pattern));
        auto operation = paths->getObject(route.pattern)->getObject(lower(route.method));
        REQUIRE(operation);
        auto documented = documented_parameters(spec, operation);
        for (const auto& name : route.parameters) {
            INFO("query parameter " << name);
            CHECK(documented.count(name) == 1);
        }
        for (std::size_t at = route.pattern.find('{'); at != std::string::npos;
             at = route.pattern.find('{', at + 1)) {
            std::string name = route.pattern.substr(at + 1, route.pattern.find('}', at) - at - 1);
            INFO("path parameter " << name);
            CHECK(documented.count(name) == 1);
        }
    }
    // Nothing documented that the server does not serve.
    for (const auto& [path, value] : *paths) {
        INFO(path);
        bool served = false;
        for (const auto& route : server::routes()) {
            served = served || route.pattern == path;
        }
        CHECK(served);
    }
}
