// One request as handlers see it: who asks, the path and query parameters, the shared state,
// and a database leased for this request only.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPServerRequest.h>

#include "server/access/audience.h"
#include "server/http/query_params.h"
#include "server/http/server_state.h"

namespace ratsarchiv::server {

/// What a handler answers.
struct Response {
    int status = 200;
    std::string content_type = "application/json; charset=utf-8";
    std::string body;
    /// Extra headers (e.g. Content-Disposition of exports, the page's Content-Security-Policy).
    std::vector<std::pair<std::string, std::string>> headers = {};
};

/// A JSON response from a Poco JSON object (never built by string concatenation).
Response json_response(const Poco::JSON::Object::Ptr& object, int status = 200);

/// Per-request data passed to every handler.
class RequestContext {
public:
    RequestContext(const Poco::Net::HTTPServerRequest& request, ServerState& state,
                   Audience audience, QueryParams params);

    const Poco::Net::HTTPServerRequest& request;
    ServerState& state;
    const Audience audience;
    const QueryParams params;
    /// Values of the {name} segments of the matched route pattern.
    std::map<std::string, std::string> path_params;

    /// This request's database (leased on first use, returned when the request ends): the
    /// public part of the index for anonymous requests, both parts for staff.
    Xapian::Database& db();
    /// The pool of this audience's view of the index.
    DatabasePool& pool() { return audience.staff ? state.staff_pool : state.public_pool; }
    /// The revision key and whether remote shards are read, for the searcher.
    SearchView search_view();
    /// Reopens the leased database (after Xapian::DatabaseModifiedError).
    void reopen_db();
    /// Opens the view anew without the shards that fail (after Xapian::NetworkError).
    void recover_db();
    /// Shards the leased view leaves out because they did not answer: the answer is partial
    /// (none when no database was leased).
    std::vector<std::string> missing_shards() const;

private:
    std::optional<DatabasePool::Lease> lease_;
};

} // namespace ratsarchiv::server
