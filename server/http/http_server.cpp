// Poco HTTPServer setup.
#include "server/http/http_server.h"

#include <algorithm>

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>

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
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(static_cast<int>(c.get_int("server.threads")));
    params->setMaxQueued(static_cast<int>(c.get_int("server.queue")));
    params->setKeepAlive(c.get_bool("server.keep_alive"));
    params->setMaxKeepAliveRequests(0); // unlimited on one connection
    // An idle keep-alive connection blocks its worker thread until this runs out (Poco's default
    // is 15 s), so it is kept short: otherwise a few idle browsers starve every other client.
    params->setKeepAliveTimeout(
        Poco::Timespan(c.get_int("server.keep_alive_timeout_ms") * Poco::Timespan::MILLISECONDS));
    // Our own pool: Poco's default pool is shared by the process and capped at 16 threads.
    const int threads = static_cast<int>(c.get_int("server.threads"));
    threads_ = std::make_unique<Poco::ThreadPool>(std::min(threads, 2), threads + 1);
    server_ = std::make_unique<Poco::Net::HTTPServer>(new RequestHandlerFactory(*state_), *threads_,
                                                      socket, params);
    server_->start();
}

HttpServer::~HttpServer() {
    stop();
}

void HttpServer::stop() {
    if (!stopped_) {
        stopped_ = true;
        server_->stopAll(false);
        threads_->joinAll();
    }
}

} // namespace ratsarchiv::server
