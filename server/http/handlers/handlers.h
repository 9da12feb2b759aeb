// The API endpoint handlers, one small function each (see routes.cpp for the paths).
#pragma once

#include <string>
#include <vector>

#include "server/http/request_context.h"

namespace ratsarchiv::server {

/// GET /api/search
Response handle_search(RequestContext& ctx);
/// The query parameters /api/search accepts (fixed ones plus the kFields filter params).
std::vector<std::string> search_parameters();
/// GET /api/facets
Response handle_facets(RequestContext& ctx);
/// GET /api/documents/{id}
Response handle_document(RequestContext& ctx);
/// GET /api/documents/{id}/related
Response handle_related(RequestContext& ctx);
/// GET /api/suggest
Response handle_suggest(RequestContext& ctx);
/// GET /api/health
Response handle_health(RequestContext& ctx);
/// GET /metrics
Response handle_metrics(RequestContext& ctx);
/// GET /api/openapi.json
Response handle_openapi(RequestContext& ctx);

} // namespace ratsarchiv::server
