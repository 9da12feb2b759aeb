// What the OParl handlers share: the catalog of the request's view, its list parameters, and
// pages of catalog lists.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <Poco/JSON/Array.h>

#include "server/http/request_context.h"
#include "server/oparl/archive_catalog.h"
#include "server/oparl/list_page.h"
#include "server/oparl/list_request.h"
#include "server/oparl/oparl_urls.h"

namespace ratsarchiv::server::oparl {

/// The catalog of the view `ctx`'s audience reads, at its revision.
std::shared_ptr<const Catalog> catalog_of(RequestContext& ctx);

/// The list parameters of `ctx`, with the configured page size (oparl.page_size).
ListRequest list_request_of(RequestContext& ctx);

/// The body of the path's {id}; NotFound when the view has none of that id.
const BodyEntry& body_of(RequestContext& ctx, const Catalog& catalog);

/// A page of the catalog `entries` for which `keep` holds and whose lifetime passes the filter
/// (catalog objects are never listed as deleted: they are made of papers, which are).
template <typename Entry>
Response catalog_list(const std::vector<Entry>& entries, const ListRequest& request,
                      const std::string& list_url, const std::function<bool(const Entry&)>& keep,
                      const std::function<Poco::JSON::Object::Ptr(const Entry&)>& to_json) {
    Poco::JSON::Array::Ptr data = new Poco::JSON::Array;
    std::uint64_t total = 0;
    const std::uint64_t offset = request.offset();
    for (const Entry& entry : entries) {
        if (!keep(entry) ||
            !request.filter.matches(entry.lifetime.created, entry.lifetime.modified)) {
            continue;
        }
        if (total >= offset && data->size() < request.per_page) {
            data->add(to_json(entry));
        }
        ++total;
    }
    return json_response(list_page(data, total, request, list_url));
}

} // namespace ratsarchiv::server::oparl
