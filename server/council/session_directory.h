// Sessions (Sitzungen) and committees (Gremien) of one view of the index. A session is a
// committee on a day within a body: exactly the OParl catalog's Meeting (server/oparl/
// archive_catalog.h), whose derivation this reuses, so the two never disagree. Its documents
// are the papers with a Beratungsfolge step of that committee on that day and the
// Niederschriften that record it (schema/fields.h kPrefixSessionRecord). Built from the view an
// audience reads: for anonymous users the public part alone, so a session that only non-public
// steps or documents name does not exist for them, not even as a count.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "server/index/revision_cache.h"
#include "server/oparl/archive_catalog.h"

namespace ratsarchiv::server::council {

/// One session.
struct SessionEntry {
    std::string id; ///< the OParl Meeting id: stable across re-indexing
    std::string body_id;
    std::string body_name;
    std::string gremium; ///< normalized display name
    std::string day;     ///< yyyymmdd
    std::int64_t modified = 0;
    std::vector<Xapian::docid> papers;  ///< documents with a step of this session
    std::vector<Xapian::docid> records; ///< Niederschriften of this session
};

/// One committee: all sessions of that name, in every body that has one.
struct CommitteeEntry {
    std::string name;                  ///< display name
    std::vector<std::size_t> sessions; ///< indexes into SessionDirectory::sessions, by day
};

/// The sessions of one view, by day (then committee, then body), and its committees by folded
/// name.
struct SessionDirectory {
    std::vector<SessionEntry> sessions;
    std::map<std::string, CommitteeEntry> committees;

    const SessionEntry* session(const std::string& id) const;
    /// The committee of this name in any spelling case, or nullptr.
    const CommitteeEntry* committee(const std::string& name) const;
};

/// Gathers the sessions of `db` from its OParl catalog (built from the same view).
SessionDirectory build_session_directory(Xapian::Database& db, const oparl::Catalog& catalog);

/// The directory of each view and revision, built on first use.
using SessionDirectoryCache = RevisionCache<SessionDirectory>;

} // namespace ratsarchiv::server::council
