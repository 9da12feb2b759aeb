// The Poco request handler: authenticate once, route, run the handler (retrying once when the
// index changed under it), map errors, write the answer, count it and log one access line.
#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include "server/http/server_state.h"

namespace ratsarchiv::server {

/// Creates one handler per request; all share `state`.
class RequestHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    explicit RequestHandlerFactory(ServerState& state) : state_(state) {}
    Poco::Net::HTTPRequestHandler*
    createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

private:
    ServerState& state_;
};

} // namespace ratsarchiv::server
