// GET /api/people and /api/people/{name}: the people and groups, and one of them with their
// papers. A name is looked up as a submitter (schema/submitter_names.h: an Antrag or Anfrage
// names its own submitters, an answer those of the paper it answers, so the papers, the answers
// and the papers answered are listed) and as a signatory, in the view the audience reads.
#include <set>

#include <Poco/JSON/Array.h>

#include "schema/document_types.h"
#include "schema/errors.h"
#include "schema/fields.h"
#include "schema/submitter_names.h"
#include "schema/text_fold.h"
#include "server/council/council_handlers.h"
#include "server/council/people_directory.h"
#include "server/council/session_reading.h"
#include "server/search/document_lookup.h"
#include "server/search/searcher.h"

namespace ratsarchiv::server::council {

namespace {
using Poco::JSON::Array;
using Poco::JSON::Object;

constexpr std::uint32_t kDefaultLimit = 100;
constexpr std::uint32_t kMaxLimit = 500;

constexpr std::uint32_t kDefaultListLimit = 100;
constexpr std::uint32_t kMaxListLimit = 5000;
constexpr std::size_t kMaxPrefixBytes = 200;

// Which papers of a submitter: those that submit themselves, or the others (the answers).
enum class Kind { Any, Own, Answers };

Xapian::Query own_types() {
    std::vector<Xapian::Query> types;
    for (std::string_view type : schema::kDocumentTypes) {
        if (schema::submits_itself(type)) {
            types.emplace_back(schema::keyword_term(*schema::field_by_name("type"), type));
        }
    }
    return Xapian::Query(Xapian::Query::OP_OR, types.begin(), types.end());
}

std::vector<Xapian::Document> documents_with(RequestContext& ctx, const std::string& field,
                                             const std::string& value, Kind kind,
                                             std::uint32_t limit, Xapian::doccount& total) {
    Xapian::Query query(schema::keyword_term(*schema::field_by_name(field), value));
    if (kind == Kind::Own) {
        query = Xapian::Query(Xapian::Query::OP_FILTER, query, own_types());
    } else if (kind == Kind::Answers) {
        query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, own_types());
    }
    Xapian::Enquire enquire(ctx.db());
    enquire.set_query(restrict_to_audience(ctx.audience, query));
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

// The papers submitted: their own, then those the answers answer, each once.
Array::Ptr submitted_papers(RequestContext& ctx, const std::vector<Xapian::Document>& own,
                            const std::vector<Xapian::Document>& answers) {
    Array::Ptr out = new Array;
    std::set<std::string> seen;
    std::set<std::string> listed;
    for (const auto& doc : own) {
        SearchHit hit = hit_from_document(doc);
        listed.insert(hit.id);
        if (!hit.number.empty()) {
            seen.insert(hit.number);
        }
        out->add(summary(hit));
    }
    for (const auto& doc : answers) {
        for (const auto& ref : visible_document(ctx.audience, doc).refs) {
            if (ref.relation != "answers" || !seen.insert(ref.number).second) {
                continue;
            }
            for (const auto& paper : documents_with_number(ctx.db(), ctx.audience, ref.number, 1)) {
                SearchHit hit = hit_from_document(paper);
                if (listed.insert(hit.id).second) {
                    out->add(summary(hit));
                }
            }
        }
    }
    return out;
}
} // namespace

Response handle_people(RequestContext& ctx) {
    const std::string prefix = ctx.params.get("q").value_or("");
    if (prefix.size() > kMaxPrefixBytes) {
        throw BadParameter("q", "must be at most " + std::to_string(kMaxPrefixBytes) + " bytes");
    }
    const std::uint32_t limit = ctx.params.get_uint("limit", kDefaultListLimit, 1, kMaxListLimit);
    const std::string folded = schema::fold_keyword(prefix);
    Xapian::Database& db = ctx.db();
    const Audience& audience = ctx.audience;
    auto directory = ctx.state.people_directories.get(ctx.search_view().revision, [&db, &audience] {
        return build_people_directory(db, audience);
    });
    Array::Ptr people = new Array;
    std::size_t total = 0;
    for (const auto& entry : directory->people) {
        if (!folded.empty() && !matches_prefix(entry, folded)) {
            continue;
        }
        if (++total > limit) {
            continue;
        }
        Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        o->set("name", entry.name);
        o->set("url", person_path(entry.name));
        o->set("documents", entry.documents);
        o->set("submitted", entry.submitted);
        o->set("answers", entry.answers);
        o->set("signed", entry.signed_);
        people->add(o);
    }
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("total", total);
    o->set("people", people);
    return json_response(o);
}

Response handle_person(RequestContext& ctx) {
    const std::string& written = ctx.path_params.at("name");
    const std::uint32_t limit = ctx.params.get_uint("limit", kDefaultLimit, 1, kMaxLimit);
    const std::string name = schema::normalize_submitter(written);
    if (name.empty()) {
        throw NotFound("no such person");
    }
    Xapian::doccount own_total = 0;
    Xapian::doccount answered_total = 0;
    Xapian::doccount signed_total = 0;
    auto own = documents_with(ctx, "submitter", name, Kind::Own, limit, own_total);
    auto answers = documents_with(ctx, "submitter", name, Kind::Answers, limit, answered_total);
    auto signed_documents =
        documents_with(ctx, "signatory", written, Kind::Any, limit, signed_total);
    if (own.empty() && answers.empty() && signed_documents.empty()) {
        throw NotFound("no such person");
    }
    const bool submitter = !own.empty() || !answers.empty();
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("name", submitter ? name : written);
    o->set("url", person_path(submitter ? name : written));
    o->set("own_total", own_total);
    o->set("submitted", submitted_papers(ctx, own, answers));
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
