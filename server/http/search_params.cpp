// Validation of search parameters.
#include "server/http/search_params.h"

#include <cctype>

#include "schema/errors.h"
#include "schema/fields.h"

namespace ratsarchiv::server {

namespace {

constexpr std::uint32_t kMaxLimit = 100;

bool all_digits(std::string_view s) {
    for (char c : s) {
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return !s.empty();
}

SortOrder parse_sort(const std::optional<std::string>& sort) {
    if (!sort || *sort == "relevance") {
        return SortOrder::Relevance;
    }
    if (*sort == "date_desc") {
        return SortOrder::DateDesc;
    }
    if (*sort == "date_asc") {
        return SortOrder::DateAsc;
    }
    throw BadParameter("sort", "must be relevance, date_desc or date_asc");
}

} // namespace

const std::vector<std::string>& fixed_search_parameters() {
    static const std::vector<std::string> names{
        "q",      "page",       "limit",    "sort",         "from",      "to",
        "facets", "facet_size", "snippets", "session_from", "session_to"};
    return names;
}

std::string parse_date_param(const std::string& name, const std::string& value, bool end) {
    if (value.size() == 4 && all_digits(value)) {
        // "0000": documents dated only by their year (indexer/document_builder.h) are inside.
        return value + (end ? "1231" : "0000");
    }
    if (value.size() == 10 && value[4] == '-' && value[7] == '-' &&
        all_digits(value.substr(0, 4)) && all_digits(value.substr(5, 2)) &&
        all_digits(value.substr(8, 2))) {
        int month = std::stoi(value.substr(5, 2));
        int day = std::stoi(value.substr(8, 2));
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
            return value.substr(0, 4) + value.substr(5, 2) + value.substr(8, 2);
        }
    }
    throw BadParameter(name, "must be a date yyyy-mm-dd or a year yyyy");
}

namespace {
// The range `from_name`..`to_name` as "yyyymmdd" bounds (empty when open); from after to is an
// error of `from_name`.
void read_date_range(const QueryParams& params, const std::string& from_name,
                     const std::string& to_name, std::string& from, std::string& to) {
    if (auto value = params.get(from_name); value && !value->empty()) {
        from = parse_date_param(from_name, *value, false);
    }
    if (auto value = params.get(to_name); value && !value->empty()) {
        to = parse_date_param(to_name, *value, true);
    }
    if (!from.empty() && !to.empty() && from > to) {
        throw BadParameter(from_name, "must not be after `" + to_name + "`");
    }
}
} // namespace

SearchRequest parse_search_request(const QueryParams& params, const ServerConfig& config) {
    SearchRequest r;
    r.q = params.get("q").value_or("");
    if (r.q.size() > static_cast<std::size_t>(config.get_int("limits.query_length"))) {
        throw BadParameter("q", "must be at most " + config.get_string("limits.query_length") +
                                    " bytes long");
    }
    const auto depth = static_cast<std::uint32_t>(config.get_int("limits.page_depth"));
    r.limit = params.get_uint("limit", 10, 0, kMaxLimit);
    r.page = params.get_uint("page", 1, 1, depth);
    if (static_cast<std::uint64_t>(r.page) * r.limit > depth) {
        throw BadParameter("page", "page * limit must be at most " + std::to_string(depth));
    }
    r.sort = parse_sort(params.get("sort"));
    read_date_range(params, "from", "to", r.from, r.to);
    read_date_range(params, "session_from", "session_to", r.session_from, r.session_to);
    r.facets = params.get_bool("facets", true);
    r.facet_size = params.get_uint("facet_size", 50, 1, 1000);
    r.snippets = params.get_bool("snippets", true);
    for (const auto& field : schema::kFields) {
        if (field.filter_param.empty()) {
            continue;
        }
        std::vector<std::string> values;
        for (auto& v : params.all(field.filter_param)) {
            if (v.size() > 200) {
                throw BadParameter(std::string(field.filter_param), "value is too long");
            }
            if (!v.empty()) {
                values.push_back(std::move(v));
            }
        }
        if (field.name == "year" || field.name == "session_year") {
            for (const auto& v : values) {
                if (v.size() != 4 || !all_digits(v)) {
                    throw BadParameter(std::string(field.filter_param), "must be a year yyyy");
                }
            }
        }
        if (!values.empty()) {
            r.filters[std::string(field.name)] = std::move(values);
        }
    }
    return r;
}

} // namespace ratsarchiv::server
