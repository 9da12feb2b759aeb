// Leasing, reopening and disk statistics of the read-only databases.
#include "server/index/database_pool.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

#include "schema/errors.h"

namespace ratsarchiv::server {

namespace fs = std::filesystem;

DatabasePool::DatabasePool(std::string path, std::chrono::milliseconds reopen_check)
    : path_(std::move(path)), reopen_check_(reopen_check) {
    try {
        auto db = std::make_unique<Xapian::Database>(path_);
        free_.push_back({std::move(db), std::chrono::steady_clock::now()});
    } catch (const Xapian::Error& e) {
        throw ConfigError("db.path", "cannot open index " + path_ + ": " + e.get_msg());
    }
}

DatabasePool::Lease::Lease(DatabasePool& pool, std::unique_ptr<Xapian::Database> db,
                           std::chrono::steady_clock::time_point checked)
    : pool_(&pool), db_(std::move(db)), checked_(checked) {}

DatabasePool::Lease::~Lease() {
    if (db_) {
        pool_->release(std::move(db_), checked_);
    }
}

DatabasePool::Lease DatabasePool::acquire() {
    auto now = std::chrono::steady_clock::now();
    Slot slot;
    {
        std::lock_guard lock(mutex_);
        if (!free_.empty()) {
            slot = std::move(free_.back());
            free_.pop_back();
        }
    }
    if (!slot.db) {
        return Lease(*this, std::make_unique<Xapian::Database>(path_), now);
    }
    if (now - slot.checked >= reopen_check_) {
        slot.db->reopen();
        slot.checked = now;
    }
    return Lease(*this, std::move(slot.db), slot.checked);
}

void DatabasePool::release(std::unique_ptr<Xapian::Database> db,
                           std::chrono::steady_clock::time_point checked) {
    std::lock_guard lock(mutex_);
    free_.push_back({std::move(db), checked});
}

std::uint64_t DatabasePool::disk_bytes() const {
    std::uint64_t total = 0;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(path_, ec)) {
        if (entry.is_regular_file(ec)) {
            total += entry.file_size(ec);
        }
    }
    return total;
}

std::int64_t DatabasePool::modified_unix_seconds() const {
    std::error_code ec;
    std::int64_t newest = 0;
    for (const auto& entry : fs::directory_iterator(path_, ec)) {
        struct stat info {};
        if (::stat(entry.path().c_str(), &info) == 0) {
            newest = std::max<std::int64_t>(newest, info.st_mtime);
        }
    }
    return newest;
}

} // namespace ratsarchiv::server
