// Data derived from one view of the index and kept per revision: built on first use, shared by
// the requests that read that revision, dropped once newer revisions are asked for.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace ratsarchiv::server {

/// What `build` derives from one revision, by the view's revision key (which names the view).
template <typename Value> class RevisionCache {
public:
    std::shared_ptr<const Value> get(const std::string& revision,
                                     const std::function<Value()>& build) {
        {
            std::lock_guard lock(mutex_);
            if (auto it = by_revision_.find(revision); it != by_revision_.end()) {
                return it->second;
            }
        }
        // Built outside the lock: two requests may both build it, none waits for the other.
        auto value = std::make_shared<const Value>(build());
        std::lock_guard lock(mutex_);
        if (by_revision_.size() >= kCachedRevisions) {
            by_revision_.clear(); // older revisions are not asked for again
        }
        by_revision_.emplace(revision, value);
        return value;
    }

private:
    static constexpr std::size_t kCachedRevisions = 4;
    std::mutex mutex_;
    std::map<std::string, std::shared_ptr<const Value>> by_revision_;
};

} // namespace ratsarchiv::server
