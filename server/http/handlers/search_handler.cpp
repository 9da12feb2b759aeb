// GET /api/search and GET /api/facets: a SearchRequest in, the search JSON shape out:
// {"total", "total_exact", "page", "limit", "hits": [...], "facets": {...}, "suggestion"}.
#include <cstdint>

#include "schema/fields.h"
#include "server/http/handlers/handlers.h"
#include "server/http/json_writer.h"
#include "server/http/search_params.h"

namespace ratsarchiv::server {

namespace {

void write_hit(JsonWriter& w, const SearchHit& hit) {
    w.begin_object();
    w.key("id");
    w.string(hit.id);
    w.key("source");
    w.string(hit.source);
    w.key("number");
    w.string_or_null(hit.number);
    w.key("type");
    w.string_or_null(hit.type);
    w.key("date");
    w.string_or_null(hit.date);
    w.key("thema");
    w.string_or_null(hit.thema);
    w.key("body");
    w.string_or_null(hit.body);
    w.key("amt");
    w.string_or_null(hit.amt);
    w.key("gremien");
    w.begin_array();
    for (const auto& g : hit.gremien) {
        w.string(g);
    }
    w.end_array();
    w.key("public");
    w.boolean(hit.is_public);
    w.key("score");
    w.number(hit.score);
    w.key("snippet");
    w.string(hit.snippet);
    w.end_object();
}

void write_facets(JsonWriter& w, const SearchResult& result) {
    w.key("facets");
    w.begin_object();
    for (const auto& [name, values] : result.facets) {
        w.key(name);
        w.begin_array();
        for (const auto& v : values) {
            w.begin_object();
            w.key("value");
            w.string(v.value);
            w.key("count");
            w.number(v.count);
            w.end_object();
        }
        w.end_array();
    }
    w.end_object();
}

Response json_text_response(JsonWriter& w) {
    return Response{200, "application/json; charset=utf-8", w.take()};
}

} // namespace

std::vector<std::string> search_parameters() {
    std::vector<std::string> names = fixed_search_parameters();
    for (const auto& field : schema::kFields) {
        if (!field.filter_param.empty()) {
            names.emplace_back(field.filter_param);
        }
    }
    return names;
}

Response handle_search(RequestContext& ctx) {
    SearchRequest request = parse_search_request(ctx.params, ctx.state.config);
    SearchResult result = ctx.state.searcher.search(ctx.db(), ctx.audience, request);
    JsonWriter w;
    w.begin_object();
    w.key("total");
    w.number(result.total);
    w.key("total_exact");
    w.boolean(result.total_exact);
    w.key("page");
    w.number(std::uint64_t{request.page});
    w.key("limit");
    w.number(std::uint64_t{request.limit});
    w.key("hits");
    w.begin_array();
    for (const auto& hit : result.hits) {
        write_hit(w, hit);
    }
    w.end_array();
    write_facets(w, result);
    w.key("suggestion");
    if (result.suggestion) {
        w.string(*result.suggestion);
    } else {
        w.null();
    }
    w.end_object();
    return json_text_response(w);
}

Response handle_facets(RequestContext& ctx) {
    SearchRequest request = parse_search_request(ctx.params, ctx.state.config);
    request.limit = 0;
    request.facets = true;
    request.snippets = false;
    if (!ctx.params.get("facet_size")) {
        request.facet_size = 1000;
    }
    SearchResult result = ctx.state.searcher.search(ctx.db(), ctx.audience, request);
    JsonWriter w;
    w.begin_object();
    w.key("total");
    w.number(result.total);
    write_facets(w, result);
    w.end_object();
    return json_text_response(w);
}

} // namespace ratsarchiv::server
