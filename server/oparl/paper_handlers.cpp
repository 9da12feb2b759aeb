// Papers, one by one and by body, and their consultations. A removed paper answers its deleted
// form (chapter 2.8); an id the audience may not see answers what an unknown id answers.
#include "schema/errors.h"
#include "server/oparl/handler_support.h"
#include "server/oparl/oparl_handlers.h"
#include "server/oparl/paper_list.h"
#include "server/oparl/paper_objects.h"
#include "server/oparl/removed_papers.h"
#include "server/search/document_lookup.h"

namespace ratsarchiv::server::oparl {

namespace {
Poco::JSON::Object::Ptr full_paper(RequestContext& ctx, const Urls& urls,
                                   const Xapian::Document& doc) {
    const PaperSource paper = paper_source(ctx.audience, doc);
    return paper_json(urls, paper, paper_links(ctx.db(), ctx.audience, paper.document));
}
} // namespace

Response handle_paper_list(RequestContext& ctx) {
    const ListRequest request = list_request_of(ctx);
    const Urls urls = request_urls(ctx);
    auto catalog = catalog_of(ctx);
    const BodyEntry& body = body_of(ctx, *catalog);
    const PaperPage page = list_papers(ctx, body, request);
    Poco::JSON::Array::Ptr data = new Poco::JSON::Array;
    for (const auto& item : page.items) {
        if (item.document) {
            data->add(full_paper(ctx, urls, *item.document));
        } else {
            data->add(deleted_json(urls.paper(item.removed->id), "Paper", item.removed->created_at,
                                   item.removed->removed_at));
        }
    }
    return json_response(list_page(data, page.total, request, urls.body_list(body.id, "paper")));
}

Response handle_paper(RequestContext& ctx) {
    const std::string& id = ctx.path_params.at("id");
    const Urls urls = request_urls(ctx);
    if (auto doc = find_document(ctx.db(), ctx.audience, id)) {
        return json_response(full_paper(ctx, urls, *doc));
    }
    if (auto removed = removed_paper(ctx, id)) {
        return json_response(
            deleted_json(urls.paper(id), "Paper", removed->created_at, removed->removed_at));
    }
    throw NotFound("no such paper");
}

Response handle_consultation(RequestContext& ctx) {
    const std::string& id = ctx.path_params.at("id");
    const Urls urls = request_urls(ctx);
    if (auto parsed = parse_consultation_id(id)) {
        const auto& [paper_id, index] = *parsed;
        if (auto doc = find_document(ctx.db(), ctx.audience, paper_id)) {
            const PaperSource paper = paper_source(ctx.audience, *doc);
            if (index < paper.document.beratungsfolge.size() && shows_consultation(paper, index)) {
                return json_response(consultation_json(urls, paper, index, true));
            }
        } else if (auto removed = removed_paper(ctx, paper_id)) {
            // Consultations go with their paper (OParl 1.1 deletes them, never drops them).
            return json_response(deleted_json(urls.consultation(id), "Consultation",
                                              removed->created_at, removed->removed_at));
        }
    }
    throw NotFound("no such consultation");
}

} // namespace ratsarchiv::server::oparl
