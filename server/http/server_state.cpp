// Construction of the shared server state from the configuration.
#include "server/http/server_state.h"

#include <filesystem>

#include "schema/errors.h"
#include "schema/index_layout.h"

namespace ratsarchiv::server {

namespace fs = std::filesystem;

namespace {
// A local index directory, refused when it is not of the two-part layout: an index without a
// public part of its own would answer anonymous users from everything.
void check_index_layout(const std::string& key, const std::string& path, bool public_only) {
    if (public_only) {
        if (!fs::is_directory(schema::public_part(path))) {
            throw ConfigError(key,
                              path + " has no public part (" + schema::public_part(path) + ")");
        }
        return;
    }
    if (!schema::has_index_layout(path)) {
        throw ConfigError(key, path + " is not a ratsarchiv index with public and restricted "
                                      "parts (build it with ratsarchiv-index)");
    }
}

// The shards of the configuration. On a public mirror no restricted part is read: nobody is
// staff there.
std::vector<ShardSpec> configured_shards(const ServerConfig& config, bool public_only) {
    const std::string& path = config.get_string("db.path");
    if (!path.empty()) {
        check_index_layout("db.path", path, public_only);
        return {local_index_shard("main", path, public_only)};
    }
    std::vector<ShardSpec> shards = parse_shard_specs(config.get_string("db.shards"));
    for (auto& shard : shards) {
        if (public_only) {
            shard.restricted_part.reset();
        } else if (!shard.restricted_part) {
            throw ConfigError("db.shards", "shard " + shard.name +
                                               " has no restricted part (or set db.public_only)");
        }
    }
    return shards;
}

RemoteTimeouts remote_timeouts(const ServerConfig& config) {
    const auto ms = static_cast<unsigned>(config.get_int("db.shard_timeout_ms"));
    return RemoteTimeouts{ms, ms};
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
      shards(configured_shards(config, public_only),
             std::chrono::milliseconds(config.get_int("db.shard_retry_ms"))),
      public_pool("public", shards, false,
                  std::chrono::milliseconds(config.get_int("db.reopen_check_ms")),
                  remote_timeouts(config)),
      staff_pool("staff", shards, !public_only,
                 std::chrono::milliseconds(config.get_int("db.reopen_check_ms")),
                 remote_timeouts(config)) {
    for (DatabasePool* pool : {&public_pool, &staff_pool}) {
        auto lease = pool->acquire();
        searcher.warm_up(lease.db(), SearchView{lease.revision_key(), lease.remote()});
    }
}

} // namespace ratsarchiv::server
