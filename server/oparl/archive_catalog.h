// What OParl knows beside the papers, gathered from one view of the index: the bodies, the
// organizations (the Gremien of the Beratungsfolge and the Ämter, each with its body) and the
// meetings (a Gremium's dated Beratungsfolge steps). Built from the view an audience reads, so
// for anonymous users from the public part alone: a committee or a session that only non-public
// documents or steps name is not there. Read from terms and value streams, not from documents,
// and kept per index revision (CatalogCache).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <xapian.h>

#include "server/index/revision_cache.h"
#include "server/oparl/object_ids.h"

namespace ratsarchiv::server::oparl {

/// created and modified of an object made of papers: its first paper's created, its last
/// paper's modified (unix seconds).
struct Lifetime {
    std::int64_t created = 0;
    std::int64_t modified = 0;
    void include(std::int64_t paper_created, std::int64_t paper_modified);
};

struct BodyEntry {
    std::string id;
    std::string name;
    /// The schema::oparl_body_term of its papers (several where names differ only in spelling).
    std::vector<std::string> terms;
    Lifetime lifetime;
};

struct OrganizationEntry {
    std::string id;
    OrganizationKind kind = OrganizationKind::Gremium;
    std::string body_id;
    std::string name;
    Lifetime lifetime;
};

struct MeetingEntry {
    std::string id;
    std::string body_id;
    std::string organization_id;
    std::string gremium; ///< display name
    std::string day;     ///< yyyymmdd
    Lifetime lifetime;
    /// The view's docids of the documents that name it (server/council/ lists them).
    std::vector<Xapian::docid> documents;
};

/// One view's bodies, organizations and meetings, each sorted by id (the lists' stable order).
struct Catalog {
    std::vector<BodyEntry> bodies;
    std::vector<OrganizationEntry> organizations;
    std::vector<MeetingEntry> meetings;
    Lifetime archive;

    const BodyEntry* body(const std::string& id) const;
    const OrganizationEntry* organization(const std::string& id) const;
    const MeetingEntry* meeting(const std::string& id) const;
};

/// Gathers the catalog of `db`; `staff` leaves out the public views of partly restricted
/// documents (their full versions are in the view too).
Catalog build_catalog(Xapian::Database& db, bool staff);

/// The catalog of each view and revision, built on first use.
class CatalogCache {
public:
    /// The catalog of `db` at `revision` (a view's revision key, which names the view too).
    std::shared_ptr<const Catalog> get(Xapian::Database& db, bool staff,
                                       const std::string& revision);

private:
    RevisionCache<Catalog> cache_;
};

} // namespace ratsarchiv::server::oparl
