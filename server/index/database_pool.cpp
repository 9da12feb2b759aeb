// Leasing, reopening and disk statistics of the read-only databases.
#include "server/index/database_pool.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

#include "schema/errors.h"

namespace ratsarchiv::server {

namespace fs = std::filesystem;

OpenView::OpenView(const std::vector<std::string>& paths) {
    for (const auto& path : paths) {
        parts.emplace_back(path);
        combined.add_database(parts.back());
    }
}

DatabasePool::DatabasePool(std::string name, std::vector<std::string> parts,
                           std::chrono::milliseconds reopen_check)
    : name_(std::move(name)), parts_(std::move(parts)), reopen_check_(reopen_check) {
    try {
        free_.push_back({std::make_unique<OpenView>(parts_), std::chrono::steady_clock::now()});
    } catch (const Xapian::Error& e) {
        throw ConfigError("db.path", "cannot open index " + (parts_.empty() ? "" : parts_[0]) +
                                         ": " + e.get_msg());
    }
}

DatabasePool::Lease::Lease(DatabasePool& pool, std::unique_ptr<OpenView> view,
                           std::chrono::steady_clock::time_point checked)
    : pool_(&pool), view_(std::move(view)), checked_(checked) {}

DatabasePool::Lease::~Lease() {
    if (view_) {
        pool_->release(std::move(view_), checked_);
    }
}

std::string DatabasePool::Lease::revision_key() const {
    std::string key = pool_->name_;
    for (const auto& part : view_->parts) {
        key += ":" + std::to_string(part.get_revision());
    }
    return key;
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
    if (!slot.view) {
        return Lease(*this, std::make_unique<OpenView>(parts_), now);
    }
    if (now - slot.checked >= reopen_check_) {
        slot.view->combined.reopen();
        slot.checked = now;
    }
    return Lease(*this, std::move(slot.view), slot.checked);
}

void DatabasePool::release(std::unique_ptr<OpenView> view,
                           std::chrono::steady_clock::time_point checked) {
    std::lock_guard lock(mutex_);
    free_.push_back({std::move(view), checked});
}

std::uint64_t DatabasePool::disk_bytes() const {
    std::uint64_t total = 0;
    std::error_code ec;
    for (const auto& part : parts_) {
        for (const auto& entry : fs::directory_iterator(part, ec)) {
            if (entry.is_regular_file(ec)) {
                total += entry.file_size(ec);
            }
        }
    }
    return total;
}

std::int64_t DatabasePool::modified_unix_seconds() const {
    std::error_code ec;
    std::int64_t newest = 0;
    for (const auto& part : parts_) {
        for (const auto& entry : fs::directory_iterator(part, ec)) {
            struct stat info {};
            if (::stat(entry.path().c_str(), &info) == 0) {
                newest = std::max<std::int64_t>(newest, info.st_mtime);
            }
        }
    }
    return newest;
}

} // namespace ratsarchiv::server
