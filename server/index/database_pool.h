// Read-only Xapian databases for the worker threads. Xapian objects are not thread-safe, so each
// request leases its own Database; a lease checks now and then whether the indexer committed a
// newer revision and reopens, so a re-index becomes visible without a restart or dropped request.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <xapian.h>

namespace ratsarchiv::server {

/// A pool of read-only handles on one database directory.
class DatabasePool {
public:
    /// Opens one handle at once, so a missing or broken database fails at start (ConfigError).
    DatabasePool(std::string path, std::chrono::milliseconds reopen_check);

    /// A database handle owned by one request at a time; returned to the pool on destruction.
    class Lease {
    public:
        Lease(DatabasePool& pool, std::unique_ptr<Xapian::Database> db,
              std::chrono::steady_clock::time_point checked);
        ~Lease();
        Lease(Lease&&) = default;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Lease& operator=(Lease&&) = delete;

        Xapian::Database& db() { return *db_; }
        /// Reopens at once (after Xapian::DatabaseModifiedError).
        void reopen() { db_->reopen(); }

    private:
        DatabasePool* pool_;
        std::unique_ptr<Xapian::Database> db_;
        std::chrono::steady_clock::time_point checked_;
    };

    /// A handle, reopened when the last check is older than the check interval.
    Lease acquire();

    /// The database directory.
    const std::string& path() const { return path_; }

    /// Bytes on disk of the database directory (for /metrics).
    std::uint64_t disk_bytes() const;

    /// Unix seconds of the last change of the database directory (the last commit).
    std::int64_t modified_unix_seconds() const;

private:
    struct Slot {
        std::unique_ptr<Xapian::Database> db;
        std::chrono::steady_clock::time_point checked;
    };
    void release(std::unique_ptr<Xapian::Database> db,
                 std::chrono::steady_clock::time_point checked);

    std::string path_;
    std::chrono::milliseconds reopen_check_;
    std::mutex mutex_;
    std::vector<Slot> free_;
};

} // namespace ratsarchiv::server
