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
    return 500;
}

Response error_response(const std::exception& error) {
    Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    const int status = status_for(error);
    if (const auto* bad = dynamic_cast<const BadParameter*>(&error)) {
        detail->set("parameter", bad->parameter());
        detail->set("message", bad->what());
    } else if (status == 404) {
        detail->set("message", error.what());
    } else {
        // Internal details (paths, Xapian messages) stay in the log, not in the answer.
        detail->set("message", "internal error");
    }
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    body->set("error", detail);
    return json_response(body, status);
}

Response route_not_found(const std::string& path) {
    return error_response(NotFound("no such endpoint: " + path));
}

Response request_error(int status, const std::string& message) {
    Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    detail->set("message", message);
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    body->set("error", detail);
    return json_response(body, status);
}

} // namespace ratsarchiv::server
