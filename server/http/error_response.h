// The one mapping from errors to HTTP status codes and JSON error bodies:
// {"error": {"parameter": "...", "message": "..."}} (parameter only for BadParameter).
#pragma once

#include <exception>
#include <stdexcept>

#include "server/http/request_context.h"

namespace ratsarchiv::server {

/// A request that failed twice on remote shards (503: the shards are not answering).
class ShardsUnavailable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The status code for the exception `error` (400 bad parameter, 404 not found, 503 shards
/// not answering, 500 else).
int status_for(const std::exception& error);

/// The JSON error response for `error`; internal errors say no more than "internal error".
Response error_response(const std::exception& error);

/// A 404 for a path that no route matches.
Response route_not_found(const std::string& path);

/// A JSON error with `status` and `message` for what is wrong with the request itself (its
/// method, HTTP version or body), not with one of its parameters.
Response request_error(int status, const std::string& message);

} // namespace ratsarchiv::server
