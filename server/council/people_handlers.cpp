// GET /api/people/{name}: a Fraktion's or person's papers. A name is looked up as a submitter
// (schema/submitter_names.h: the answers name who submitted the Antrag or Anfrage, so both the
// answers and the papers they answer are listed) and as a signatory, in the view the audience
// reads.
#include <set>

#include <Poco/JSON/Array.h>

#include "schema/errors.h"
#include "schema/fields.h"
#include "schema/submitter_names.h"
#include "server/council/council_handlers.h"
#include "server/council/session_reading.h"
#include "server/search/document_lookup.h"
#include "server/search/searcher.h"

namespace ratsarchiv::server::council {

namespace {
using Poco::JSON::Array;
using Poco::JSON::Object;

constexpr std::uint32_t kDefaultLimit = 100;
constexpr std::uint32_t kMaxLimit = 500;

std::vector<Xapian::Document> documents_with(RequestContext& ctx, const std::string& field,
                                             const std::string& value, std::uint32_t limit,
                                             Xapian::doccount& total) {
    Xapian::Enquire enquire(ctx.db());
    enquire.set_query(restrict_to_audience(
        ctx.audience, Xapian::Query(schema::keyword_term(*schema::field_by_name(field), value))));
    enquire.set_sort_by_value_then_relevance(schema::kSlotDate, true);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::MSet mset = enquire.get_mset(0, limit, ctx.db().get_doccount());
    total = mset.get_matches_estimated();
    std::vector<Xapian::Document> out;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        out.push_back(it.get_document());
    }
    return out;
}

Object::Ptr summary(const SearchHit& hit) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", hit.id);
    o->set("number", or_null(hit.number));
    o->set("type", or_null(hit.type));
    o->set("thema", or_null(hit.thema));
    o->set("date", or_null(hit.date));
    return o;
}

// The papers the answers answer, each once, in the answers' order.
Array::Ptr answered_papers(RequestContext& ctx, const std::vector<Xapian::Document>& answers) {
    Array::Ptr out = new Array;
    std::set<std::string> seen;
    for (const auto& doc : answers) {
        for (const auto& ref : visible_document(ctx.audience, doc).refs) {
            if (ref.relation != "answers" || !seen.insert(ref.number).second) {
                continue;
            }
            for (const auto& paper : documents_with_number(ctx.db(), ctx.audience, ref.number, 1)) {
                out->add(summary(hit_from_document(paper)));
            }
        }
    }
    return out;
}
} // namespace

Response handle_person(RequestContext& ctx) {
    const std::string& written = ctx.path_params.at("name");
    const std::uint32_t limit = ctx.params.get_uint("limit", kDefaultLimit, 1, kMaxLimit);
    const std::string name = schema::normalize_submitter(written);
    if (name.empty()) {
        throw NotFound("no such person");
    }
    Xapian::doccount answered_total = 0;
    Xapian::doccount signed_total = 0;
    auto answers = documents_with(ctx, "submitter", name, limit, answered_total);
    auto signed_documents = documents_with(ctx, "signatory", written, limit, signed_total);
    if (answers.empty() && signed_documents.empty()) {
        throw NotFound("no such person");
    }
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("name", answers.empty() ? written : name);
    o->set("url", person_path(answers.empty() ? written : name));
    o->set("submitted", answered_papers(ctx, answers));
    Array::Ptr answer_list = new Array;
    for (const auto& doc : answers) {
        answer_list->add(summary(hit_from_document(doc)));
    }
    o->set("answers_total", answered_total);
    o->set("answers", answer_list);
    Array::Ptr signed_list = new Array;
    for (const auto& doc : signed_documents) {
        signed_list->add(summary(hit_from_document(doc)));
    }
    o->set("signed_total", signed_total);
    o->set("signed", signed_list);
    return json_response(o);
}

} // namespace ratsarchiv::server::council
