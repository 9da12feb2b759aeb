// What every request handler shares: configuration, the database pools, the analyzer, the
// searcher, the metrics and the authenticator. Built once at start.
#pragma once

#include <chrono>
#include <memory>

#include "schema/analysis/german_analyzer.h"
#include "server/config/server_config.h"
#include "server/council/people_directory.h"
#include "server/council/session_directory.h"
#include "server/http/authenticator.h"
#include "server/http/metrics.h"
#include "server/index/database_pool.h"
#include "server/oparl/archive_catalog.h"
#include "server/search/searcher.h"

namespace ratsarchiv::server {

/// Shared, thread-safe server state.
struct ServerState {
    ServerState(ServerConfig config, std::unique_ptr<Authenticator> authenticator);

    ServerConfig config;
    std::unique_ptr<Authenticator> authenticator;
    /// A public mirror (db.public_only): no restricted part, and nobody is staff, since staff
    /// queries leave out the public views of partly restricted documents whose full versions
    /// are not there.
    const bool public_only;
    analysis::GermanAnalyzer analyzer;
    Searcher searcher;
    /// The shards of the archive (db.shards, or db.path as the one shard) and which of them
    /// answer.
    ShardHealth shards;
    /// The public parts of the shards (schema/index_layout.h): all anonymous requests read them.
    DatabasePool public_pool;
    /// Both parts of every shard as one database: staff requests read it.
    DatabasePool staff_pool;
    Metrics metrics;
    /// The OParl catalog (bodies, organizations, meetings) of each view and revision.
    oparl::CatalogCache oparl_catalogs;
    /// Sessions and committees (server/council/) of each view and revision.
    council::SessionDirectoryCache session_directories;
    /// People and groups (server/council/people_directory.h) of each view and revision.
    council::PeopleDirectoryCache people_directories;
    std::chrono::system_clock::time_point started = std::chrono::system_clock::now();
};

/// The query limits of a configuration.
QueryLimits query_limits(const ServerConfig& config);

} // namespace ratsarchiv::server
