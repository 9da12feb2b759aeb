// What the session and committee answers share: the request's session directory, the filters
// of a session list, and the JSON of a session.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "server/council/session_directory.h"
#include "server/http/request_context.h"

namespace ratsarchiv::server::council {

/// The sessions of the view the request's audience reads, at its revision.
std::shared_ptr<const SessionDirectory> directory_of(RequestContext& ctx);

/// Which sessions a list asks for: `gremium`, `body` (a body id), `from`, `to` (yyyy-mm-dd).
struct SessionFilter {
    std::string gremium; ///< folded; empty: every committee
    std::string body_id;
    std::string from; ///< yyyymmdd, empty: open
    std::string to;
    bool matches(const SessionEntry& session) const;
};

/// The filter of the request's parameters; BadParameter naming a malformed date.
SessionFilter session_filter_of(const QueryParams& params);

/// `s`, or JSON null when it is empty.
Poco::Dynamic::Var or_null(const std::string& s);

/// "yyyymmdd" as "yyyy-mm-dd".
std::string iso_day(const std::string& yyyymmdd);
/// Today (UTC) as "yyyymmdd": sessions on or after it are upcoming.
std::string today_yyyymmdd();

/// The page of a session, a committee and a person ("/sitzung/<id>", …).
std::string session_path(const SessionEntry& session);
std::string committee_path(const std::string& name);
std::string person_path(const std::string& name);

/// A session as a list entry: id, gremium, date, body, papers (count), niederschriften (ids).
Poco::JSON::Object::Ptr session_summary_json(Xapian::Database& db, const SessionEntry& session);

} // namespace ratsarchiv::server::council
