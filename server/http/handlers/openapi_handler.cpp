// GET /api/openapi.json: the OpenAPI 3 description of this API (server/http/openapi_spec.cpp).
#include "server/http/handlers/handlers.h"
#include "server/http/openapi_spec.h"

namespace ratsarchiv::server {

Response handle_openapi(RequestContext&) {
    return Response{200, "application/json; charset=utf-8", std::string(openapi_json())};
}

} // namespace ratsarchiv::server
