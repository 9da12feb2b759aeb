// The ratsarchiv-server executable as operators run it: starts on a free loopback port, answers,
// and exits 0 on SIGTERM after a graceful stop; started for a test, it ends with its parent.
#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <thread>

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>

#include "support/server_fixture.h"

using namespace ratsarchiv::testing;

namespace {
const std::string kServerBinary = RATSARCHIV_BINARY_DIR "/ratsarchiv-server";

// The port from the server's first line: "ratsarchiv-server listening on http://127.0.0.1:PORT/".
std::uint16_t listening_port(Poco::Pipe& out) {
    Poco::PipeInputStream stream(out);
    std::string line;
    std::getline(stream, line);
    auto colon = line.rfind(':');
    REQUIRE(colon != std::string::npos);
    return static_cast<std::uint16_t>(std::stoi(line.substr(colon + 1)));
}

// Writes the fixture index into `dir`; false (with a warning) when the executable is not built.
bool index_for_built_server(const TempDirectory& dir) {
    if (!std::filesystem::exists(kServerBinary)) {
        WARN("ratsarchiv-server is not built; build all targets to run this test");
        return false;
    }
    write_server_fixture_index(dir.file("db"));
    return true;
}
} // namespace

TEST_CASE("ratsarchiv-server stops gracefully on SIGTERM", "[server][process]") {
    TempDirectory dir;
    if (!index_for_built_server(dir)) {
        return;
    }
    Poco::Pipe out;
    Poco::ProcessHandle process =
        Poco::Process::launch(kServerBinary,
                              {"--db", dir.file("db"), "--port", "0", "--set", "log.access=false",
                               "--set", "server.stop_with_parent=true"},
                              nullptr, &out, nullptr);
    const auto port = listening_port(out);

    auto answer = http_get(port, "/api/search?q=Digitalisierung&limit=1");
    CHECK(answer.status == 200);
    CHECK(answer.json()->getValue<int>("total") == 5);

    ::kill(process.id(), SIGTERM);
    CHECK(process.wait() == 0);
}

TEST_CASE("ratsarchiv-server with server.stop_with_parent stops when its parent ends",
          "[server][process]") {
    TempDirectory dir;
    if (!index_for_built_server(dir)) {
        return;
    }
    // A shell stands for a test runner that dies without stopping its server.
    Poco::Pipe out;
    Poco::ProcessHandle shell = Poco::Process::launch(
        "/bin/sh",
        {"-c",
         "\"$0\" --db \"$1\" --port 0 --set log.access=false --set server.stop_with_parent=true "
         "& wait",
         kServerBinary, dir.file("db")},
        nullptr, &out, nullptr);
    const auto port = listening_port(out);
    CHECK(http_get(port, "/api/health").status == 200);

    Poco::Process::kill(shell); // SIGKILL: the runner gets no chance to stop anything
    shell.wait();
    bool stopped = false;
    for (int attempt = 0; attempt < 100 && !stopped; ++attempt) {
        try {
            http_get(port, "/api/health");
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        } catch (const Poco::Exception&) {
            stopped = true; // the listening socket is closed
        }
    }
    CHECK(stopped);
}
