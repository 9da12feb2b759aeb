// Bodies, organizations and meetings from the body terms, the Gremium and Amt value streams and
// the Gremium session terms of a view.
#include "server/oparl/archive_catalog.h"

#include <algorithm>
#include <unordered_map>

#include "schema/fields.h"
#include "schema/text_fold.h"
#include "schema/value_list.h"

namespace ratsarchiv::server::oparl {

namespace {
constexpr std::uint32_t kNoBody = UINT32_MAX;

// What the catalog needs of each document, by docid of the view.
struct DocumentFacts {
    std::vector<std::uint32_t> body; ///< index into the bodies, kNoBody when not listed
    std::vector<std::int64_t> created;
    std::vector<std::int64_t> modified;
};

std::int64_t unix_seconds(const std::string& value) {
    return value.empty() ? 0 : static_cast<std::int64_t>(Xapian::sortable_unserialise(value));
}

void read_times(Xapian::Database& db, Xapian::valueno slot, std::vector<std::int64_t>& out) {
    for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v) {
        out[v.get_docid()] = unix_seconds(*v);
    }
}

DocumentFacts read_bodies(Xapian::Database& db, bool staff, std::vector<BodyEntry>& bodies) {
    DocumentFacts facts;
    const std::size_t size = std::size_t(db.get_lastdocid()) + 1;
    facts.body.assign(size, kNoBody);
    facts.created.assign(size, 0);
    facts.modified.assign(size, 0);
    const std::string prefix(schema::kPrefixOParlBody);
    for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
        const std::string name = (*term).substr(prefix.size());
        BodyEntry body{body_id(name), name, {*term}, {}};
        const auto index = static_cast<std::uint32_t>(bodies.size());
        for (auto p = db.postlist_begin(*term); p != db.postlist_end(*term); ++p) {
            facts.body[*p] = index;
        }
        bodies.push_back(std::move(body));
    }
    if (staff) {
        const std::string redacted(schema::kTermRedactedView);
        for (auto p = db.postlist_begin(redacted); p != db.postlist_end(redacted); ++p) {
            facts.body[*p] = kNoBody;
        }
    }
    read_times(db, schema::kSlotIndexedAt, facts.modified);
    read_times(db, schema::kSlotFirstIndexedAt, facts.created);
    for (std::size_t did = 0; did < size; ++did) {
        if (facts.created[did] == 0) { // indexed before the first-indexed slot existed
            facts.created[did] = facts.modified[did];
        }
    }
    return facts;
}

// Organizations of one kind from a value slot, keyed by id; `names` gets each body's folded
// Gremium names with their display form (for the meetings).
void read_organizations(Xapian::Database& db, const DocumentFacts& facts,
                        const std::vector<BodyEntry>& bodies, OrganizationKind kind,
                        Xapian::valueno slot, std::map<std::string, OrganizationEntry>& out,
                        std::map<std::pair<std::uint32_t, std::string>, std::string>& names) {
    for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v) {
        const Xapian::docid did = v.get_docid();
        const std::uint32_t body = facts.body[did];
        if (body == kNoBody) {
            continue;
        }
        const std::vector<std::string> values = kind == OrganizationKind::Gremium
                                                    ? schema::parse_value_list(*v)
                                                    : std::vector<std::string>{*v};
        for (const auto& name : values) {
            if (name.empty()) {
                continue;
            }
            const std::string id = organization_id(kind, bodies[body].name, name);
            auto [it, added] = out.try_emplace(id);
            if (added) {
                it->second = OrganizationEntry{id, kind, bodies[body].id, name, {}};
                if (kind == OrganizationKind::Gremium) {
                    names.try_emplace({body, schema::fold_keyword(name)}, name);
                }
            }
            it->second.lifetime.include(facts.created[did], facts.modified[did]);
        }
    }
}

