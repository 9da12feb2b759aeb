// What a client asks of an OParl list (chapter 2.5): the filters created_since, created_until,
// modified_since, modified_until, the page size it would like (limit) and the page; read and
// checked once, and written back into the links of every page so the filters are kept.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "server/http/query_params.h"

namespace ratsarchiv::server::oparl {

/// The time filters of a list, in unix seconds (bounds included).
struct ListFilter {
    std::optional<std::int64_t> created_since;
    std::optional<std::int64_t> created_until;
    std::optional<std::int64_t> modified_since;
    std::optional<std::int64_t> modified_until;

    bool matches(std::int64_t created, std::int64_t modified) const;
    /// Deleted objects are listed only when modified_since is given (chapter 2.5, "Filter").
    bool lists_deleted() const { return modified_since.has_value(); }
    bool any() const { return created_since || created_until || modified_since || modified_until; }
};

/// One page of one list, as asked.
struct ListRequest {
    ListFilter filter;
    std::uint32_t page = 1;     ///< 1-based
    std::uint32_t per_page = 1; ///< the server's page size, or less when limit asks so
    /// The parameters kept in the list's links, by name in canonical (sorted) order.
    std::vector<std::pair<std::string, std::string>> kept;

    std::uint64_t offset() const { return std::uint64_t(page - 1) * per_page; }
};

/// The parameters every OParl list accepts (for the route table).
std::vector<std::string> list_parameters();

/// Reads the list parameters; `page_size` is the server's (oparl.page_size). Throws
/// BadParameter naming the parameter for a malformed value.
ListRequest read_list_request(const QueryParams& params, std::uint32_t page_size);

/// The URL of page `page` of the list at `list_url` with the kept parameters (page 1 without a
/// page parameter: one canonical URL per page).
std::string page_url(const std::string& list_url, const ListRequest& request, std::uint64_t page);

} // namespace ratsarchiv::server::oparl
