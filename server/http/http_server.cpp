// Poco HTTPServer setup.
#include "server/http/http_server.h"

#include <chrono>

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>

#include "server/http/connection_gate.h"
#include "server/http/request_handler.h"
#include "server/http/server_state.h"

namespace ratsarchiv::server {

HttpServer::HttpServer(ServerConfig config, std::unique_ptr<Authenticator> authenticator)
    : state_(std::make_unique<ServerState>(std::move(config), std::move(authenticator))) {
    const ServerConfig& c = state_->config;
    Poco::Net::SocketAddress address(c.get_string("server.bind"),
                                     static_cast<Poco::UInt16>(c.get_int("server.port")));
    Poco::Net::ServerSocket socket(address, 256);
    port_ = socket.address().port();
    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setKeepAlive(c.get_bool("server.keep_alive"));
    params->setMaxKeepAliveRequests(0); // unlimited on one connection
    params->setTimeout(
        Poco::Timespan(c.get_int("server.request_timeout_ms") * Poco::Timespan::MILLISECONDS));
    const auto ms = [&](const char* key) { return std::chrono::milliseconds(c.get_int(key)); };
    GateLimits limits;
    limits.workers = static_cast<unsigned>(c.get_int("server.threads"));
    limits.queue = static_cast<std::size_t>(c.get_int("server.queue"));
    limits.max_connections = static_cast<std::size_t>(c.get_int("server.max_connections"));
    limits.idle_timeout = ms("server.keep_alive_timeout_ms");
    limits.head_timeout = ms("server.request_timeout_ms");
    limits.send_timeout = ms("server.send_timeout_ms");
    limits.max_head_bytes = static_cast<std::size_t>(c.get_int("server.max_header_bytes"));
    gate_ = std::make_unique<ConnectionGate>(std::move(socket), params,
                                             new RequestHandlerFactory(*state_), limits);
}

HttpServer::~HttpServer() {
    stop();
}

void HttpServer::stop() {
    if (!stopped_) {
        stopped_ = true;
        gate_->stop();
    }
}

} // namespace ratsarchiv::server
