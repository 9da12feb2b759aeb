// Per-request context and JSON responses.
#include "server/http/request_context.h"

#include <sstream>

namespace ratsarchiv::server {

Response json_response(const Poco::JSON::Object::Ptr& object, int status) {
    std::ostringstream out;
    object->stringify(out);
    return Response{status, "application/json; charset=utf-8", out.str()};
}

RequestContext::RequestContext(const Poco::Net::HTTPServerRequest& request_in,
                               ServerState& state_in, Audience audience_in, QueryParams params_in)
    : request(request_in), state(state_in), audience(audience_in), params(std::move(params_in)) {}

Xapian::Database& RequestContext::db() {
    if (!lease_) {
        lease_.emplace(pool().acquire());
    }
    return lease_->db();
}

SearchView RequestContext::search_view() {
    db();
    return SearchView{lease_->revision_key(), lease_->remote()};
}

void RequestContext::recover_db() {
    if (lease_) {
        lease_->recover();
    }
}

std::vector<std::string> RequestContext::missing_shards() const {
    return lease_ ? lease_->missing_shards() : std::vector<std::string>{};
}

void RequestContext::reopen_db() {
    if (lease_) {
        lease_->reopen();
    }
}

} // namespace ratsarchiv::server
