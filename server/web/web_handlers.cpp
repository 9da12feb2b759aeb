// Page, asset, feed and export handlers.
#include "server/web/web_handlers.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <fstream>
#include <sstream>

#include <Poco/URI.h>

#include "schema/errors.h"
#include "schema/fields.h"
#include "server/http/handlers/handlers.h"
#include "server/http/search_params.h"
#include "server/web/atom_feed.h"
#include "server/web/export_formats.h"
#include "server/web/static_files.h"

namespace ratsarchiv::server::web {

namespace {

Response file_response(const StaticFile& file) {
    std::ifstream in(file.path, std::ios::binary);
    if (!in) {
        throw NotFound("no such file");
    }
    std::ostringstream body;
    body << in.rdbuf();
    Response response{200, file.content_type, body.str()};
    for (const auto& [name, value] : kSecurityHeaders) {
        response.headers.emplace_back(name, value);
    }
    // Revalidate every time: a rebuilt page must not mix with cached scripts of the old one.
    response.headers.emplace_back("Cache-Control", "no-cache");
    return response;
}

// An export the browser saves as a file even when opened by a plain link.
Response download(std::string content_type, std::string body, const std::string& file_name) {
    Response response{200, std::move(content_type), std::move(body)};
    response.headers.emplace_back("Content-Disposition",
                                  "attachment; filename=\"" + file_name + "\"");
    // Staff get non-public rows: no shared cache may keep an answer for someone else.
    response.headers.emplace_back("Cache-Control", "private, no-store");
    response.headers.emplace_back("Vary", "Authorization");
    return response;
}

// When the indexer stored the document (its kSlotIndexedAt value), "" when unknown.
std::string indexed_at(Xapian::Database& db, const std::string& id) {
    Xapian::PostingIterator it = db.postlist_begin(schema::id_term(id));
    if (it == db.postlist_end(schema::id_term(id))) {
        return {};
    }
    const std::string value = db.get_document(*it).get_value(schema::kSlotIndexedAt);
    if (value.empty()) {
        return {};
    }
    return rfc3339_time(static_cast<std::time_t>(Xapian::sortable_unserialise(value)));
}

// The search parameters of the request, re-encoded, for links to the same search.
std::string search_query_string(const QueryParams& params) {
    std::string out;
    for (const auto& [name, value] : params.pairs()) {
        std::string n;
        std::string v;
        Poco::URI::encode(name, "&=+#?/", n);
        Poco::URI::encode(value, "&=+#?/", v);
        out += (out.empty() ? "" : "&") + n + "=" + v;
    }
    return out;
}

ResultRow row_of(const SearchHit& hit) {
    ResultRow row;
    row.id = hit.id;
    row.source = hit.source;
    row.number = hit.number;
    row.type = hit.type;
    row.date = hit.date;
    row.thema = hit.thema;
    row.body = hit.body;
    row.amt = hit.amt;
    row.gremien = hit.gremien;
    row.snippet = hit.snippet;
    row.is_public = hit.is_public;
    return row;
}

// Runs the request's search with a different page size, order and extras, keeping its
// query, filters, date range and audience.
ResultSet run_search(RequestContext& ctx, std::uint32_t limit, std::optional<SortOrder> sort,
                     bool snippets) {
    SearchRequest request = parse_search_request(ctx.params, ctx.state.config);
    request.page = 1;
    request.limit = limit;
    request.facets = false;
    request.snippets = snippets;
    if (sort) {
        request.sort = *sort;
    }
    SearchResult result =
        ctx.state.searcher.search(ctx.db(), ctx.audience, request, ctx.search_view());
    ResultSet set;
    set.total = static_cast<long long>(result.total);
    for (const auto& hit : result.hits) {
        set.rows.push_back(row_of(hit));
    }
    set.truncated = set.total > static_cast<long long>(set.rows.size());
    return set;
}

std::uint32_t export_limit(const RequestContext& ctx) {
    return static_cast<std::uint32_t>(ctx.state.config.get_int("web.export_limit"));
}

std::string feed_title(const QueryParams& params) {
    std::string title = "Ratsarchiv";
    if (auto q = params.get("q"); q && !q->empty()) {
        title += ": " + *q;
    }
    std::string filters;
    for (const auto& [name, value] : params.pairs()) {
        if (name != "q" && name != "sort" && name != "page" && name != "limit") {
            filters += (filters.empty() ? "" : ", ") + name + "=" + value;
        }
    }
    return filters.empty() ? title : title + " (" + filters + ")";
}

} // namespace

std::string base_url(const Poco::Net::HTTPServerRequest& request) {
    // Only a plain host[:port] (names, IPv4, bracketed IPv6) goes into links.
    std::string host = request.getHost();
    const bool plain = std::all_of(host.begin(), host.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' ||
               c == '[' || c == ']';
    });
    if (host.empty() || !plain) {
        host = request.serverAddress().toString();
    }
    const bool https = request.get("X-Forwarded-Proto", "") == "https";
    return (https ? "https://" : "http://") + host;
}

