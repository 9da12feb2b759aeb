// Which databases of the shards answer, shared by the pools of both audiences. A database that
// failed (refused, timed out, broke off) is left out of new views until its retry time; then
// one request tries it again while the others go on without it, so a shard that is down or hung
// costs one timeout per retry interval, not one per request.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "server/index/shard_spec.h"

namespace ratsarchiv::server {

/// The state of one shard as /api/health and /metrics show it.
struct ShardState {
    std::string name;
    bool up = true;
    bool remote = false;
    std::string error;           ///< why its last failed database failed; "" when up
    std::int64_t down_since = 0; ///< unix seconds; 0 when up
};

class ShardHealth {
public:
    ShardHealth(std::vector<ShardSpec> shards, std::chrono::milliseconds retry_after);

    const std::vector<ShardSpec>& shards() const { return shards_; }

    /// True when the database at `location` is to be opened now: it is up, or down and its retry
    /// time has come (then the retry is claimed: other callers skip it until the next one).
    bool claim(const ShardLocation& location);
    /// True when one of `locations` is down and its retry time has come (claims nothing).
    bool retry_due(const std::vector<const ShardLocation*>& locations) const;
    void mark_up(const ShardLocation& location);
    void mark_down(const ShardLocation& location, const std::string& why);

    /// Every shard, in configuration order.
    std::vector<ShardState> states() const;

private:
    struct Entry {
        bool up = true;
        std::string error;
        std::chrono::system_clock::time_point down_since;
        std::chrono::steady_clock::time_point retry_at;
    };

    std::vector<ShardSpec> shards_;
    std::chrono::milliseconds retry_after_;
    mutable std::mutex mutex_;
    std::map<std::string, Entry> entries_; ///< by ShardLocation::text()
};

} // namespace ratsarchiv::server
