// Construction of the shared server state from the configuration.
#include "server/http/server_state.h"

#include <filesystem>

#include "schema/errors.h"
#include "schema/index_layout.h"

namespace ratsarchiv::server {

namespace fs = std::filesystem;

namespace {
// The index directory of the configuration, refused when it is not of the two-part layout: an
// index without a public part of its own would answer anonymous users from everything.
std::string index_path(const ServerConfig& config, bool public_only) {
    std::string path = config.get_string("db.path");
    if (public_only) {
        if (!fs::is_directory(schema::public_part(path))) {
            throw ConfigError("db.path",
                              path + " has no public part (" + schema::public_part(path) + ")");
        }
        return path;
    }
    if (!schema::has_index_layout(path)) {
        throw ConfigError("db.path", path + " is not a ratsarchiv index with public and "
                                            "restricted parts (build it with ratsarchiv-index)");
    }
    return path;
}
// The parts staff requests read: both, or on a public mirror the public part alone.
std::vector<std::string> staff_parts(bool public_only, const std::string& index_dir) {
    if (public_only) {
        return {schema::public_part(index_dir)};
    }
    return {schema::public_part(index_dir), schema::restricted_part(index_dir)};
}

} // namespace

QueryLimits query_limits(const ServerConfig& config) {
    QueryLimits limits;
    limits.max_length = static_cast<std::size_t>(config.get_int("limits.query_length"));
    limits.max_clauses = static_cast<std::size_t>(config.get_int("limits.query_terms"));
    limits.max_expansion =
        static_cast<Xapian::termcount>(config.get_int("limits.wildcard_expansion"));
    return limits;
}

ServerState::ServerState(ServerConfig config_in, std::unique_ptr<Authenticator> auth)
    : config(std::move(config_in)),
      authenticator(auth ? std::move(auth) : std::make_unique<AnonymousAuthenticator>()),
      public_only(config.get_bool("db.public_only")), searcher(analyzer, query_limits(config)),
      index_dir(index_path(config, public_only)),
      public_pool("public", {schema::public_part(index_dir)},
                  std::chrono::milliseconds(config.get_int("db.reopen_check_ms"))),
      staff_pool("staff", staff_parts(public_only, index_dir),
                 std::chrono::milliseconds(config.get_int("db.reopen_check_ms"))) {
    for (DatabasePool* pool : {&public_pool, &staff_pool}) {
        auto lease = pool->acquire();
        searcher.warm_up(lease.db(), lease.revision_key());
    }
}

} // namespace ratsarchiv::server
