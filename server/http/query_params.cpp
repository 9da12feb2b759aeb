// Typed, validated reads of query-string parameters.
#include "server/http/query_params.h"

#include <algorithm>
#include <charconv>

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include "schema/errors.h"

namespace ratsarchiv::server {

QueryParams::QueryParams(const std::string& uri) {
    try {
        Poco::URI parsed(uri);
        for (auto& [name, value] : parsed.getQueryParameters()) {
            pairs_.emplace_back(std::move(name), std::move(value));
        }
    } catch (const Poco::SyntaxException& e) {
        throw BadParameter("query", "is not a valid URI query: " + e.message());
    }
}

std::optional<std::string> QueryParams::get(std::string_view name) const {
    std::optional<std::string> found;
    for (const auto& [n, v] : pairs_) {
        if (n == name) {
            if (found) {
                throw BadParameter(std::string(name), "must be given at most once");
            }
            found = v;
        }
    }
    return found;
}

std::vector<std::string> QueryParams::all(std::string_view name) const {
    std::vector<std::string> values;
    for (const auto& [n, v] : pairs_) {
        if (n == name) {
            values.push_back(v);
        }
    }
    return values;
}

std::uint32_t QueryParams::get_uint(std::string_view name, std::uint32_t fallback,
                                    std::uint32_t min, std::uint32_t max) const {
    auto text = get(name);
    if (!text) {
        return fallback;
    }
    std::uint64_t n = 0;
    auto [ptr, ec] = std::from_chars(text->data(), text->data() + text->size(), n);
    if (text->empty() || ec != std::errc() || ptr != text->data() + text->size()) {
        throw BadParameter(std::string(name), "must be an unsigned integer");
    }
    if (n < min || n > max) {
        throw BadParameter(std::string(name), "must be between " + std::to_string(min) + " and " +
                                                  std::to_string(max));
    }
    return static_cast<std::uint32_t>(n);
}

bool QueryParams::get_bool(std::string_view name, bool fallback) const {
    auto text = get(name);
    if (!text) {
        return fallback;
    }
    if (*text == "true" || *text == "1") {
        return true;
    }
    if (*text == "false" || *text == "0") {
        return false;
    }
    throw BadParameter(std::string(name), "must be true or false");
}

void QueryParams::check_allowed(const std::vector<std::string>& allowed) const {
    for (const auto& [n, v] : pairs_) {
        if (std::find(allowed.begin(), allowed.end(), n) == allowed.end()) {
            throw BadParameter(n, "is not a parameter of this endpoint");
        }
    }
}

} // namespace ratsarchiv::server
