// Organizations (Gremien and Ämter) and meetings, from the catalog.
#include "schema/errors.h"
#include "server/oparl/catalog_objects.h"
#include "server/oparl/handler_support.h"
#include "server/oparl/oparl_handlers.h"

namespace ratsarchiv::server::oparl {

Response handle_organization_list(RequestContext& ctx) {
    const ListRequest request = list_request_of(ctx);
    const Urls urls = request_urls(ctx);
    auto catalog = catalog_of(ctx);
    const BodyEntry& body = body_of(ctx, *catalog);
    return catalog_list<OrganizationEntry>(
        catalog->organizations, request, urls.body_list(body.id, "organization"),
        [&body](const OrganizationEntry& o) { return o.body_id == body.id; },
        [&urls](const OrganizationEntry& o) { return organization_json(urls, o); });
}

Response handle_meeting_list(RequestContext& ctx) {
    const ListRequest request = list_request_of(ctx);
    const Urls urls = request_urls(ctx);
    auto catalog = catalog_of(ctx);
    const BodyEntry& body = body_of(ctx, *catalog);
    return catalog_list<MeetingEntry>(
        catalog->meetings, request, urls.body_list(body.id, "meeting"),
        [&body](const MeetingEntry& m) { return m.body_id == body.id; },
        [&urls](const MeetingEntry& m) { return meeting_json(urls, m); });
}

Response handle_organization(RequestContext& ctx) {
    auto catalog = catalog_of(ctx);
    const OrganizationEntry* organization = catalog->organization(ctx.path_params.at("id"));
    if (organization == nullptr) {
        throw NotFound("no such organization");
    }
    return json_response(organization_json(request_urls(ctx), *organization));
}

Response handle_organization_meetings(RequestContext& ctx) {
    const ListRequest request = list_request_of(ctx);
    const Urls urls = request_urls(ctx);
    auto catalog = catalog_of(ctx);
    const OrganizationEntry* organization = catalog->organization(ctx.path_params.at("id"));
    if (organization == nullptr || organization->kind != OrganizationKind::Gremium) {
        throw NotFound("no such organization");
    }
    return catalog_list<MeetingEntry>(
        catalog->meetings, request, urls.organization_meetings(organization->id),
        [organization](const MeetingEntry& m) { return m.organization_id == organization->id; },
        [&urls](const MeetingEntry& m) { return meeting_json(urls, m); });
}

Response handle_meeting(RequestContext& ctx) {
    auto catalog = catalog_of(ctx);
    const MeetingEntry* meeting = catalog->meeting(ctx.path_params.at("id"));
    if (meeting == nullptr) {
        throw NotFound("no such meeting");
    }
    return json_response(meeting_json(request_urls(ctx), *meeting));
}

} // namespace ratsarchiv::server::oparl
