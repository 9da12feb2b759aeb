// What the OParl tests share: the leak-test archive (public, non-public and partly non-public
// documents, tests/data/leak/) indexed with its visibility rules, a server over an index that
// knows a staff token, an archive served so, the harvester, and the schema validator run on a
// directory.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "indexer/indexing_run.h"
#include "schema/visibility.h"
#include "server/access/staff_authenticator.h"
#include "server/config/server_config.h"
#include "support/temp_directory.h"
#include "support/test_server.h"
#include "tools/oparl-harvest/oparl_harvester.h"

namespace ratsarchiv::testing::oparl {

inline const std::string kStaffToken = "oparl-test-staff-token-51c2";

inline std::string leak_archive() {
    return (source_dir() / "tests/data/leak").string();
}

/// Indexes `paths` into `db` with the leak archive's visibility rules.
inline void index_with_rules(const std::string& db, const std::vector<std::string>& paths) {
    indexer::IndexingOptions options;
    options.db_path = db;
    options.paths = paths;
    options.policy = schema::load_visibility_policy(leak_archive() + "/visibility.conf");
    options.threads = 1;
    indexer::run_indexing(options, {});
}

/// A server over `db` that knows kStaffToken.
inline std::unique_ptr<TestServer> oparl_server(const std::string& db,
                                                std::map<std::string, std::string> settings = {}) {
    server::ServerConfig config;
    config.set("access.token_hashes", server::hash_token(kStaffToken));
    settings["access.token_hashes"] = config.get_string("access.token_hashes");
    return std::make_unique<TestServer>(
        db, settings,
        std::make_unique<server::StaffAuthenticator>(server::access_settings(config)));
}

inline std::map<std::string, std::string> staff_headers() {
    return {{"Authorization", "Bearer " + kStaffToken}};
}

/// An archive written below a temporary directory, indexed with the leak archive's visibility
/// rules and served knowing the staff token: what the council API tests build theirs on.
struct ServedArchive {
    /// Indexes `root` (below dir) and starts the server on it.
    void serve(const std::filesystem::path& root) {
        index_with_rules(dir.file("db"), {root.string()});
        server = oparl_server(dir.file("db"));
    }
    /// GET `path`, as staff where `staff`.
    HttpAnswer get(const std::string& path, bool staff = false) const {
        return http_get(server->port(), path,
                        staff ? staff_headers() : std::map<std::string, std::string>{});
    }
    TempDirectory dir;
    std::unique_ptr<TestServer> server;
};

inline std::string system_url(const TestServer& server) {
    return "http://127.0.0.1:" + std::to_string(server.port()) + "/oparl/v1.1/";
}

/// Harvests `server` into `out` (with its list pages), as staff or anonymous.
inline tools::HarvestSummary harvest(const TestServer& server, const std::string& out, bool staff) {
    tools::HarvestOptions options;
    options.system_url = system_url(server);
    options.out = out;
    options.bearer = staff ? kStaffToken : "";
    options.keep_pages = true;
    return tools::OParlHarvester(options).run();
}

/// Runs tests/oparl/validate_oparl.py over `dir`; its report goes to `report`. True when valid.
inline bool schemas_accept(const std::string& dir, const std::string& report) {
    const std::string command =
        "python3 '" + (source_dir() / "tests/oparl/validate_oparl.py").string() + "' '" +
        (shared_dir() / "oparl-1.1/schema").string() + "' '" + dir + "' > '" + report + "' 2>&1";
    return std::system(command.c_str()) == 0;
}

} // namespace ratsarchiv::testing::oparl
