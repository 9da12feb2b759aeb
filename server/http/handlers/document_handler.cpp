// GET /api/documents/{id} and /api/documents/{id}/related: one document with its references
// both ways, and the documents around it. Unknown and invisible ids answer the same 404.
#include <Poco/JSON/Array.h>

#include "schema/document_json.h"
#include "schema/errors.h"
#include "server/access/audience.h"
#include "server/http/handlers/handlers.h"
#include "server/oparl/object_ids.h"
#include "server/search/document_lookup.h"
#include "server/search/searcher.h"

namespace ratsarchiv::server {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

constexpr std::size_t kChainLimit = 20;

Poco::Dynamic::Var or_null(const std::string& s) {
    return s.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(s);
}

Object::Ptr summary_json(const SearchHit& hit) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", hit.id);
    o->set("number", or_null(hit.number));
    o->set("type", or_null(hit.type));
    o->set("date", or_null(hit.date));
    o->set("date_source", or_null(hit.date_source));
    o->set("thema", or_null(hit.thema));
    o->set("body", or_null(hit.body));
    o->set("public", hit.is_public);
    return o;
}

Xapian::Document document_or_404(RequestContext& ctx) {
    auto doc = find_document(ctx.db(), ctx.audience, ctx.path_params.at("id"));
    if (!doc) {
        throw NotFound("no such document");
    }
    return *doc;
}

Array::Ptr cites_json(RequestContext& ctx, const CouncilDocument& d) {
    Array::Ptr cites = new Array;
    for (const auto& ref : d.refs) {
        Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        o->set("number", ref.number);
        o->set("relation", or_null(ref.relation));
        auto targets = documents_with_number(ctx.db(), ctx.audience, ref.number, 1);
        if (targets.empty()) {
            o->set("id", Poco::Dynamic::Var());
            o->set("thema", Poco::Dynamic::Var());
        } else {
            SearchHit hit = hit_from_document(targets.front());
            o->set("id", hit.id);
            o->set("thema", or_null(hit.thema));
        }
        cites->add(o);
    }
    return cites;
}

Array::Ptr cited_by_json(RequestContext& ctx, const CouncilDocument& d) {
    Array::Ptr cited_by = new Array;
    for (const auto& doc : documents_citing(ctx.db(), ctx.audience, d.number)) {
        SearchHit hit = hit_from_document(doc);
        if (hit.id != d.id) {
            cited_by->add(summary_json(hit));
        }
    }
    return cited_by;
}

// Each dated step's session (server/council/): the OParl Meeting id of its body, Gremium and day.
void link_sessions(const CouncilDocument& d, Object::Ptr& o) {
    Array::Ptr steps = o->getArray("beratungsfolge");
    for (std::size_t i = 0; steps && i < steps->size() && i < d.beratungsfolge.size(); ++i) {
        const BeratungStep& step = d.beratungsfolge[i];
        if (step.date && step.date->size() == 10 && !step.gremium.empty()) {
            const std::string day =
                step.date->substr(0, 4) + step.date->substr(5, 2) + step.date->substr(8, 2);
            steps->getObject(i)->set(
                "session",
                oparl::meeting_id(oparl::body_name_of(d.body, d.archive), step.gremium, day));
        }
    }
}

} // namespace

Response handle_document(RequestContext& ctx) {
    Xapian::Document doc = document_or_404(ctx);
    CouncilDocument d = visible_document(ctx.audience, doc);
    Object::Ptr o = schema::document_to_json(d, {true, false});
    if (ctx.audience.staff) {
        // Staff see what is hidden from the public; anonymous users must not even learn that.
        o->set("visibility", std::string(visibility_mark(doc)));
    }
    link_sessions(d, o);
    Array::Ptr gremien = new Array;
    for (const auto& g : hit_from_document(doc).gremien) {
        gremien->add(g);
    }
    o->set("gremien", gremien);
    o->set("cites", cites_json(ctx, d));
    o->set("cited_by", cited_by_json(ctx, d));
    return json_response(o);
}

Response handle_related(RequestContext& ctx) {
    Xapian::Document doc = document_or_404(ctx);
    const std::size_t limit = ctx.params.get_uint("limit", 10, 1, 50);
    std::vector<SearchHit> chain = reference_chain(ctx.db(), ctx.audience, doc, kChainLimit);
    std::vector<std::string> exclude;
    Array::Ptr chain_json = new Array;
    for (const auto& hit : chain) {
        exclude.push_back(hit.id);
        chain_json->add(summary_json(hit));
    }
    Array::Ptr similar_json = new Array;
    for (const auto& hit : similar_documents(ctx.db(), ctx.audience, doc, exclude, limit)) {
        Object::Ptr o = summary_json(hit);
        o->set("score", hit.score);
        similar_json->add(o);
    }
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", ctx.path_params.at("id"));
    o->set("chain", chain_json);
    o->set("similar", similar_json);
    return json_response(o);
}

} // namespace ratsarchiv::server
