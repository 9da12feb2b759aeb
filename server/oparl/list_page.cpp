// The pagination and links of a list page.
#include "server/oparl/list_page.h"

namespace ratsarchiv::server::oparl {

std::uint64_t page_count(std::uint64_t total, std::uint32_t per_page) {
    return total == 0 ? 1 : (total + per_page - 1) / per_page;
}

Poco::JSON::Object::Ptr list_page(const Poco::JSON::Array::Ptr& data, std::uint64_t total,
                                  const ListRequest& request, const std::string& list_url) {
    const std::uint64_t pages = page_count(total, request.per_page);
    Poco::JSON::Object::Ptr pagination = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    pagination->set("totalElements", total);
    pagination->set("elementsPerPage", request.per_page);
    pagination->set("currentPage", request.page);
    pagination->set("totalPages", pages);

    Poco::JSON::Object::Ptr links = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    links->set("first", page_url(list_url, request, 1));
    if (request.page > 1) {
        // A page past the end (the list shrank while a client walked it) points back to the last.
        links->set("prev",
                   page_url(list_url, request, std::min<std::uint64_t>(request.page - 1, pages)));
    }
    links->set("self", page_url(list_url, request, request.page));
    if (request.page < pages) {
        links->set("next", page_url(list_url, request, request.page + 1));
    }
    links->set("last", page_url(list_url, request, pages));

    Poco::JSON::Object::Ptr page = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    page->set("data", data);
    page->set("pagination", pagination);
    page->set("links", links);
    return page;
}

} // namespace ratsarchiv::server::oparl
