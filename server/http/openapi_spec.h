// The OpenAPI 3 document of the HTTP API, compiled into the server so it is always served with
// the code it describes; tests/integration/openapi_test.cpp checks every route and parameter.
#pragma once

#include <string_view>

namespace ratsarchiv::server {

/// The OpenAPI 3 JSON text.
std::string_view openapi_json();

} // namespace ratsarchiv::server
