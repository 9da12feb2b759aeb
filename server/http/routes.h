// The route table: every endpoint of the server is one row in routes.cpp (method, path pattern
// with {name} segments, handler, allowed query parameters, summary). Adding an endpoint is a
// one-line edit there; the OpenAPI test checks every row is documented.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "server/http/request_context.h"

namespace ratsarchiv::server {

/// Answers one request.
using Handler = std::function<Response(RequestContext&)>;

/// One endpoint.
struct Route {
    std::string method;  ///< "GET", ...
    std::string pattern; ///< e.g. "/api/documents/{id}"
    Handler handler;
    std::vector<std::string> parameters; ///< allowed query parameters (others: 400)
    std::string summary;                 ///< one line for docs and logs
};

/// All routes, in match order.
const std::vector<Route>& routes();

/// The route matching `method` and `path`, with the values of its {name} segments; nullptr
/// when none matches.
const Route* match_route(std::string_view method, std::string_view path,
                         std::map<std::string, std::string>& path_params);

} // namespace ratsarchiv::server
