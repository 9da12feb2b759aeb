// The query-string parameters of a request, with typed reads that throw BadParameter naming
// the parameter, so every malformed value becomes a 400 that says what was wrong.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ratsarchiv::server {

/// Decoded name/value pairs of a URI query, in order (names may repeat).
class QueryParams {
public:
    QueryParams() = default;
    /// Parses the query part of `uri` (percent- and plus-decoded).
    explicit QueryParams(const std::string& uri);

    /// The single value of `name`; BadParameter when it is given more than once.
    std::optional<std::string> get(std::string_view name) const;
    /// All values of `name`, in order.
    std::vector<std::string> all(std::string_view name) const;
    /// An unsigned integer in [min, max], `fallback` when absent.
    std::uint32_t get_uint(std::string_view name, std::uint32_t fallback, std::uint32_t min,
                           std::uint32_t max) const;
    /// true/false (also 1/0), `fallback` when absent.
    bool get_bool(std::string_view name, bool fallback) const;
    /// Throws BadParameter for the first parameter not in `allowed`.
    void check_allowed(const std::vector<std::string>& allowed) const;

    const std::vector<std::pair<std::string, std::string>>& pairs() const { return pairs_; }

private:
    std::vector<std::pair<std::string, std::string>> pairs_;
};

} // namespace ratsarchiv::server
