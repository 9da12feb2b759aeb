// The HTTP server as an object: start on the configured address (port 0: any free port),
// report the port, stop gracefully (requests in progress complete). Used by main and by the
// integration tests in-process.
#pragma once

#include <cstdint>
#include <memory>

#include "server/config/server_config.h"
#include "server/http/authenticator.h"

namespace ratsarchiv::server {

struct ServerState;
class ConnectionGate;

/// A running ratsarchiv HTTP server.
class HttpServer {
public:
    /// Opens the index and listens; throws ConfigError when the index cannot be opened.
    explicit HttpServer(ServerConfig config,
                        std::unique_ptr<Authenticator> authenticator = nullptr);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    /// The port actually listened on.
    std::uint16_t port() const { return port_; }
    /// Stops accepting, lets requests in progress finish, closes idle connections.
    void stop();

private:
    std::unique_ptr<ServerState> state_;
    std::unique_ptr<ConnectionGate> gate_;
    std::uint16_t port_ = 0;
    bool stopped_ = false;
};

} // namespace ratsarchiv::server
