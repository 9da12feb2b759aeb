// The one seam where a request's Audience is decided. The request handler calls the server's
// Authenticator exactly once per request, before routing; the default answers "anonymous".
// The access model (tokens, trusted proxy headers) plugs in by implementing this interface.
#pragma once

#include <Poco/Net/HTTPServerRequest.h>

#include "server/access/audience.h"

namespace ratsarchiv::server {

/// Decides who is asking. Implementations must be thread-safe (called from every worker).
class Authenticator {
public:
    virtual ~Authenticator() = default;
    /// The audience of `request`; anonymous (Audience{false}) unless proven otherwise.
    virtual Audience authenticate(const Poco::Net::HTTPServerRequest& request) const = 0;
};

/// Everyone is anonymous: sees public documents only.
class AnonymousAuthenticator : public Authenticator {
public:
    Audience authenticate(const Poco::Net::HTTPServerRequest&) const override { return {}; }
};

} // namespace ratsarchiv::server
