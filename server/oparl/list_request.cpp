// Parsing of list parameters and the canonical URLs of list pages.
#include "server/oparl/list_request.h"

#include <algorithm>

#include <Poco/URI.h>

#include "schema/errors.h"
#include "server/oparl/oparl_time.h"

namespace ratsarchiv::server::oparl {

namespace {
constexpr std::uint32_t kMaxPage = 100000000;

std::optional<std::int64_t> time_parameter(const QueryParams& params, const char* name,
                                           ListRequest& request) {
    std::optional<std::string> text = params.get(name);
    if (!text) {
        return std::nullopt;
    }
    std::int64_t seconds = parse_date_time(name, *text);
    request.kept.emplace_back(name, *text);
    return seconds;
}
} // namespace

bool ListFilter::matches(std::int64_t created, std::int64_t modified) const {
    return (!created_since || created >= *created_since) &&
           (!created_until || created <= *created_until) &&
           (!modified_since || modified >= *modified_since) &&
           (!modified_until || modified <= *modified_until);
}

std::vector<std::string> list_parameters() {
    return {"created_since", "created_until", "modified_since", "modified_until",
            "limit",         "page",          "omit_internal"};
}

ListRequest read_list_request(const QueryParams& params, std::uint32_t page_size) {
    ListRequest request;
    // Read in canonical order, so `kept` is sorted by name.
    request.filter.created_since = time_parameter(params, "created_since", request);
    request.filter.created_until = time_parameter(params, "created_until", request);
    request.per_page = page_size;
    if (params.get("limit")) {
        const std::uint32_t limit = params.get_uint("limit", page_size, 1, kMaxPage);
        // A client may ask for smaller pages; larger ones than the server's are not served.
        request.per_page = std::min(limit, page_size);
        request.kept.emplace_back("limit", std::to_string(limit));
    }
    request.filter.modified_since = time_parameter(params, "modified_since", request);
    request.filter.modified_until = time_parameter(params, "modified_until", request);
    if (params.get("omit_internal")) {
        // Nothing this server embeds is on the spec's list of what may be left out.
        const bool omit = params.get_bool("omit_internal", false);
        request.kept.emplace_back("omit_internal", omit ? "true" : "false");
    }
    request.page = params.get_uint("page", 1, 1, kMaxPage);
    return request;
}

std::string page_url(const std::string& list_url, const ListRequest& request, std::uint64_t page) {
    std::string query;
    auto append = [&query](const std::string& name, const std::string& value) {
        std::string encoded;
        Poco::URI::encode(value, "!#$&'()*+,/:;=?@[]%", encoded);
        query += (query.empty() ? "?" : "&") + name + "=" + encoded;
    };
    for (const auto& [name, value] : request.kept) {
        append(name, value);
    }
    if (page > 1) {
        append("page", std::to_string(page));
    }
    return list_url + query;
}

} // namespace ratsarchiv::server::oparl
