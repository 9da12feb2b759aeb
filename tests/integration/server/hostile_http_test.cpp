// Hostile HTTP against the real server on a loopback port: malformed and oversized requests get
// a bounded 4xx or a closed connection, and connections that hold the server (slowloris, silent
// ones, more than there are workers) leave a well-behaved client answered at once.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>

#include "support/server_fixture.h"
#include "tools/common/raw_http.h"

using namespace ratsarchiv;
using namespace std::chrono_literals;

namespace {
struct SmallServer {
    testing::TempDirectory dir;
    std::vector<CouncilDocument> docs = testing::write_server_fixture_index(dir.file("db"));
    // Two workers, so a handful of bad clients would be enough to starve a thread-per-
    // connection server; short timeouts so the test sees them run out.
    testing::TestServer server{dir.file("db"),
                               {{"server.threads", "2"},
                                {"server.request_timeout_ms", "600"},
                                {"server.keep_alive_timeout_ms", "300"}}};
};
} // namespace

TEST_CASE("malformed and oversized requests get a bounded 4xx or a closed connection",
          "[server][hostile]") {
    SmallServer s;
    for (const auto& c : tools::hostile_cases()) {
        const tools::RawAnswer a = tools::send_raw(s.server.port(), c.request, 5000ms);
        INFO(c.name << ": status " << a.status << ", " << a.seconds << " s\n" << a.head);
        CHECK_FALSE(a.timed_out);
        CHECK(std::find(c.accepted.begin(), c.accepted.end(), a.status) != c.accepted.end());
        if (a.status == 400 && a.head.find("application/json") != std::string::npos) {
            CHECK(a.body.find("\"error\"") != std::string::npos);
        }
    }
    // Still serving.
    CHECK(tools::send_raw(s.server.port(), tools::get_request("/api/health")).status == 200);
}

TEST_CASE("a request head that does not arrive in time gets 408, a silent connection is closed",
          "[server][hostile]") {
    SmallServer s;
    const int silent = tools::connect_loopback(s.server.port());
    const auto dribbled =
        tools::send_raw(s.server.port(), "GET /api/health HTTP/1.1\r\nHo", 3000ms);
    CHECK(dribbled.status == 408);
    CHECK(dribbled.seconds < 2.0);
    char byte = 0;
    pollfd p{silent, POLLIN, 0};
    REQUIRE(::poll(&p, 1, 3000) == 1);
    CHECK(::recv(silent, &byte, 1, 0) == 0); // closed by the server
    ::close(silent);
}

TEST_CASE("slowloris and silent connections, far more than workers, do not hold up other "
          "clients",
          "[server][hostile]") {
    SmallServer s;
    tools::HoldingClients slow(s.server.port(), 50, true, 100ms);
    tools::HoldingClients silent(s.server.port(), 200, false);
    REQUIRE(slow.connected() == 50);
    REQUIRE(silent.connected() == 200);
    const tools::ProbeResult probe =
        tools::probe_latency(s.server.port(), "/api/search?q=Radverkehr", 1500ms);
    INFO(probe.latencies.size() << " requests, p99 " << probe.quantile(0.99) << " s");
    CHECK(probe.failures == 0);
    CHECK(probe.latencies.size() > 20);
    CHECK(probe.quantile(0.99) < 0.5); // a thread-per-connection server: no answer at all
}
