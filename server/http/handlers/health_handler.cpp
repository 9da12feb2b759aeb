// GET /api/health and GET /metrics: liveness, index figures, Prometheus text.
#include <chrono>

#include "server/access/audience.h"
#include "server/http/handlers/handlers.h"

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
    return g;
}

} // namespace

Response handle_health(RequestContext& ctx) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("status", "ok");
    o->set("version", RATSARCHIV_VERSION);
    // Anonymous users learn only how many documents they can see.
    o->set("documents", visible_documents(ctx.audience, ctx.db()));
    auto uptime = std::chrono::system_clock::now() - ctx.state.started;
    o->set("uptime_seconds", std::chrono::duration_cast<std::chrono::seconds>(uptime).count());
    return json_response(o);
}

Response handle_metrics(RequestContext& ctx) {
    return Response{200, "text/plain; version=0.0.4; charset=utf-8",
                    ctx.state.metrics.render(index_gauges(ctx))};
}

} // namespace ratsarchiv::server
