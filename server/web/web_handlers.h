// The HTTP handlers of the web page and the journalist endpoints (rows in
// server/http/routes.cpp): the page and its assets, the Atom feed of a search, and the CSV and
// JSON export of a whole result set. Feed and export run the server's own Searcher with the
// request's Audience, so they show exactly what /api/search shows to the same user.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "server/http/request_context.h"

namespace ratsarchiv::server::web {

/// Entries in a feed: the newest matches.
inline constexpr std::uint32_t kFeedEntries = 50;

/// GET / and GET /dokument/{id}: the page (the script routes between search and document).
Response handle_page(RequestContext& ctx);
/// GET /static/{file}: a file of the web root.
Response handle_static(RequestContext& ctx);
/// GET /feed.atom?<search parameters>: Atom feed of the search, newest first.
Response handle_feed(RequestContext& ctx);
/// GET /api/export.csv?<search parameters>: every result (up to web.export_limit) as CSV.
Response handle_export_csv(RequestContext& ctx);
/// GET /api/export.json?<search parameters>: every result (up to web.export_limit) as JSON.
Response handle_export_json(RequestContext& ctx);

/// GET /gremien, /gremium/{name}, /sitzung/{id}, /person/{name}: the pages of committees,
/// sessions and people (council.html; its script asks the API).
Response handle_council_page(RequestContext& ctx);

/// The address this server is reached at (scheme and host), for absolute links in feeds,
/// exports and calendars.
std::string base_url(const Poco::Net::HTTPServerRequest& request);

/// The query parameters the page at / accepts (the search parameters; "limit" is the API's).
std::vector<std::string> page_parameters();

/// The web root: the config key web.root when set, else the directory compiled in
/// (server/web/static of the source tree).
std::string web_root(const ServerConfig& config);

} // namespace ratsarchiv::server::web
