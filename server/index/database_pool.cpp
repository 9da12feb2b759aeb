// Leasing, reopening and disk statistics of the read-only databases.
#include "server/index/database_pool.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "schema/errors.h"
#include "schema/index_layout.h"

namespace ratsarchiv::server {

namespace fs = std::filesystem;

std::string part_identity(const std::string& path) {
    std::string identity;
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) {
        identity = std::to_string(info.st_dev) + ":" + std::to_string(info.st_ino);
    }
    std::ifstream stub(path + "/" + std::string(schema::kStubFile));
    if (stub) {
        identity += '|';
        identity.append(std::istreambuf_iterator<char>(stub), std::istreambuf_iterator<char>());
    }
    return identity;
}

namespace {
std::vector<std::string> identities_of(const std::vector<std::string>& paths) {
    std::vector<std::string> out;
    for (const auto& path : paths) {
        out.push_back(part_identity(path));
    }
    return out;
}
} // namespace

OpenView::OpenView(const std::vector<std::string>& paths) : identities(identities_of(paths)) {
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
        // The UUID too: a new copy of a part may start again at the same revision.
        key += ':';
        key += part.get_uuid();
        key += '@';
        key += std::to_string(part.get_revision());
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
        if (slot.view->identities != identities_of(parts_)) {
            try {
                slot.view = std::make_unique<OpenView>(parts_);
            } catch (const Xapian::Error&) {
                slot.view->combined.reopen(); // the new files not complete yet: next check
            }
        } else {
            slot.view->combined.reopen();
        }
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
