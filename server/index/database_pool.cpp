// Leasing, reopening, shard failover and disk statistics of the read-only databases.
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

std::string location_identity(const ShardLocation& location) {
    return location.remote() ? location.text() : part_identity(location.path);
}

std::vector<std::string> identities_of(const ShardHealth& health, bool staff) {
    std::vector<std::string> out;
    for (const auto& shard : health.shards()) {
        for (const auto* location : shard.parts(staff)) {
            out.push_back(location_identity(*location));
        }
    }
    return out;
}

Xapian::Database open_location(const ShardLocation& location, RemoteTimeouts timeouts) {
    if (!location.remote()) {
        return Xapian::Database(location.path);
    }
    return Xapian::Remote::open(location.host, location.port, timeouts.read_ms,
                                timeouts.connect_ms);
}

} // namespace

OpenView::OpenView(ShardHealth& health, bool staff, RemoteTimeouts timeouts, const OpenView* reuse,
                   bool reuse_remote)
    : identities_(identities_of(health, staff)) {
    for (const auto& shard : health.shards()) {
        std::vector<Part> opened;
        const ShardLocation* failed = nullptr;
        for (const auto* location : shard.parts(staff)) {
            const std::string identity = location_identity(*location);
            const Part* old = nullptr;
            if (reuse != nullptr && (reuse_remote || !location->remote())) {
                for (const auto& part : reuse->parts_) {
                    old = part.location == location && part.identity == identity ? &part : old;
                }
            }
            if (old != nullptr) {
                opened.push_back(*old);
                continue;
            }
            if (location->remote() && !health.claim(*location)) {
                failed = location;
                break;
            }
            try {
                opened.push_back({location, open_location(*location, timeouts), identity});
                if (location->remote()) {
                    health.mark_up(*location);
                }
            } catch (const Xapian::NetworkError& e) {
                health.mark_down(*location, e.get_msg());
                failed = location;
                break;
            }
        }
        if (failed != nullptr) {
            missing_.push_back(shard.name);
            missing_locations_.push_back(failed);
            continue;
        }
        for (auto& part : opened) {
            remote_ = remote_ || part.location->remote();
            combined_.add_database(part.db);
            parts_.push_back(std::move(part));
        }
    }
    if (reuse != nullptr) {
        combined_.reopen(); // the handles taken over are at the revision they were opened at
    }
    read_revision();
}

void OpenView::reopen() {
    combined_.reopen();
    read_revision();
}

void OpenView::read_revision() {
    revision_.clear();
    for (auto& part : parts_) {
        // The UUID too: a new copy of a part may start again at the same revision. Over
        // xapian-tcpsrv Xapian tells no revision; the indexer's commit generation stands in.
        revision_ += ':';
        revision_ += part.db.get_uuid();
        revision_ += '@';
        revision_ += part.location->remote()
                         ? "g" + part.db.get_metadata(std::string(schema::kCommitGenerationKey)) +
                               "/" + std::to_string(part.db.get_lastdocid())
                         : std::to_string(part.db.get_revision());
    }
}

bool OpenView::stale(const ShardHealth& health, bool staff) const {
    return identities_ != identities_of(health, staff);
}

DatabasePool::DatabasePool(std::string name, ShardHealth& health, bool staff,
                           std::chrono::milliseconds reopen_check, RemoteTimeouts timeouts)
    : name_(std::move(name)), health_(health), staff_(staff), reopen_check_(reopen_check),
      timeouts_(timeouts) {
    try {
        free_.push_back({open(), std::chrono::steady_clock::now()});
    } catch (const Xapian::Error& e) {
        throw ConfigError(health.shards().size() == 1 ? "db.path" : "db.shards",
                          "cannot open index: " + e.get_msg());
    }
}

std::unique_ptr<OpenView> DatabasePool::open(const OpenView* reuse, bool reuse_remote) {
    return std::make_unique<OpenView>(health_, staff_, timeouts_, reuse, reuse_remote);
}

DatabasePool::Lease::Lease(DatabasePool& pool, std::unique_ptr<OpenView> view,
                           std::chrono::steady_clock::time_point checked)
    : pool_(&pool), view_(std::move(view)), checked_(checked) {}

DatabasePool::Lease::~Lease() {
    if (view_) {
        pool_->release(std::move(view_), checked_);
    }
}

void DatabasePool::Lease::reopen() {
    try {
        view_->reopen();
    } catch (const Xapian::NetworkError&) {
        recover();
    }
}

void DatabasePool::Lease::recover() {
    view_ = pool_->open(view_.get(), false);
    checked_ = std::chrono::steady_clock::now();
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
        return Lease(*this, open(), now);
    }
    const bool retry_due = health_.retry_due(slot.view->missing_locations());
    if (now - slot.checked >= reopen_check_ || retry_due) {
        try {
            if (retry_due || slot.view->stale(health_, staff_)) {
                slot.view = open(slot.view.get());
            } else {
                slot.view->reopen();
            }
        } catch (const Xapian::NetworkError&) {
            slot.view = open(slot.view.get(), false);
        } catch (const Xapian::Error&) {
            slot.view->reopen(); // the new files not complete yet: next check
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

std::vector<std::string> DatabasePool::local_paths() const {
    std::vector<std::string> out;
    for (const auto& shard : health_.shards()) {
        for (const auto* location : shard.parts(staff_)) {
            if (!location->remote()) {
                out.push_back(location->path);
            }
        }
    }
    return out;
}

std::uint64_t DatabasePool::disk_bytes() const {
    std::uint64_t total = 0;
    std::error_code ec;
    for (const auto& part : local_paths()) {
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
    for (const auto& part : local_paths()) {
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
