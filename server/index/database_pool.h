// Read-only Xapian databases for the worker threads. Xapian objects are not thread-safe, so each
// request leases its own Database; a lease checks now and then whether the indexer committed a
// newer revision and reopens, so a re-index becomes visible without a restart or dropped request.
// A pool reads one view of the index (schema/index_layout.h): the public part alone, for
// anonymous requests, or both parts as one database, for staff. A part whose path comes to name
// other files (a fresh build renamed into place; a read replica whose xapian-replicate switched
// its stub to a new full copy) is opened anew: reopen() would keep reading the old files.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <xapian.h>

namespace ratsarchiv::server {

/// The parts of one view, opened together and searched as one database.
struct OpenView {
    explicit OpenView(const std::vector<std::string>& paths);
    std::vector<std::string> identities; ///< part_identity() of each path when opened
    std::vector<Xapian::Database> parts;
    Xapian::Database combined; ///< shares the parts' handles: reopening it reopens them
};

/// What `path` names on disk: the directory's device and inode, and the text of its Xapian stub
/// file when it has one (a replica's). Changes when another directory or copy takes its place.
std::string part_identity(const std::string& path);

/// A pool of read-only handles on one view of the index.
class DatabasePool {
public:
    /// Opens one handle at once, so a missing or broken database fails at start (ConfigError).
    /// `name` tells the view apart in cache keys ("public", "staff").
    DatabasePool(std::string name, std::vector<std::string> parts,
                 std::chrono::milliseconds reopen_check);

    /// A database handle owned by one request at a time; returned to the pool on destruction.
    class Lease {
    public:
        Lease(DatabasePool& pool, std::unique_ptr<OpenView> view,
              std::chrono::steady_clock::time_point checked);
        ~Lease();
        Lease(Lease&&) = default;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Lease& operator=(Lease&&) = delete;

        Xapian::Database& db() { return view_->combined; }
        /// Reopens at once (after Xapian::DatabaseModifiedError).
        void reopen() { view_->combined.reopen(); }
        /// Names the view and the revision of each of its parts (keys the facet columns).
        std::string revision_key() const;

    private:
        DatabasePool* pool_;
        std::unique_ptr<OpenView> view_;
        std::chrono::steady_clock::time_point checked_;
    };

    /// A handle, reopened when the last check is older than the check interval.
    Lease acquire();

    /// Bytes on disk of the view's databases (for /metrics).
    std::uint64_t disk_bytes() const;

    /// Unix seconds of the last change of the view's databases (the last commit).
    std::int64_t modified_unix_seconds() const;

private:
    struct Slot {
        std::unique_ptr<OpenView> view;
        std::chrono::steady_clock::time_point checked;
    };
    void release(std::unique_ptr<OpenView> view, std::chrono::steady_clock::time_point checked);

    std::string name_;
    std::vector<std::string> parts_;
    std::chrono::milliseconds reopen_check_;
    std::mutex mutex_;
    std::vector<Slot> free_;
};

} // namespace ratsarchiv::server
