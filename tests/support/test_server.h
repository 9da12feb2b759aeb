// The real ratsarchiv HTTP server, in-process on 127.0.0.1 with a free port (port 0), over a
// given index; stopped when the object goes away. Plus a small HTTP client for tests.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include <Poco/JSON/Object.h>

#include "server/http/authenticator.h"
#include "server/http/http_server.h"

namespace ratsarchiv::testing {

/// An HTTP answer.
struct HttpAnswer {
    int status = 0;
    std::string content_type;
    std::string body;
    std::map<std::string, std::string> headers; ///< by name as sent
    /// The body parsed as a JSON object (throws when it is not one).
    Poco::JSON::Object::Ptr json() const;
};

/// GET `path_and_query` from 127.0.0.1:`port` (one connection per call).
HttpAnswer http_get(std::uint16_t port, const std::string& path_and_query,
                    const std::map<std::string, std::string>& headers = {});

/// Percent-encodes a query parameter value.
std::string url_encode(const std::string& value);

/// A running server over `db_path`.
class TestServer {
public:
    /// `settings` are extra config keys (key -> value) applied after the test defaults.
    explicit TestServer(const std::string& db_path,
                        const std::map<std::string, std::string>& settings = {},
                        std::unique_ptr<server::Authenticator> authenticator = nullptr);

    std::uint16_t port() const { return server_->port(); }
    HttpAnswer get(const std::string& path_and_query) const {
        return http_get(port(), path_and_query);
    }
    /// GET and parse JSON; fails the test (throws) when the status is not `expected_status`.
    Poco::JSON::Object::Ptr get_json(const std::string& path_and_query,
                                     int expected_status = 200) const;
    void stop() { server_->stop(); }

private:
    std::unique_ptr<server::HttpServer> server_;
};

} // namespace ratsarchiv::testing
