// A session's papers in agenda order: for each paper its step of that session (role, result,
// votes) and its TOP, which the session's Niederschriften give (council_document.h
// SessionRecord).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/council_document.h"
#include "server/access/audience.h"
#include "server/council/session_directory.h"

namespace ratsarchiv::server::council {

/// One paper of a session.
struct AgendaEntry {
    std::string id, number, type, thema, date;
    std::string top;           ///< the TOP where a Niederschrift or the paper's own table gives it
    std::string niederschrift; ///< id of the Niederschrift recording it, if any
    std::optional<BeratungStep> step; ///< its step of this session
};

/// A Niederschrift of a session.
struct SessionRecordEntry {
    std::string id, thema;
};

struct SessionAgenda {
    std::vector<AgendaEntry> papers; ///< by TOP (numeric parts compared as numbers), then number
    std::vector<SessionRecordEntry> niederschriften;
};

/// Reads the papers and Niederschriften of `session` as `audience` may see them.
SessionAgenda read_agenda(Xapian::Database& db, const Audience& audience,
                          const SessionEntry& session);

/// True when TOP `a` comes before `b` ("2" < "10", "5" < "5.1" < "5 a" < "6").
bool top_before(const std::string& a, const std::string& b);

} // namespace ratsarchiv::server::council
