// Server configuration: defaults, properties file, environment, flags, validation.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "schema/errors.h"
#include "server/config/server_config.h"
#include "support/temp_directory.h"

using namespace ratsarchiv;
using namespace ratsarchiv::server;

TEST_CASE("defaults listen on loopback port 8080", "[server][config]") {
    ServerConfig config;
    CHECK(config.get_string("server.bind") == "127.0.0.1");
    CHECK(config.get_int("server.port") == 8080);
    CHECK(config.get_bool("log.access"));
    CHECK_THROWS_AS(config.validate(), ConfigError); // db.path is required
}

TEST_CASE("file, then environment, then flags: later layers win", "[server][config]") {
    testing::TempDirectory dir;
    std::ofstream(dir.file("server.properties")) << "# comment\n"
                                                    "db.path = /srv/index\n"
                                                    "server.port = 9000\n"
                                                    "server.threads = 3\n"
                                                    "limits.query_length: 500\n";
    ::setenv("RATSARCHIV_SERVER_PORT", "9100", 1);
    ::setenv("RATSARCHIV_SERVER_THREADS", "5", 1);
    ServerConfig config = load_server_config(
        {"--config", dir.file("server.properties"), "--port", "9200", "--set", "log.access=false"});
    ::unsetenv("RATSARCHIV_SERVER_PORT");
    ::unsetenv("RATSARCHIV_SERVER_THREADS");
    CHECK(config.get_string("db.path") == "/srv/index");
    CHECK(config.get_int("limits.query_length") == 500);
    CHECK(config.get_int("server.threads") == 5);
    CHECK(config.get_int("server.port") == 9200);
    CHECK_FALSE(config.get_bool("log.access"));
}

TEST_CASE("unknown keys and invalid values are rejected naming the key", "[server][config]") {
    auto [key, value] = GENERATE(table<std::string, std::string>({
        {"server.colour", "blue"},
        {"server.port", "http"},
        {"server.port", "70000"},
        {"server.threads", "0"},
        {"log.access", "yes"},
    }));
    ServerConfig config;
    try {
        config.set(key, value);
        FAIL("accepted " << key << "=" << value);
    } catch (const ConfigError& e) {
        CHECK(e.key() == key);
    }
}

TEST_CASE("unknown flags and unknown keys in a file are rejected", "[server][config]") {
    testing::TempDirectory dir;
    std::ofstream(dir.file("bad.properties")) << "db.path = x\nsurprise = 1\n";
    CHECK_THROWS_AS(load_server_config({"--db", "x", "--verbose", "1"}), ConfigError);
    CHECK_THROWS_AS(load_server_config({"--config", dir.file("bad.properties")}), ConfigError);
    CHECK_THROWS_AS(load_server_config({"--db"}), ConfigError);
    CHECK(ServerConfig::environment_name("limits.page_depth") == "RATSARCHIV_LIMITS_PAGE_DEPTH");
}
