// In-process server and HTTP client for integration tests.
#include "support/test_server.h"

#include <sstream>
#include <stdexcept>

#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

namespace ratsarchiv::testing {

Poco::JSON::Object::Ptr HttpAnswer::json() const {
    Poco::JSON::Parser parser;
    return parser.parse(body).extract<Poco::JSON::Object::Ptr>();
}

HttpAnswer http_get(std::uint16_t port, const std::string& path_and_query,
                    const std::map<std::string, std::string>& headers) {
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path_and_query,
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    for (const auto& [name, value] : headers) {
        request.set(name, value);
    }
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    HttpAnswer answer;
    answer.status = static_cast<int>(response.getStatus());
    answer.content_type = response.getContentType();
    for (const auto& [name, value] : response) {
        answer.headers[name] = value;
    }
    Poco::StreamCopier::copyToString(in, answer.body);
    return answer;
}

std::string url_encode(const std::string& value) {
    std::string out;
    Poco::URI::encode(value, "&=+?#/:;,", out);
    return out;
}

TestServer::TestServer(const std::string& db_path,
                       const std::map<std::string, std::string>& settings,
                       std::unique_ptr<server::Authenticator> authenticator) {
    server::ServerConfig config;
    if (!db_path.empty()) { // "" for a server of shards (db.shards in `settings`)
        config.set("db.path", db_path);
    }
    config.set("server.bind", "127.0.0.1");
    config.set("server.port", "0");
    config.set("server.threads", "4");
    config.set("log.access", "false");
    config.set("db.reopen_check_ms", "0");
    for (const auto& [key, value] : settings) {
        config.set(key, value);
    }
    config.validate();
    server_ = std::make_unique<server::HttpServer>(config, std::move(authenticator));
}

Poco::JSON::Object::Ptr TestServer::get_json(const std::string& path_and_query,
                                             int expected_status) const {
    HttpAnswer answer = get(path_and_query);
    if (answer.status != expected_status) {
        throw std::runtime_error("GET " + path_and_query + ": status " +
                                 std::to_string(answer.status) + ", body " + answer.body);
    }
    return answer.json();
}

} // namespace ratsarchiv::testing
