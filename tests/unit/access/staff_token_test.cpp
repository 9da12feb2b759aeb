// Staff tokens: salted hashes, constant-time matching over several entries, config parsing.
#include <catch2/catch.hpp>

#include "schema/errors.h"
#include "server/access/staff_authenticator.h"
#include "server/access/staff_token.h"
#include "support/temp_directory.h"

using namespace ratsarchiv;
using namespace ratsarchiv::server;

TEST_CASE("a token matches its own salted hash among several and nothing else", "[access]") {
    std::string alice = generate_token();
    std::string bob = generate_token();
    CHECK(alice != bob);
    CHECK(alice.size() >= 43);
    std::vector<TokenHash> hashes{parse_token_hash(hash_token(alice), "k"),
                                  parse_token_hash(hash_token(bob), "k")};
    CHECK(token_matches(alice, hashes));
    CHECK(token_matches(bob, hashes));
    CHECK_FALSE(token_matches(alice + "x", hashes));
    CHECK_FALSE(token_matches(alice.substr(1), hashes));
    CHECK_FALSE(token_matches("", hashes));
    CHECK_FALSE(token_matches(alice, {}));
}

TEST_CASE("the same token hashes differently with each salt", "[access]") {
    CHECK(hash_token("geheim") != hash_token("geheim"));
    std::vector<unsigned char> salt{1, 2, 3, 4};
    CHECK(hash_token_with_salt("geheim", salt) ==
          "sha256:01020304:" + hash_token_with_salt("geheim", salt).substr(16));
    CHECK(hash_token_with_salt("geheim", salt).size() == 16 + 64);
}

TEST_CASE("malformed token hash entries are config errors naming the key", "[access]") {
    auto entry = GENERATE(as<std::string>{}, "geheim", "sha256:zz:00", "md5:0102:00",
                          "sha256:0102:abcd", "sha256::" + std::string(64, 'a'));
    CHECK_THROWS_AS(parse_access_settings(entry, "", ""), ConfigError);
}

TEST_CASE("the authenticator accepts configured tokens and trusted proxies only", "[access]") {
    std::string token = generate_token();
    AccessSettings settings = parse_access_settings(hash_token("other") + ", " + hash_token(token),
                                                    "X-Staff-User", "10.0.0.5 ::1");
    StaffAuthenticator auth(settings);
    struct Case {
        std::string authorization, proxy_value, peer;
        bool staff;
    };
    auto c = GENERATE_COPY(values<Case>({
        {"Bearer " + token, "", "203.0.113.9", true},
        {"Bearer " + token + "x", "", "203.0.113.9", false},
        {"bearer " + token, "", "203.0.113.9", false},
        {token, "", "203.0.113.9", false},
        {"", "alice", "10.0.0.5", true},
        {"", "alice", "::ffff:10.0.0.5", true},
        {"", "alice", "::1", true},
        {"", "alice", "10.0.0.6", false},
        {"", "", "10.0.0.5", false},
        {"Bearer nope", "alice", "203.0.113.9", false},
    }));
    Audience audience = auth.authenticate(c.authorization, c.proxy_value, c.peer);
    CHECK(audience.staff == c.staff);
    CHECK(audience.who.empty() == !c.staff);
}

TEST_CASE("a proxy header without proxy addresses is a config error", "[access]") {
    CHECK_THROWS_AS(parse_access_settings("", "X-Staff-User", ""), ConfigError);
}

TEST_CASE("reloading revokes a removed token, and a broken config revokes all", "[access]") {
    std::string token = generate_token();
    std::string entries = hash_token(token);
    bool broken = false;
    StaffAuthenticator auth("", [&] {
        if (broken) {
            throw ConfigError("access.token_hashes", "broken");
        }
        return parse_access_settings(entries, "", "");
    });
    CHECK(auth.authenticate("Bearer " + token, "", "127.0.0.1").staff);
    entries = hash_token("someone else");
    CHECK(auth.reload());
    CHECK_FALSE(auth.authenticate("Bearer " + token, "", "127.0.0.1").staff);
    entries = hash_token(token);
    CHECK(auth.reload());
    CHECK(auth.authenticate("Bearer " + token, "", "127.0.0.1").staff);
    broken = true;
    CHECK_FALSE(auth.reload());
    CHECK_FALSE(auth.authenticate("Bearer " + token, "", "127.0.0.1").staff);
}

TEST_CASE("editing the server config file revokes and adds tokens without a restart", "[access]") {
    testing::TempDirectory dir;
    std::string token = generate_token();
    std::filesystem::path config = dir.path() / "server.properties";
    auto write_config = [&](const std::string& hashes) {
        testing::write_file(config, "db.path = " + dir.file("db") + "\n" +
                                        "access.token_hashes = " + hashes + "\n");
        // The next change must look newer even on a coarse file-system clock.
        static auto stamp = std::filesystem::file_time_type::clock::now();
        stamp += std::chrono::seconds(2);
        std::filesystem::last_write_time(config, stamp);
    };
    write_config(hash_token(token));
    auto auth =
        make_staff_authenticator({"--config", config.string()}, std::chrono::milliseconds(0));
    CHECK(auth->authenticate("Bearer " + token, "", "127.0.0.1").staff);

    write_config(hash_token("a colleague's token"));
    CHECK_FALSE(auth->authenticate("Bearer " + token, "", "127.0.0.1").staff);

    write_config(hash_token("a colleague's token") + "," + hash_token(token));
    CHECK(auth->authenticate("Bearer " + token, "", "127.0.0.1").staff);

    write_config("not-a-hash");
    CHECK_FALSE(auth->authenticate("Bearer " + token, "", "127.0.0.1").staff);
}
