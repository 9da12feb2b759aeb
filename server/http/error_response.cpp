// Errors to status codes and JSON bodies.
#include "server/http/error_response.h"

#include <xapian.h>

#include "schema/errors.h"

namespace ratsarchiv::server {

int status_for(const std::exception& error) {
    if (dynamic_cast<const BadParameter*>(&error) != nullptr) {
        return 400;
    }
    if (dynamic_cast<const NotFound*>(&error) != nullptr) {
        return 404;
    }
    if (dynamic_cast<const ShardsUnavailable*>(&error) != nullptr) {
        return 503;
    }
    return 500;
}

namespace {
// {"error": {"parameter": ..., "message": ...}}, the parameter only when there is one.
Response error_json(int status, const std::string& message, const std::string* parameter) {
    Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    if (parameter != nullptr) {
        detail->set("parameter", *parameter);
    }
    detail->set("message", message);
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    body->set("error", detail);
    return json_response(body, status);
}
} // namespace

Response error_response(const std::exception& error) {
    const int status = status_for(error);
    if (const auto* bad = dynamic_cast<const BadParameter*>(&error)) {
        return error_json(status, bad->what(), &bad->parameter());
    }
    // Internal details (paths, Xapian messages) stay in the log, not in the answer.
    if (status == 503) {
        return error_json(status, "the archive's shards are not answering; try again", nullptr);
    }
    return error_json(status, status == 404 ? error.what() : "internal error", nullptr);
}

Response route_not_found(const std::string& path) {
    return error_response(NotFound("no such endpoint: " + path));
}

Response request_error(int status, const std::string& message) {
    return error_json(status, message, nullptr);
}

} // namespace ratsarchiv::server
