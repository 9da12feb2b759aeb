// Construction of the shared server state from the configuration.
#include "server/http/server_state.h"

#include "schema/errors.h"
#include "schema/index_layout.h"

namespace ratsarchiv::server {

namespace {
// The index directory of the configuration, refused when it is not of the two-part layout: an
// index without a public part of its own would answer anonymous users from everything.
std::string index_path(const ServerConfig& config) {
    std::string path = config.get_string("db.path");
    if (!schema::has_index_layout(path)) {
        throw ConfigError("db.path", path + " is not a ratsarchiv index with public and "
                                            "restricted parts (build it with ratsarchiv-index)");
    }
    return path;
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
      searcher(analyzer, query_limits(config)), index_dir(index_path(config)),
      public_pool("public", {schema::public_part(index_dir)},
                  std::chrono::milliseconds(config.get_int("db.reopen_check_ms"))),
      staff_pool("staff", {schema::public_part(index_dir), schema::restricted_part(index_dir)},
                 std::chrono::milliseconds(config.get_int("db.reopen_check_ms"))) {
    for (DatabasePool* pool : {&public_pool, &staff_pool}) {
        auto lease = pool->acquire();
        searcher.warm_up(lease.db(), lease.revision_key());
    }
}

} // namespace ratsarchiv::server
