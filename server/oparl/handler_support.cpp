// Shared pieces of the OParl handlers.
#include "server/oparl/handler_support.h"

#include "schema/errors.h"

namespace ratsarchiv::server::oparl {

std::shared_ptr<const Catalog> catalog_of(RequestContext& ctx) {
    const SearchView view = ctx.search_view();
    return ctx.state.oparl_catalogs.get(ctx.db(), ctx.audience.staff, view.revision);
}

ListRequest list_request_of(RequestContext& ctx) {
    return read_list_request(
        ctx.params, static_cast<std::uint32_t>(ctx.state.config.get_int("oparl.page_size")));
}

const BodyEntry& body_of(RequestContext& ctx, const Catalog& catalog) {
    const BodyEntry* body = catalog.body(ctx.path_params.at("id"));
    if (body == nullptr) {
        throw NotFound("no such body");
    }
    return *body;
}

} // namespace ratsarchiv::server::oparl
