// Idle keep-alive connections must not starve other clients: each idle connection holds a worker
// thread while the server waits for its next request, so a browser's six connections once
// blocked every worker and a further client waited Poco's 15 s keep-alive timeout.
#include <catch2/catch.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include "server/config/server_config.h"
#include "support/server_fixture.h"

using namespace ratsarchiv;
using namespace ratsarchiv::testing;

namespace {

// Opens `n` keep-alive connections and completes one request on each, so that each is left
// open and idle on the server side.
std::vector<std::unique_ptr<Poco::Net::HTTPClientSession>> idle_connections(std::uint16_t port,
                                                                            int n) {
    std::vector<std::unique_ptr<Poco::Net::HTTPClientSession>> sessions;
    for (int i = 0; i < n; ++i) {
        auto session = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", port);
        session->setKeepAlive(true);
        session->setTimeout(Poco::Timespan(30, 0));
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/api/health",
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        request.setKeepAlive(true);
        session->sendRequest(request);
        Poco::Net::HTTPResponse response;
        std::string body;
        Poco::StreamCopier::copyToString(session->receiveResponse(response), body);
        REQUIRE(response.getStatus() == Poco::Net::HTTPResponse::HTTP_OK);
        REQUIRE(response.getKeepAlive());
        sessions.push_back(std::move(session));
    }
    return sessions;
}

// Seconds one fresh search request takes to be answered.
double seconds_to_answer(std::uint16_t port) {
    const auto start = std::chrono::steady_clock::now();
    HttpAnswer answer = http_get(port, "/api/search?q=Digitalisierung");
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    REQUIRE(answer.status == 200);
    return took.count();
}

std::string default_of(std::string_view key) {
    for (const auto& k : server::config_keys()) {
        if (k.key == key) {
            return std::string(k.default_value);
        }
    }
    throw std::logic_error("no config key " + std::string(key));
}

} // namespace

TEST_CASE("with default settings a ninth client is answered while eight keep-alive connections "
          "sit idle",
          "[server][keep-alive]") {
    TempDir dir;
    write_server_fixture_index(dir.file("db"));
    // The test server runs 4 threads unless told otherwise; this is about the shipped defaults.
    TestServer server(dir.file("db"), {{"server.threads", default_of("server.threads")},
                                       {"server.keep_alive_timeout_ms",
                                        default_of("server.keep_alive_timeout_ms")}});
    auto held = idle_connections(server.port(), 8);
    // Far below the keep-alive timeout: the answer must not wait for an idle connection to end.
    CHECK(seconds_to_answer(server.port()) < 1.0);
}

TEST_CASE("when idle keep-alive connections hold every worker, the next client waits only the "
          "keep-alive timeout",
          "[server][keep-alive]") {
    TempDir dir;
    write_server_fixture_index(dir.file("db"));
    TestServer server(dir.file("db"),
                      {{"server.threads", "2"}, {"server.keep_alive_timeout_ms", "300"}});
    auto held = idle_connections(server.port(), 2);
    // Both workers wait on idle connections; the bound is the 300 ms timeout plus slack, far
    // from Poco's 15 s default.
    CHECK(seconds_to_answer(server.port()) < 5.0);
}