std::string web_root(const ServerConfig& config) {
    const std::string& configured = config.get_string("web.root");
    return configured.empty() ? default_web_root() : configured;
}

std::vector<std::string> page_parameters() {
    std::vector<std::string> names = search_parameters();
    names.erase(std::remove(names.begin(), names.end(), "limit"), names.end());
    return names;
}

Response handle_page(RequestContext& ctx) {
    auto file = resolve_static(web_root(ctx.state.config), "/");
    if (!file) {
        throw NotFound("the web page is not installed (web.root)");
    }
    return file_response(*file);
}

Response handle_council_page(RequestContext& ctx) {
    auto file = resolve_static(web_root(ctx.state.config), "/static/council.html");
    if (!file) {
        throw NotFound("the web page is not installed (web.root)");
    }
    return file_response(*file);
}

Response handle_static(RequestContext& ctx) {
    auto file = resolve_static(web_root(ctx.state.config), "/static/" + ctx.path_params.at("file"));
    if (!file) {
        throw NotFound("no such file: " + ctx.path_params.at("file"));
    }
    return file_response(*file);
}

Response handle_feed(RequestContext& ctx) {
    ResultSet set = run_search(ctx, kFeedEntries, SortOrder::DateDesc, true);
    for (auto& row : set.rows) {
        if (row.date.empty()) {
            row.indexed_at = indexed_at(ctx.db(), row.id);
        }
    }
    const std::string base = base_url(ctx.request);
    const std::string query = search_query_string(ctx.params);
    FeedInfo info;
    info.title = feed_title(ctx.params);
    info.base_url = base;
    info.self_url = base + "/feed.atom" + (query.empty() ? "" : "?" + query);
    info.page_url = base + "/" + (query.empty() ? "" : "?" + query);
    // Without dated entries the feed is as new as the index: the same answer until it changes.
    info.updated_default =
        rfc3339_time(static_cast<std::time_t>(ctx.pool().modified_unix_seconds()));
    Response response{200, "application/atom+xml; charset=utf-8", render_atom_feed(info, set)};
    // A staff feed lists non-public documents: caches must not serve it to anyone else.
    response.headers.emplace_back("Cache-Control", "private, no-cache");
    response.headers.emplace_back("Vary", "Authorization");
    return response;
}

Response handle_export_csv(RequestContext& ctx) {
    ResultSet set = run_search(ctx, export_limit(ctx), std::nullopt, false);
    return download("text/csv; charset=utf-8", render_csv(set, base_url(ctx.request)),
                    "ratsarchiv-export.csv");
}

Response handle_export_json(RequestContext& ctx) {
    ResultSet set = run_search(ctx, export_limit(ctx), std::nullopt, false);
    return download("application/json; charset=utf-8", render_json(set, base_url(ctx.request)),
                    "ratsarchiv-export.json");
}

} // namespace ratsarchiv::server::web
