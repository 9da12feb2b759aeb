// Read replicas with Xapian's own replication (xapian-replicate-server on the master's index
// directory, xapian-replicate for each part of the replica): the server reading the replica
// serves a document added on the master once the replica has caught up, without a restart.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include <Poco/JSON/Array.h>

#include "schema/errors.h"
#include "schema/index_layout.h"
#include "server/access/staff_authenticator.h"
#include "server/access/staff_token.h"
#include "server/config/server_config.h"
#include "server/http/http_server.h"
#include "server/index/database_pool.h"
#include "support/loopback_port.h"
#include "support/temp_directory.h"
#include "support/test_index.h"
#include "support/test_server.h"
#include "tools/common/child_process.h"

using namespace ratsarchiv;
using ratsarchiv::testing::council_file;
namespace fs = std::filesystem;

namespace {
// One catch-up of every part of the replica (xapian-replicate --one-shot); true when all
// succeeded. The master server may take a moment to listen, so each part is tried a few times.
bool replicate(std::uint16_t port, const fs::path& replica,
               const std::vector<std::string_view>& parts = {schema::kPublicPart,
                                                             schema::kRestrictedPart}) {
    for (std::string_view part : parts) {
        bool done = false;
        for (int attempt = 0; attempt < 50 && !done; ++attempt) {
            tools::ChildProcess client({"/usr/bin/xapian-replicate", "-h", "127.0.0.1", "-p",
                                        std::to_string(port), "-m", std::string(part), "-o", "-r",
                                        "0", "-q", (replica / part).string()},
                                       "/dev/null", "");
            done = client.wait().code == 0;
            if (!done) {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        }
        if (!done) {
            return false;
        }
    }
    return true;
}

// A master index directory, its council files, and xapian-replicate-server serving it.
struct Master {
    testing::TempDirectory dir;
    fs::path files = dir.path() / "files";
    fs::path index = dir.path() / "master";
    std::uint16_t port = testing::unused_port();
    std::unique_ptr<tools::ChildProcess> server;

    void start_server() {
        server = std::make_unique<tools::ChildProcess>(
            std::vector<std::string>{"/usr/bin/xapian-replicate-server", "-I", "127.0.0.1", "-p",
                                     std::to_string(port), index.string()},
            "/dev/null", "",
            // It ends by signalling its whole process group: its own.
            [] { ::setpgid(0, 0); });
        REQUIRE(server->started());
    }
    ~Master() {
        if (server) {
            server->kill(SIGTERM);
            server->wait();
        }
    }
};

std::size_t total_for(const testing::TestServer& server, const std::string& q) {
    auto answer = server.get_json("/api/search?limit=10&facets=false&q=" + testing::url_encode(q));
    return answer->getValue<std::size_t>("total");
}
} // namespace

TEST_CASE("a read replica made by xapian-replicate catches up with the master and is served",
          "[replication]") {
    if (!fs::exists("/usr/bin/xapian-replicate") ||
        !fs::exists("/usr/bin/xapian-replicate-server")) {
        FAIL("xapian-tools is not installed (tools/scripts/install-deps.sh installs it)");
    }
    Master m;
    const fs::path replica = m.dir.path() / "replica";
    testing::write_file(m.files / "1.txt", council_file("2025/0001", "Uferweg am Altrhein",
                                                        "Der Uferweg wird neu gepflastert."));
    testing::write_file(m.files / "2.txt", council_file("2025/0002", "Spielplatz Weiherfeld",
                                                        "Der Spielplatz erhält neue Geräte."));
    REQUIRE(testing::index_council_files(m.index.string(), {m.files.string()}) == 2);
    m.start_server();
    fs::create_directories(replica);
    REQUIRE(replicate(m.port, replica));
    schema::write_index_stub(replica.string());

    testing::TestServer server(replica.string());
    CHECK(total_for(server, "Uferweg") == 1);
    CHECK(total_for(server, "Spielplatz") == 1);
    CHECK(total_for(server, "Stadtbibliothek") == 0);

    // A new document on the master (an incremental run), then the replica catches up.
    testing::write_file(m.files / "3.txt",
                        council_file("2025/0003", "Sanierung der Stadtbibliothek",
                                     "Die Stadtbibliothek wird saniert."));
    REQUIRE(testing::index_council_files(m.index.string(), {m.files.string()}) >= 1);
    CHECK(total_for(server, "Stadtbibliothek") == 0); // the replica has not caught up yet
    REQUIRE(replicate(m.port, replica));
    CHECK(total_for(server, "Stadtbibliothek") == 1);
    CHECK(total_for(server, "Uferweg") == 1);

    // With changesets kept by the master's writer (XAPIAN_MAX_CHANGESETS, read by Xapian when
    // the indexer opens the index), the replica catches up in place instead of by a new copy.
    ::setenv("XAPIAN_MAX_CHANGESETS", "10", 1);
    testing::write_file(m.files / "4.txt", council_file("2025/0004", "Radweg an der Alb",
                                                        "Der Radweg wird verbreitert."));
    REQUIRE(testing::index_council_files(m.index.string(), {m.files.string()}) >= 1);
    testing::write_file(m.files / "5.txt", council_file("2025/0005", "Brunnen am Marktplatz",
                                                        "Der Brunnen wird restauriert."));
    REQUIRE(testing::index_council_files(m.index.string(), {m.files.string()}) >= 1);
    ::unsetenv("XAPIAN_MAX_CHANGESETS");
    REQUIRE(replicate(m.port, replica)); // whatever it takes: a copy or changesets
    auto copy_in_use = [&] { return server::part_identity((replica / "public").string()); };
    const std::string copy = copy_in_use();
    testing::write_file(m.files / "6.txt", council_file("2025/0006", "Baumpflanzungen in Durlach",
                                                        "Neue Bäume für Durlach."));
    ::setenv("XAPIAN_MAX_CHANGESETS", "10", 1);
    REQUIRE(testing::index_council_files(m.index.string(), {m.files.string()}) >= 1);
    ::unsetenv("XAPIAN_MAX_CHANGESETS");
    REQUIRE(replicate(m.port, replica));
    CHECK(copy_in_use() == copy); // changesets applied to the same copy
    CHECK(total_for(server, "Baumpflanzungen") == 1);
    CHECK(total_for(server, "Brunnen") == 1);
}

TEST_CASE("a public mirror replicates the public part alone and answers everybody from it",
          "[replication]") {
    Master m;
    const fs::path mirror = m.dir.path() / "mirror";
    testing::write_file(m.files / "1.txt", council_file("2025/0011", "Uferweg am Altrhein",
                                                        "Der Uferweg wird neu gepflastert."));
    testing::write_file(m.files / "2.txt",
                        "Vorlage Nr. 2025/0012\nÖffentlichkeitsstatus nichtöffentlich\n\n"
                        "Betreff: Grundstücksankauf Knielingen\n\nDer Kaufpreis beträgt.\n");
    REQUIRE(testing::index_council_files(m.index.string(), {m.files.string()}) == 2);

    m.start_server();
    fs::create_directories(mirror);
    REQUIRE(replicate(m.port, mirror, {schema::kPublicPart}));
    CHECK_FALSE(fs::exists(mirror / "restricted")); // the non-public document is not here

    const std::string token = "mirror-test-staff-token";
    auto start = [&](bool public_only) {
        server::ServerConfig config;
        config.set("db.path", mirror.string());
        config.set("db.public_only", public_only ? "true" : "false");
        config.set("server.port", "0");
        config.set("server.threads", "2");
        config.set("log.access", "false");
        config.set("access.token_hashes", server::hash_token(token));
        return std::make_unique<server::HttpServer>(
            config, std::make_unique<server::StaffAuthenticator>(server::access_settings(config)));
    };
    // Without the setting the server refuses an index without its restricted part.
    CHECK_THROWS_AS(start(false), ConfigError);

    auto http = start(true);
    auto total = [&](const std::string& q, bool staff) {
        std::map<std::string, std::string> headers;
        if (staff) {
            headers["Authorization"] = "Bearer " + token;
        }
        auto answer =
            testing::http_get(http->port(), "/api/search?q=" + testing::url_encode(q), headers);
        REQUIRE(answer.status == 200);
        return answer.json()->getValue<std::size_t>("total");
    };
    CHECK(total("Uferweg", false) == 1);
    CHECK(total("Uferweg", true) == 1); // staff are answered as anonymous users here
    CHECK(total("Grundstücksankauf", false) == 0);
    CHECK(total("Grundstücksankauf", true) == 0);
    http->stop();
}
