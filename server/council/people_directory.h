// The people and groups of the view a request's audience reads: every submitter (a Fraktion, a
// Stadträtin, an association that submitted an Antrag) and signatory, with how many of the
// visible documents name them, built once per revision (like the session directory).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "server/access/audience.h"
#include "server/index/revision_cache.h"

namespace ratsarchiv::server::council {

/// One person or group and the documents that name them.
struct PersonEntry {
    std::string name;            ///< the normalized submitter, or the signatory as written
    std::string folded;          ///< schema::fold_keyword(name), the key
    std::uint32_t submitted = 0; ///< Anträge, Anfragen and amendments they submitted
    std::uint32_t answers = 0;   ///< answers to papers they submitted
    std::uint32_t signed_ = 0;   ///< documents they signed
    std::uint32_t documents = 0; ///< distinct documents of the three
};

/// The people and groups of one view, most documents first (equal counts by name).
struct PeopleDirectory {
    std::vector<PersonEntry> people;
};

/// Reads the people and groups of the documents of `db` that `audience` may see.
PeopleDirectory build_people_directory(Xapian::Database& db, const Audience& audience);

/// True when `entry` is asked for by the prefix `folded_prefix` (folded): its name or one of
/// the words of its name starts with it ("linke" finds "DIE LINKE-Fraktion").
bool matches_prefix(const PersonEntry& entry, std::string_view folded_prefix);

/// The directory of each view and revision, built on first use.
using PeopleDirectoryCache = RevisionCache<PeopleDirectory>;

} // namespace ratsarchiv::server::council
