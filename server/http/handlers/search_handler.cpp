// GET /api/search and GET /api/facets: a SearchRequest in, the search JSON shape out:
// {"total", "total_exact", "page", "limit", "hits": [...], "facets": {...}, "suggestion"}.
#include <Poco/JSON/Array.h>

#include "schema/fields.h"
#include "server/http/handlers/handlers.h"
#include "server/http/search_params.h"

namespace ratsarchiv::server {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Poco::Dynamic::Var or_null(const std::string& s) {
    return s.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(s);
}

Object::Ptr hit_json(const SearchHit& hit) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", hit.id);
    o->set("source", hit.source);
    o->set("number", or_null(hit.number));
    o->set("type", or_null(hit.type));
    o->set("date", or_null(hit.date));
    o->set("thema", or_null(hit.thema));
    o->set("body", or_null(hit.body));
    o->set("amt", or_null(hit.amt));
    Array::Ptr gremien = new Array;
    for (const auto& g : hit.gremien) {
        gremien->add(g);
    }
    o->set("gremien", gremien);
    o->set("public", hit.is_public);
    o->set("score", hit.score);
    o->set("snippet", hit.snippet);
    return o;
}

Object::Ptr facets_json(const SearchResult& result) {
    Object::Ptr facets = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const auto& [name, values] : result.facets) {
        Array::Ptr list = new Array;
        for (const auto& v : values) {
            Object::Ptr entry = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
            entry->set("value", v.value);
            entry->set("count", v.count);
            list->add(entry);
        }
        facets->set(name, list);
    }
    return facets;
}

Object::Ptr result_json(const SearchRequest& request, const SearchResult& result) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("total", result.total);
    o->set("total_exact", result.total_exact);
    o->set("page", request.page);
    o->set("limit", request.limit);
    Array::Ptr hits = new Array;
    for (const auto& hit : result.hits) {
        hits->add(hit_json(hit));
    }
    o->set("hits", hits);
    o->set("facets", facets_json(result));
    o->set("suggestion",
           result.suggestion ? Poco::Dynamic::Var(*result.suggestion) : Poco::Dynamic::Var());
    return o;
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
    return json_response(result_json(request, result));
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
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("total", result.total);
    o->set("facets", facets_json(result));
    return json_response(o);
}

} // namespace ratsarchiv::server
