// Sessions, committees and people: the API endpoints, the iCalendar feed and the pages (see
// routes.cpp for the paths). Every answer is built from the view the request's audience reads.
#pragma once

#include <string>
#include <vector>

#include "server/http/request_context.h"

namespace ratsarchiv::server::council {

/// GET /api/sessions: sessions by day, filtered by gremium, body and a date range.
Response handle_session_list(RequestContext& ctx);
/// GET /api/sessions/{id}: one session with its papers in agenda order and its Niederschriften.
Response handle_session(RequestContext& ctx);
/// GET /api/sessions.ics: the same sessions as an iCalendar (RFC 5545) feed.
Response handle_session_calendar(RequestContext& ctx);
/// The query parameters of the session list and its calendar.
std::vector<std::string> session_list_parameters();

/// GET /api/gremien: every committee with its number of sessions.
Response handle_committee_list(RequestContext& ctx);
/// GET /api/gremien/{name}: a committee's sessions (past and upcoming), papers and years.
Response handle_committee(RequestContext& ctx);

/// GET /api/people: the people and groups with their numbers of documents, most first; `q` a
/// prefix of the name or of one of its words, `limit`.
Response handle_people(RequestContext& ctx);
/// GET /api/people/{name}: the papers a Fraktion or person submitted, the answers to them, and
/// the documents they signed.
Response handle_person(RequestContext& ctx);

} // namespace ratsarchiv::server::council
