// Construction of the shared server state from the configuration.
#include "server/http/server_state.h"

namespace ratsarchiv::server {

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
      searcher(analyzer, query_limits(config)),
      pool(config.get_string("db.path"),
           std::chrono::milliseconds(config.get_int("db.reopen_check_ms"))) {
    auto lease = pool.acquire();
    searcher.warm_up(lease.db());
}

} // namespace ratsarchiv::server
