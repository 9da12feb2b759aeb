// Up and down states of the shards' databases.
#include "server/index/shard_health.h"

namespace ratsarchiv::server {

ShardHealth::ShardHealth(std::vector<ShardSpec> shards, std::chrono::milliseconds retry_after)
    : shards_(std::move(shards)), retry_after_(retry_after) {}

bool ShardHealth::claim(const ShardLocation& location) {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(location.text());
    if (it == entries_.end() || it->second.up) {
        return true;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now < it->second.retry_at) {
        return false;
    }
    it->second.retry_at = now + retry_after_;
    return true;
}

bool ShardHealth::retry_due(const std::vector<const ShardLocation*>& locations) const {
    if (locations.empty()) {
        return false;
    }
    std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    for (const auto* location : locations) {
        auto it = entries_.find(location->text());
        if (it == entries_.end() || it->second.up || now >= it->second.retry_at) {
            return true;
        }
    }
    return false;
}

void ShardHealth::mark_up(const ShardLocation& location) {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(location.text());
    if (it != entries_.end()) {
        it->second = Entry{};
    }
}

void ShardHealth::mark_down(const ShardLocation& location, const std::string& why) {
    std::lock_guard lock(mutex_);
    Entry& entry = entries_[location.text()];
    if (entry.up) {
        entry.down_since = std::chrono::system_clock::now();
    }
    entry.up = false;
    entry.error = why;
    entry.retry_at = std::chrono::steady_clock::now() + retry_after_;
}

std::vector<ShardState> ShardHealth::states() const {
    std::lock_guard lock(mutex_);
    std::vector<ShardState> out;
    for (const auto& shard : shards_) {
        ShardState state;
        state.name = shard.name;
        state.remote = shard.remote();
        for (const auto* location : shard.parts(true)) {
            auto it = entries_.find(location->text());
            if (it != entries_.end() && !it->second.up) {
                if (state.up) {
                    state.down_since = std::chrono::duration_cast<std::chrono::seconds>(
                                           it->second.down_since.time_since_epoch())
                                           .count();
                }
                state.up = false;
                state.error = location->text() + ": " + it->second.error;
            }
        }
        out.push_back(std::move(state));
    }
    return out;
}

} // namespace ratsarchiv::server
