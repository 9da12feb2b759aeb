// Route matching over the route table.
#include <catch2/catch.hpp>

#include "server/http/routes.h"

using namespace ratsarchiv::server;

TEST_CASE("routes match paths and extract {name} segments", "[server][routes]") {
    auto [method, path, pattern, id] =
        GENERATE(table<std::string, std::string, std::string, std::string>({
            {"GET", "/api/search", "/api/search", ""},
            {"GET", "/api/documents/abc123", "/api/documents/{id}", "abc123"},
            {"GET", "/api/documents/abc123/related", "/api/documents/{id}/related", "abc123"},
            {"GET", "/api/documents/", "", ""},
            {"GET", "/api/documents/a/b", "", ""},
            {"GET", "/api/searchx", "", ""},
            {"POST", "/api/search", "", ""},
        }));
    INFO(method << " " << path);
    std::map<std::string, std::string> params;
    const Route* route = match_route(method, path, params);
    if (pattern.empty()) {
        CHECK(route == nullptr);
    } else {
        REQUIRE(route != nullptr);
        CHECK(route->pattern == pattern);
        CHECK((id.empty() ? params.count("id") == 0 : params.at("id") == id));
    }
}
