// Reading removal records from the local index parts of the audience's view.
#include "server/oparl/removed_papers.h"

#include <ctime>
#include <functional>

#include "schema/fields.h"

namespace ratsarchiv::server::oparl {

namespace {
// Calls `visit` with each local part `ctx`'s audience reads (the spelling parts hold no
// documents). Records of parts read over xapian-tcpsrv are not consulted: those shards' removals
// are not shown.
void for_each_part(RequestContext& ctx, const std::function<void(Xapian::Database&)>& visit) {
    for (const auto& shard : ctx.state.shards.shards()) {
        for (const ShardLocation* part : shard.parts(ctx.audience.staff)) {
            if (part->remote() || (shard.spelling_part && part == &*shard.spelling_part)) {
                continue;
            }
            Xapian::Database db(part->path);
            visit(db);
        }
    }
}

std::int64_t oldest_shown(RequestContext& ctx) {
    return static_cast<std::int64_t>(std::time(nullptr)) -
           ctx.state.config.get_int("oparl.deleted_days") * 86400;
}

bool still_there(RequestContext& ctx, const std::string& id) {
    return ctx.db().term_exists(schema::id_term(id));
}

void keep_latest(std::map<std::string, schema::RemovedDocument>& out,
                 schema::RemovedDocument removed) {
    auto [it, inserted] = out.try_emplace(removed.id, removed);
    if (!inserted && removed.removed_at > it->second.removed_at) {
        it->second = std::move(removed);
    }
}
} // namespace

std::map<std::string, schema::RemovedDocument> removed_papers(RequestContext& ctx) {
    const std::int64_t oldest = oldest_shown(ctx);
    std::map<std::string, schema::RemovedDocument> found;
    if (ctx.state.config.get_int("oparl.deleted_days") == 0) {
        return found; // removals are not shown at all
    }
    for_each_part(ctx, [&](Xapian::Database& db) {
        const std::string prefix(schema::kRemovedKeyPrefix);
        for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix);
             ++key) {
            auto removed = schema::parse_removal(*key, db.get_metadata(*key));
            if (removed && removed->removed_at >= oldest) {
                keep_latest(found, std::move(*removed));
            }
        }
    });
    for (auto it = found.begin(); it != found.end();) {
        it = still_there(ctx, it->first) ? found.erase(it) : std::next(it);
    }
    return found;
}

std::optional<schema::RemovedDocument> removed_paper(RequestContext& ctx, const std::string& id) {
    if (id.empty() || id.size() > 64 || ctx.state.config.get_int("oparl.deleted_days") == 0 ||
        still_there(ctx, id)) {
        return std::nullopt;
    }
    const std::int64_t oldest = oldest_shown(ctx);
    const std::string key = schema::removed_key(id);
    std::map<std::string, schema::RemovedDocument> found;
    for_each_part(ctx, [&](Xapian::Database& db) {
        auto removed = schema::parse_removal(key, db.get_metadata(key));
        if (removed && removed->removed_at >= oldest) {
            keep_latest(found, std::move(*removed));
        }
    });
    if (found.empty()) {
        return std::nullopt;
    }
    return found.begin()->second;
}

} // namespace ratsarchiv::server::oparl
