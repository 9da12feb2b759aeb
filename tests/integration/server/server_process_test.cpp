// The ratsarchiv-server executable as operators run it: starts on a free loopback port, answers,
// and exits 0 on SIGTERM after a graceful stop.
#include <catch2/catch.hpp>

#include <csignal>
#include <filesystem>

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>

#include "support/server_fixture.h"

using namespace ratsarchiv::testing;

TEST_CASE("ratsarchiv-server stops gracefully on SIGTERM", "[server][process]") {
    const std::string binary = RATSARCHIV_BINARY_DIR "/ratsarchiv-server";
    if (!std::filesystem::exists(binary)) {
        WARN("ratsarchiv-server is not built; build all targets to run this test");
        return;
    }
    TempDirectory dir;
    write_server_fixture_index(dir.file("db"));
    Poco::Pipe out;
    Poco::ProcessHandle process = Poco::Process::launch(
        binary, {"--db", dir.file("db"), "--port", "0", "--set", "log.access=false"}, nullptr, &out,
        nullptr);
    Poco::PipeInputStream stream(out);
    std::string line;
    std::getline(stream, line); // "ratsarchiv-server listening on http://127.0.0.1:PORT/"
    auto colon = line.rfind(':');
    REQUIRE(colon != std::string::npos);
    const auto port = static_cast<std::uint16_t>(std::stoi(line.substr(colon + 1)));

    auto answer = http_get(port, "/api/search?q=Digitalisierung&limit=1");
    CHECK(answer.status == 200);
    CHECK(answer.json()->getValue<int>("total") == 5);

    ::kill(process.id(), SIGTERM);
    CHECK(process.wait() == 0);
}
