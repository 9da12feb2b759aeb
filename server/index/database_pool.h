// Read-only Xapian databases for the worker threads. Xapian objects are not thread-safe, so each
// request leases its own view; a lease checks now and then whether the indexer committed a
// newer revision and reopens, so a re-index becomes visible without a restart or dropped request.
//
// A view is one audience's part of every shard (server/index/shard_spec.h) searched as one
// Xapian database: the public parts (and spelling parts) for anonymous requests, the restricted
// parts too for staff. Local parts are opened from disk, remote ones from xapian-tcpsrv; Xapian
// merges the statistics, so the shards rank as one index would. A shard that does not answer is
// left out of the view (ShardHealth), and the lease names it, so answers can say they are
// partial. A local part whose path comes to name other files (a fresh build renamed into place;
// a read replica whose xapian-replicate switched its stub to a new full copy) is opened anew:
// reopen() would keep reading the old files.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <xapian.h>

#include "server/index/shard_health.h"

namespace ratsarchiv::server {

/// How long a remote shard may take (Xapian::Remote::open's timeouts).
struct RemoteTimeouts {
    unsigned read_ms = 5000;
    unsigned connect_ms = 2000;
};

/// What `path` names on disk: the directory's device and inode, and the text of its Xapian stub
/// file when it has one (a replica's). Changes when another directory or copy takes its place.
std::string part_identity(const std::string& path);

/// The parts of one view that answered, opened together and searched as one database.
class OpenView {
public:
    /// Opens what `staff` reads of every shard in `health` that is up or due for a retry.
    /// Handles of `reuse` (an older view) are taken over where their path still names the same
    /// files, its remote ones only when
    /// `reuse_remote` (after a network error they may be broken mid-message). Local parts
    /// that fail to open throw; remote ones are marked down and their shard left out.
    OpenView(ShardHealth& health, bool staff, RemoteTimeouts timeouts,
             const OpenView* reuse = nullptr, bool reuse_remote = true);

    Xapian::Database& combined() { return combined_; }
    /// Reopens every part at its newest revision (may throw Xapian::NetworkError).
    void reopen();
    /// Names the parts and their revisions (keys the facet columns); read when opened.
    const std::string& revision_key() const { return revision_; }
    /// Shards left out of this view because they did not answer.
    const std::vector<std::string>& missing_shards() const { return missing_; }
    /// The databases that failed, one per left-out shard.
    const std::vector<const ShardLocation*>& missing_locations() const {
        return missing_locations_;
    }
    /// True when a part is read over the network (no MatchSpy may run on the matcher).
    bool remote() const { return remote_; }
    /// True when a local part's path names other files than when it was opened.
    bool stale(const ShardHealth& health, bool staff) const;

private:
    struct Part {
        const ShardLocation* location;
        Xapian::Database db;
        std::string identity; ///< location_identity() when opened
    };
    void read_revision();

    std::vector<std::string> identities_; ///< of every part this view reads, when opened
    std::vector<Part> parts_;
    Xapian::Database combined_;
    std::vector<std::string> missing_;
    std::vector<const ShardLocation*> missing_locations_;
    bool remote_ = false;
    std::string revision_;
};

/// A pool of read-only handles on one view of the archive.
class DatabasePool {
public:
    /// Opens one view at once, so a missing or broken local database fails at start
    /// (ConfigError). `name` tells the view apart in cache keys ("public", "staff").
    DatabasePool(std::string name, ShardHealth& health, bool staff,
                 std::chrono::milliseconds reopen_check, RemoteTimeouts timeouts);

    /// A view owned by one request at a time; returned to the pool on destruction.
    class Lease {
    public:
        Lease(DatabasePool& pool, std::unique_ptr<OpenView> view,
              std::chrono::steady_clock::time_point checked);
        ~Lease();
        Lease(Lease&&) = default;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Lease& operator=(Lease&&) = delete;

        Xapian::Database& db() { return view_->combined(); }
        /// Reopens at once (after Xapian::DatabaseModifiedError).
        void reopen();
        /// After a Xapian::NetworkError: opens the view anew with fresh connections, leaving out
        /// the shards that fail again (so the request can be answered from the others).
        void recover();
        /// Names the view and the revision of each of its parts (keys the facet columns).
        std::string revision_key() const { return pool_->name_ + view_->revision_key(); }
        const std::vector<std::string>& missing_shards() const { return view_->missing_shards(); }
        bool remote() const { return view_->remote(); }

    private:
        DatabasePool* pool_;
        std::unique_ptr<OpenView> view_;
        std::chrono::steady_clock::time_point checked_;
    };

    /// A view, reopened when the last check is older than the check interval or a left-out
    /// shard is due for a retry.
    Lease acquire();

    /// Bytes on disk of the view's local databases (for /metrics).
    std::uint64_t disk_bytes() const;

    /// Unix seconds of the last change of the view's local databases (the last commit).
    std::int64_t modified_unix_seconds() const;

private:
    struct Slot {
        std::unique_ptr<OpenView> view;
        std::chrono::steady_clock::time_point checked;
    };
    void release(std::unique_ptr<OpenView> view, std::chrono::steady_clock::time_point checked);
    std::unique_ptr<OpenView> open(const OpenView* reuse = nullptr, bool reuse_remote = true);
    std::vector<std::string> local_paths() const;

    std::string name_;
    ShardHealth& health_;
    bool staff_;
    std::chrono::milliseconds reopen_check_;
    RemoteTimeouts timeouts_;
    std::mutex mutex_;
    std::vector<Slot> free_;
};

} // namespace ratsarchiv::server