void read_meetings(Xapian::Database& db, const DocumentFacts& facts,
                   const std::vector<BodyEntry>& bodies,
                   const std::map<std::pair<std::uint32_t, std::string>, std::string>& names,
                   std::map<std::string, MeetingEntry>& out) {
    const std::string prefix(schema::kPrefixGremiumSession);
    for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
        const std::string& text = *term;
        const std::size_t colon = text.rfind(':');
        if (colon == std::string::npos || colon + 9 != text.size()) {
            continue;
        }
        const std::string folded = text.substr(prefix.size(), colon - prefix.size());
        const std::string day = text.substr(colon + 1);
        for (auto p = db.postlist_begin(text); p != db.postlist_end(text); ++p) {
            const std::uint32_t body = facts.body[*p];
            if (body == kNoBody) {
                continue;
            }
            auto name = names.find({body, folded});
            const std::string& gremium = name == names.end() ? folded : name->second;
            const std::string id = meeting_id(bodies[body].name, gremium, day);
            auto [it, added] = out.try_emplace(id);
            if (added) {
                it->second = MeetingEntry{
                    id,
                    bodies[body].id,
                    organization_id(OrganizationKind::Gremium, bodies[body].name, gremium),
                    gremium,
                    day,
                    {},
                    {}};
            }
            it->second.lifetime.include(facts.created[*p], facts.modified[*p]);
            it->second.documents.push_back(*p);
        }
    }
}

template <typename Entry> std::vector<Entry> values_of(std::map<std::string, Entry>& by_id) {
    std::vector<Entry> out;
    out.reserve(by_id.size());
    for (auto& [id, entry] : by_id) {
        out.push_back(std::move(entry));
    }
    return out;
}

template <typename Entry>
const Entry* find_by_id(const std::vector<Entry>& entries, const std::string& id) {
    auto it = std::lower_bound(entries.begin(), entries.end(), id,
                               [](const Entry& e, const std::string& key) { return e.id < key; });
    return it != entries.end() && it->id == id ? &*it : nullptr;
}
} // namespace

void Lifetime::include(std::int64_t paper_created, std::int64_t paper_modified) {
    if (created == 0 || (paper_created != 0 && paper_created < created)) {
        created = paper_created;
    }
    modified = std::max(modified, paper_modified);
}

const BodyEntry* Catalog::body(const std::string& id) const {
    return find_by_id(bodies, id);
}
const OrganizationEntry* Catalog::organization(const std::string& id) const {
    return find_by_id(organizations, id);
}
const MeetingEntry* Catalog::meeting(const std::string& id) const {
    return find_by_id(meetings, id);
}

Catalog build_catalog(Xapian::Database& db, bool staff) {
    Catalog catalog;
    DocumentFacts facts = read_bodies(db, staff, catalog.bodies);
    for (std::size_t did = 0; did < facts.body.size(); ++did) {
        if (facts.body[did] != kNoBody) {
            catalog.bodies[facts.body[did]].lifetime.include(facts.created[did],
                                                             facts.modified[did]);
            catalog.archive.include(facts.created[did], facts.modified[did]);
        }
    }
    std::map<std::string, OrganizationEntry> organizations;
    std::map<std::pair<std::uint32_t, std::string>, std::string> gremium_names;
    read_organizations(db, facts, catalog.bodies, OrganizationKind::Gremium, schema::kSlotGremium,
                       organizations, gremium_names);
    read_organizations(db, facts, catalog.bodies, OrganizationKind::Amt, schema::kSlotAmt,
                       organizations, gremium_names);
    std::map<std::string, MeetingEntry> meetings;
    read_meetings(db, facts, catalog.bodies, gremium_names, meetings);
    // Two body names of one slug (spelt differently) are listed once, under the first.
    std::stable_sort(catalog.bodies.begin(), catalog.bodies.end(),
                     [](const BodyEntry& a, const BodyEntry& b) { return a.id < b.id; });
    std::vector<BodyEntry> merged;
    for (auto& body : catalog.bodies) {
        if (!merged.empty() && merged.back().id == body.id) {
            merged.back().terms.push_back(body.terms.front());
            merged.back().lifetime.include(body.lifetime.created, body.lifetime.modified);
        } else {
            merged.push_back(std::move(body));
        }
    }
    catalog.bodies = std::move(merged);
    catalog.organizations = values_of(organizations);
    catalog.meetings = values_of(meetings);
    return catalog;
}

std::shared_ptr<const Catalog> CatalogCache::get(Xapian::Database& db, bool staff,
                                                 const std::string& revision) {
    return cache_.get(revision, [&db, staff] { return build_catalog(db, staff); });
}

} // namespace ratsarchiv::server::oparl
