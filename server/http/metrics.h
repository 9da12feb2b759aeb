// Request counters and a latency histogram for /metrics (Prometheus text format). Labels are
// route patterns and status codes only: never ids, queries or titles.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "server/index/shard_health.h"

namespace ratsarchiv::server {

/// Index figures shown next to the request metrics.
struct IndexGauges {
    std::uint64_t documents = 0;
    std::uint64_t disk_bytes = 0;
    double age_seconds = 0; ///< since the last commit
    std::vector<ShardState> shards;
};

/// Thread-safe request metrics.
class Metrics {
public:
    /// Records one request: its route pattern ("" for unknown routes), status and duration.
    void record(const std::string& route, int status, double seconds);
    /// The Prometheus text exposition.
    std::string render(const IndexGauges& index) const;

    /// Upper bounds (seconds) of the latency histogram buckets.
    static constexpr std::array<double, 11> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                     0.05,   0.1,   0.25,   0.5,   1.0};

private:
    mutable std::mutex mutex_;
    std::map<std::pair<std::string, int>, std::uint64_t> requests_;
    std::array<std::uint64_t, kBuckets.size()> bucket_counts_{};
    std::uint64_t count_ = 0;
    double sum_ = 0;
};

} // namespace ratsarchiv::server
