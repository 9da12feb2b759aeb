// GET /api/health and GET /metrics: liveness, index figures, Prometheus text.
#include <algorithm>
#include <chrono>
#include <ctime>

#include "server/access/audience.h"
#include "server/http/handlers/handlers.h"
#include "server/web/atom_feed.h"

namespace ratsarchiv::server {

namespace {

IndexGauges index_gauges(RequestContext& ctx) {
    IndexGauges g;
    // Anonymous scrapers learn only how many documents they can see.
    g.documents = visible_documents(ctx.audience, ctx.db());
    g.disk_bytes = ctx.pool().disk_bytes(); // anonymous: the public part only
    auto now = std::chrono::duration_cast<std::chrono::seconds>(
                   std::chrono::system_clock::now().time_since_epoch())
                   .count();
    g.age_seconds = static_cast<double>(now - ctx.pool().modified_unix_seconds());
    g.shards = ctx.state.shards.states();
    return g;
}

} // namespace

Response handle_health(RequestContext& ctx) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    // Leased first: opening the view retries shards that are due, so the states are current.
    const auto documents = visible_documents(ctx.audience, ctx.db());
    const std::vector<ShardState> shards = ctx.state.shards.states();
    const bool all_up =
        std::all_of(shards.begin(), shards.end(), [](const auto& s) { return s.up; });
    o->set("status", all_up ? "ok" : "degraded");
    o->set("version", RATSARCHIV_VERSION);
    // Anonymous users learn only how many documents they can see.
    o->set("documents", documents);
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const auto& shard : shards) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("name", shard.name);
        entry->set("state", shard.up ? "up" : "down");
        entry->set("remote", shard.remote);
        if (!shard.up) {
            // Staff learn why; anonymous callers only that it is down (no hosts or paths).
            if (ctx.audience.staff) {
                entry->set("error", shard.error);
            }
            entry->set("down_since", web::rfc3339_time(static_cast<std::time_t>(shard.down_since)));
        }
        list->add(entry);
    }
    o->set("shards", list);
    auto uptime = std::chrono::system_clock::now() - ctx.state.started;
    o->set("uptime_seconds", std::chrono::duration_cast<std::chrono::seconds>(uptime).count());
    return json_response(o);
}

Response handle_metrics(RequestContext& ctx) {
    return Response{200, "text/plain; version=0.0.4; charset=utf-8",
                    ctx.state.metrics.render(index_gauges(ctx))};
}

} // namespace ratsarchiv::server
