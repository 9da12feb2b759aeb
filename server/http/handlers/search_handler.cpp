// GET /api/search and GET /api/facets: a SearchRequest in, the search JSON shape out:
// {"total", "total_exact", "words_matched", "page", "limit", "hits": [...], "facets": {...},
// "suggestion", "partial", "shards_missing"}.
#include <cstdint>

#include "schema/fields.h"
#include "server/http/handlers/handlers.h"
#include "server/http/json_writer.h"
#include "server/http/search_params.h"

namespace ratsarchiv::server {

namespace {

void write_hit(JsonWriter& w, const SearchHit& hit) {
    w.begin_object();
    w.string_member("id", hit.id);
    w.string_member("source", hit.source);
    w.string_or_null_member("number", hit.number);
    w.string_or_null_member("type", hit.type);
    w.string_or_null_member("date", hit.date);
    w.string_or_null_member("date_source", hit.date_source);
    w.string_or_null_member("thema", hit.thema);
    w.string_or_null_member("body", hit.body);
    w.string_or_null_member("amt", hit.amt);
    w.key("gremien");
    w.begin_array();
    for (const auto& g : hit.gremien) {
        w.string(g);
    }
    w.end_array();
    w.bool_member("public", hit.is_public);
    w.number_member("score", hit.score);
    w.string_member("snippet", hit.snippet);
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
            w.string_member("value", v.value);
            w.number_member("count", v.count);
            w.end_object();
        }
        w.end_array();
    }
    w.end_object();
}

// "partial" and "shards_missing": which shards the answer lacks because they did not answer.
void write_partial(JsonWriter& w, const RequestContext& ctx) {
    const std::vector<std::string> missing = ctx.missing_shards();
    w.bool_member("partial", !missing.empty());
    w.key("shards_missing");
    w.begin_array();
    for (const auto& name : missing) {
        w.string(name);
    }
    w.end_array();
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
    SearchResult result =
        ctx.state.searcher.search(ctx.db(), ctx.audience, request, ctx.search_view());
    JsonWriter w;
    w.begin_object();
    w.number_member("total", result.total);
    w.bool_member("total_exact", result.total_exact);
    w.string_member("words_matched", result.words_matched == WordsMatch::All ? "all" : "any");
    w.number_member("page", std::uint64_t{request.page});
    w.number_member("limit", std::uint64_t{request.limit});
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
    write_partial(w, ctx);
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
    SearchResult result =
        ctx.state.searcher.search(ctx.db(), ctx.audience, request, ctx.search_view());
    JsonWriter w;
    w.begin_object();
    w.number_member("total", result.total);
    write_facets(w, result);
    write_partial(w, ctx);
    w.end_object();
    return json_text_response(w);
}

} // namespace ratsarchiv::server
