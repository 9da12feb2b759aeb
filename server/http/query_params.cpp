// Typed, validated reads of query-string parameters.
#include "server/http/query_params.h"

#include <algorithm>
#include <charconv>

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include "schema/errors.h"

namespace ratsarchiv::server {

namespace {
// Whether `s` is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool is_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (i + length > s.size()) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if (k == 1 ? (b < low || b > high) : (b < 0x80 || b > 0xBF)) {
                return false;
            }
        }
        i += length;
    }
    return true;
}
} // namespace

QueryParams::QueryParams(const std::string& uri) {
    try {
        Poco::URI parsed(uri);
        for (auto& [name, value] : parsed.getQueryParameters()) {
            // Text that is not UTF-8 would reach the analyzer, JSON and snippets as garbage.
            if (!is_utf8(name)) {
                throw BadParameter("query", "has a parameter name that is not valid UTF-8");
            }
            if (!is_utf8(value)) {
                throw BadParameter(name, "is not valid UTF-8");
            }
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
