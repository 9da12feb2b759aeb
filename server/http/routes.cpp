// THE route table. One row per endpoint; the web and access modules add their rows here.
#include "server/http/routes.h"

#include "server/council/council_handlers.h"
#include "server/http/handlers/handlers.h"
#include "server/oparl/list_request.h"
#include "server/oparl/oparl_handlers.h"
#include "server/web/web_handlers.h"

namespace ratsarchiv::server {

const std::vector<Route>& routes() {
    static const std::vector<Route> table{
        {"GET", "/api/search", handle_search, search_parameters(), "Full-text search with facets"},
        {"GET", "/api/facets", handle_facets, search_parameters(), "Facet values with counts"},
        {"GET", "/api/documents/{id}", handle_document, {}, "One document with its references"},
        {"GET", "/api/documents/{id}/related", handle_related, {"limit"}, "Related documents"},
        {"GET", "/api/suggest", handle_suggest, {"q", "limit"}, "Completion as the user types"},
        {"GET", "/api/health", handle_health, {}, "Liveness and index figures"},
        {"GET", "/api/openapi.json", handle_openapi, {}, "This API as OpenAPI 3"},
        {"GET", "/metrics", handle_metrics, {}, "Prometheus metrics"},
        {"GET", "/feed.atom", web::handle_feed, search_parameters(), "Atom feed of a search"},
        {"GET", "/api/export.csv", web::handle_export_csv, search_parameters(), "Results as CSV"},
        {"GET", "/api/export.json", web::handle_export_json, search_parameters(),
         "Results as JSON"},
        // Sessions, committees and people (server/council/).
        {"GET", "/api/sessions", council::handle_session_list, council::session_list_parameters(),
         "Sessions (a committee on a day), by day"},
        {"GET", "/api/sessions.ics", council::handle_session_calendar,
         council::session_list_parameters(), "Sessions as an iCalendar feed"},
        {"GET", "/api/sessions/{id}", council::handle_session, {}, "One session with its papers"},
        {"GET", "/api/gremien", council::handle_committee_list, {}, "Committees"},
        {"GET",
         "/api/gremien/{name}",
         council::handle_committee,
         {"body", "limit"},
         "One committee: sessions, papers, years"},
        {"GET",
         "/api/people",
         council::handle_people,
         {"q", "limit"},
         "People and groups with their numbers of documents"},
        {"GET",
         "/api/people/{name}",
         council::handle_person,
         {"limit"},
         "A Fraktion's or person's papers"},
        {"GET", "/gremien", web::handle_council_page, {}, "The committees page"},
        {"GET", "/gremium/{name}", web::handle_council_page, {"body"}, "A committee's page"},
        {"GET", "/sitzung/{id}", web::handle_council_page, {}, "A session's page"},
        {"GET", "/personen", web::handle_council_page, {"q"}, "The people page"},
        {"GET", "/person/{name}", web::handle_council_page, {}, "A person's page"},
        {"GET", "/", web::handle_page, web::page_parameters(), "The search page"},
        {"GET", "/dokument/{id}", web::handle_page, {"q"}, "The search page on one document"},
        {"GET", "/static/{file}", web::handle_static, {}, "Files of the search page"},
        // OParl 1.1 (server/oparl/): the entry point, then each object and list.
        {"GET", "/oparl/v1.1/", oparl::handle_system, {}, "OParl System (entry point)"},
        {"GET", "/oparl/v1.1", oparl::handle_system_redirect, {}, "Redirect to /oparl/v1.1/"},
        {"GET", "/oparl/v1.1/system", oparl::handle_system, {}, "OParl System"},
        {"GET", "/oparl/v1.1/body", oparl::handle_body_list, oparl::list_parameters(),
         "OParl bodies"},
        {"GET", "/oparl/v1.1/body/{id}", oparl::handle_body, {}, "OParl Body"},
        {"GET", "/oparl/v1.1/body/{id}/paper", oparl::handle_paper_list, oparl::list_parameters(),
         "OParl papers of a body"},
        {"GET", "/oparl/v1.1/body/{id}/organization", oparl::handle_organization_list,
         oparl::list_parameters(), "OParl organizations of a body"},
        {"GET", "/oparl/v1.1/body/{id}/meeting", oparl::handle_meeting_list,
         oparl::list_parameters(), "OParl meetings of a body"},
        {"GET", "/oparl/v1.1/body/{id}/person", oparl::handle_person_list, oparl::list_parameters(),
         "OParl persons of a body (none)"},
        {"GET",
         "/oparl/v1.1/organization/{id}",
         oparl::handle_organization,
         {},
         "OParl Organization"},
        {"GET", "/oparl/v1.1/organization/{id}/meeting", oparl::handle_organization_meetings,
         oparl::list_parameters(), "OParl meetings of an organization"},
        {"GET", "/oparl/v1.1/meeting/{id}", oparl::handle_meeting, {}, "OParl Meeting"},
        {"GET", "/oparl/v1.1/paper/{id}", oparl::handle_paper, {}, "OParl Paper"},
        {"GET",
         "/oparl/v1.1/consultation/{id}",
         oparl::handle_consultation,
         {},
         "OParl Consultation"},
        {"GET", "/oparl/v1.1/file/{id}", oparl::handle_file, {}, "OParl File"},
        {"GET",
         "/oparl/v1.1/file/{id}/access",
         oparl::handle_file_access,
         {},
         "A File's text (text/plain)"},
        {"GET",
         "/oparl/v1.1/file/{id}/download",
         oparl::handle_file_download,
         {},
         "A File's text as a download"},
    };
    return table;
}

namespace {

// Matches "/a/{x}/b" against "/a/1/b" segment by segment.
bool match_pattern(std::string_view pattern, std::string_view path,
                   std::map<std::string, std::string>& out) {
    std::map<std::string, std::string> found;
    while (!pattern.empty() && !path.empty()) {
        auto p_end = pattern.find('/', 1);
        auto s_end = path.find('/', 1);
        std::string_view p = pattern.substr(0, p_end);
        std::string_view s = path.substr(0, s_end);
        if (p.size() > 3 && p[1] == '{' && p.back() == '}') {
            if (s.size() < 2) {
                return false;
            }
            found[std::string(p.substr(2, p.size() - 3))] = std::string(s.substr(1));
        } else if (p != s) {
            return false;
        }
        pattern = p_end == std::string_view::npos ? std::string_view() : pattern.substr(p_end);
        path = s_end == std::string_view::npos ? std::string_view() : path.substr(s_end);
    }
    if (!pattern.empty() || !path.empty()) {
        return false;
    }
    out = std::move(found);
    return true;
}

} // namespace

const Route* match_route(std::string_view method, std::string_view path,
                         std::map<std::string, std::string>& path_params) {
    for (const auto& route : routes()) {
        if (route.method == method && match_pattern(route.pattern, path, path_params)) {
            return &route;
        }
    }
    return nullptr;
}

} // namespace ratsarchiv::server
