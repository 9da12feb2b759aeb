// One page of an external OParl list (chapter 2.5): data, pagination and links.
#pragma once

#include <cstdint>
#include <string>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "server/oparl/list_request.h"

namespace ratsarchiv::server::oparl {

/// The page object: `data` (the page's objects), pagination (totalElements, elementsPerPage,
/// currentPage, totalPages) and links (first, prev, self, next, last), all under `list_url`
/// with the request's filters kept. A list of no elements has one empty page.
Poco::JSON::Object::Ptr list_page(const Poco::JSON::Array::Ptr& data, std::uint64_t total,
                                  const ListRequest& request, const std::string& list_url);

/// How many pages `total` elements fill at `per_page` (at least 1).
std::uint64_t page_count(std::uint64_t total, std::uint32_t per_page);

} // namespace ratsarchiv::server::oparl
