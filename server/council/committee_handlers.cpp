// GET /api/gremien and /api/gremien/{name}: committees, their sessions, papers and years.
#include <map>
#include <set>

#include <Poco/JSON/Array.h>

#include "schema/errors.h"
#include "schema/fields.h"
#include "server/council/council_handlers.h"
#include "server/council/session_reading.h"
#include "server/oparl/handler_support.h"
#include "server/search/searcher.h"

namespace ratsarchiv::server::council {

namespace {
using Poco::JSON::Array;
using Poco::JSON::Object;

constexpr std::uint32_t kDefaultPapers = 50;
constexpr std::uint32_t kMaxPapers = 500;

// The committee's papers (documents with a step of it, dated or not) in the body, newest first.
Object::Ptr papers_json(RequestContext& ctx, const std::string& name, const std::string& body_id,
                        std::uint32_t limit) {
    Xapian::Query query(schema::keyword_term(*schema::field_by_name("gremium"), name));
    if (!body_id.empty()) {
        auto catalog = oparl::catalog_of(ctx);
        const oparl::BodyEntry* body = catalog->body(body_id);
        std::vector<std::string> terms = body ? body->terms : std::vector<std::string>{};
        query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                              Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
    }
    Xapian::Enquire enquire(ctx.db());
    enquire.set_query(restrict_to_audience(ctx.audience, query));
    enquire.set_sort_by_value_then_relevance(schema::kSlotDate, true);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::MSet mset = enquire.get_mset(0, limit, ctx.db().get_doccount());
    Array::Ptr items = new Array;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        SearchHit hit = hit_from_document(it.get_document());
        Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        o->set("id", hit.id);
        o->set("number", hit.number);
        o->set("type", hit.type);
        o->set("thema", hit.thema);
        o->set("date", hit.date);
        items->add(o);
    }
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("total", mset.get_matches_estimated());
    o->set("items", items);
    return o;
}

// Sessions and distinct papers per year.
Array::Ptr years_json(const std::vector<const SessionEntry*>& sessions) {
    std::map<std::string, std::pair<std::size_t, std::set<Xapian::docid>>> years;
    for (const SessionEntry* session : sessions) {
        auto& year = years[session->day.substr(0, 4)];
        ++year.first;
        year.second.insert(session->papers.begin(), session->papers.end());
    }
    Array::Ptr out = new Array;
    for (const auto& [year, counts] : years) {
        Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        o->set("year", year);
        o->set("sessions", counts.first);
        o->set("papers", counts.second.size());
        out->add(o);
    }
    return out;
}
} // namespace

Response handle_committee_list(RequestContext& ctx) {
    auto directory = directory_of(ctx);
    Array::Ptr committees = new Array;
    for (const auto& [folded, committee] : directory->committees) {
        std::set<std::string> bodies;
        for (std::size_t i : committee.sessions) {
            bodies.insert(directory->sessions[i].body_name);
        }
        Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        o->set("name", committee.name);
        o->set("sessions", committee.sessions.size());
        Array::Ptr names = new Array;
        for (const auto& body : bodies) {
            names->add(body);
        }
        o->set("bodies", names);
        o->set("url", committee_path(committee.name));
        committees->add(o);
    }
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("total", committees->size());
    o->set("gremien", committees);
    return json_response(o);
}

Response handle_committee(RequestContext& ctx) {
    const std::string& name = ctx.path_params.at("name");
    const std::string body_id = ctx.params.get("body").value_or("");
    const std::uint32_t limit = ctx.params.get_uint("limit", kDefaultPapers, 0, kMaxPapers);
    auto directory = directory_of(ctx);
    const CommitteeEntry* committee = directory->committee(name);
    std::vector<const SessionEntry*> sessions;
    std::map<std::string, std::string> bodies;
    for (std::size_t i : committee ? committee->sessions : std::vector<std::size_t>{}) {
        const SessionEntry& session = directory->sessions[i];
        bodies.emplace(session.body_id, session.body_name);
        if (body_id.empty() || session.body_id == body_id) {
            sessions.push_back(&session);
        }
    }
    Object::Ptr papers = papers_json(ctx, committee ? committee->name : name, body_id, limit);
    if (sessions.empty() && papers->getValue<std::uint64_t>("total") == 0) {
        throw NotFound("no such committee");
    }
    const std::string today = today_yyyymmdd();
    Array::Ptr past = new Array;
    Array::Ptr upcoming = new Array;
    for (auto it = sessions.rbegin(); it != sessions.rend() && (*it)->day < today; ++it) {
        past->add(session_summary_json(ctx.db(), **it)); // the newest first
    }
    for (const SessionEntry* session : sessions) {
        if (session->day >= today) {
            upcoming->add(session_summary_json(ctx.db(), *session)); // the next first
        }
    }
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("name", committee ? committee->name : name);
    o->set("url", committee_path(committee ? committee->name : name));
    Array::Ptr body_list = new Array;
    for (const auto& [id, body_name] : bodies) {
        Object::Ptr b = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        b->set("id", id);
        b->set("name", body_name);
        body_list->add(b);
    }
    o->set("bodies", body_list);
    o->set("sessions_total", sessions.size());
    o->set("upcoming", upcoming);
    o->set("past", past);
    o->set("years", years_json(sessions));
    o->set("papers", papers);
    return json_response(o);
}

} // namespace ratsarchiv::server::council
