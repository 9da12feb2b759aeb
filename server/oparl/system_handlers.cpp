// The entry point and the bodies.
#include "server/oparl/catalog_objects.h"
#include "server/oparl/handler_support.h"
#include "server/oparl/oparl_handlers.h"

namespace ratsarchiv::server::oparl {

Response handle_system(RequestContext& ctx) {
    return json_response(system_json(request_urls(ctx), *catalog_of(ctx)));
}

Response handle_system_redirect(RequestContext& ctx) {
    const std::string canonical = request_urls(ctx).system();
    Poco::JSON::Object::Ptr moved = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    moved->set("id", canonical);
    Response answer = json_response(moved, 301);
    answer.headers.emplace_back("Location", canonical);
    return answer;
}

Response handle_body_list(RequestContext& ctx) {
    const ListRequest request = list_request_of(ctx);
    const Urls urls = request_urls(ctx);
    auto catalog = catalog_of(ctx);
    return catalog_list<BodyEntry>(
        catalog->bodies, request, urls.bodies(), [](const BodyEntry&) { return true; },
        [&urls](const BodyEntry& body) { return body_json(urls, body); });
}

Response handle_body(RequestContext& ctx) {
    auto catalog = catalog_of(ctx);
    return json_response(body_json(request_urls(ctx), body_of(ctx, *catalog)));
}

Response handle_person_list(RequestContext& ctx) {
    const ListRequest request = list_request_of(ctx);
    auto catalog = catalog_of(ctx);
    const BodyEntry& body = body_of(ctx, *catalog);
    return json_response(list_page(new Poco::JSON::Array, 0, request,
                                   request_urls(ctx).body_list(body.id, "person")));
}

} // namespace ratsarchiv::server::oparl
