// GET /api/sessions, /api/sessions/{id} and /api/sessions.ics.
#include <Poco/JSON/Array.h>

#include "schema/errors.h"
#include "server/council/council_handlers.h"
#include "server/council/icalendar.h"
#include "server/council/session_agenda.h"
#include "server/council/session_reading.h"
#include "server/web/web_handlers.h"

namespace ratsarchiv::server::council {

namespace {
using Poco::JSON::Array;
using Poco::JSON::Object;

constexpr std::uint32_t kDefaultLimit = 100;
constexpr std::uint32_t kMaxLimit = 1000;

Object::Ptr step_json(const BeratungStep& step) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("role", or_null(step.role));
    o->set("result", or_null(step.result));
    o->set("public", step.is_public ? Poco::Dynamic::Var(*step.is_public) : Poco::Dynamic::Var());
    if (step.votes) {
        Object::Ptr v = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        v->set("ja", step.votes->ja);
        v->set("nein", step.votes->nein);
        v->set("enthaltung", step.votes->enthaltung);
        o->set("votes", v);
    } else {
        o->set("votes", Poco::Dynamic::Var());
    }
    return o;
}

Object::Ptr agenda_entry_json(const AgendaEntry& entry) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", entry.id);
    o->set("top", or_null(entry.top));
    o->set("number", or_null(entry.number));
    o->set("type", or_null(entry.type));
    o->set("thema", or_null(entry.thema));
    o->set("date", or_null(entry.date));
    o->set("step", entry.step ? Poco::Dynamic::Var(step_json(*entry.step)) : Poco::Dynamic::Var());
    o->set("niederschrift", or_null(entry.niederschrift));
    return o;
}

const SessionEntry& session_or_404(const SessionDirectory& directory, const std::string& id) {
    const SessionEntry* session = directory.session(id);
    if (session == nullptr) {
        throw NotFound("no such session");
    }
    return *session;
}
} // namespace

std::vector<std::string> session_list_parameters() {
    return {"gremium", "body", "from", "to", "page", "limit"};
}

Response handle_session_list(RequestContext& ctx) {
    const SessionFilter filter = session_filter_of(ctx.params);
    const std::uint32_t limit = ctx.params.get_uint("limit", kDefaultLimit, 1, kMaxLimit);
    const std::uint32_t page = ctx.params.get_uint("page", 1, 1, 1000000);
    auto directory = directory_of(ctx);
    Array::Ptr sessions = new Array;
    std::uint64_t total = 0;
    const std::uint64_t offset = std::uint64_t(page - 1) * limit;
    for (const auto& session : directory->sessions) {
        if (!filter.matches(session)) {
            continue;
        }
        if (total >= offset && sessions->size() < limit) {
            sessions->add(session_summary_json(ctx.db(), session));
        }
        ++total;
    }
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("total", total);
    o->set("page", page);
    o->set("sessions", sessions);
    return json_response(o);
}

Response handle_session(RequestContext& ctx) {
    auto directory = directory_of(ctx);
    const SessionEntry& session = session_or_404(*directory, ctx.path_params.at("id"));
    const SessionAgenda agenda = read_agenda(ctx.db(), ctx.audience, session);
    Object::Ptr o = session_summary_json(ctx.db(), session);
    o->set("gremium_url", committee_path(session.gremium));
    o->set("upcoming", session.day >= today_yyyymmdd());
    Array::Ptr papers = new Array;
    for (const auto& entry : agenda.papers) {
        papers->add(agenda_entry_json(entry));
    }
    o->set("papers", papers);
    Array::Ptr records = new Array;
    for (const auto& record : agenda.niederschriften) {
        Object::Ptr r = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        r->set("id", record.id);
        r->set("thema", or_null(record.thema));
        records->add(r);
    }
    o->set("niederschriften", records);
    return json_response(o);
}

Response handle_session_calendar(RequestContext& ctx) {
    const SessionFilter filter = session_filter_of(ctx.params);
    auto directory = directory_of(ctx);
    const std::string base = web::base_url(ctx.request);
    std::vector<CalendarEvent> events;
    for (const auto& session : directory->sessions) {
        if (!filter.matches(session)) {
            continue;
        }
        const std::size_t papers = session.papers.size();
        std::string description = std::to_string(papers) + (papers == 1 ? " Vorlage" : " Vorlagen");
        if (!session.records.empty()) {
            description += ", Niederschrift im Archiv";
        }
        events.push_back({"sitzung-" + session.id + "@ratsarchiv", session.day, session.gremium,
                          description, session.body_name, base + session_path(session)});
    }
    std::string name = "Ratsarchiv: Sitzungen";
    if (auto gremium = ctx.params.get("gremium"); gremium && !gremium->empty()) {
        const CommitteeEntry* committee = directory->committee(*gremium);
        name += " " + (committee ? committee->name : *gremium);
    }
    Response response{200, "text/calendar; charset=utf-8", render_calendar(name, events)};
    // A staff calendar lists non-public sessions: caches must not serve it to anyone else.
    response.headers.emplace_back("Cache-Control", "private, no-cache");
    response.headers.emplace_back("Vary", "Authorization");
    return response;
}

} // namespace ratsarchiv::server::council
