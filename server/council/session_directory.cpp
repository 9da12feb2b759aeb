// Sessions from the catalog's meetings, split into papers and Niederschriften by the session
// record terms.
#include "server/council/session_directory.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "schema/fields.h"
#include "schema/text_fold.h"

namespace ratsarchiv::server::council {

namespace {
// Docids of every Niederschrift, by the tail its session terms share ("folded:yyyymmdd").
std::unordered_map<std::string, std::set<Xapian::docid>> records_by_session(Xapian::Database& db) {
    std::unordered_map<std::string, std::set<Xapian::docid>> out;
    const std::string prefix(schema::kPrefixSessionRecord);
    for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
        auto& docids = out[(*term).substr(prefix.size())];
        for (auto p = db.postlist_begin(*term); p != db.postlist_end(*term); ++p) {
            docids.insert(*p);
        }
    }
    return out;
}

SessionEntry session_of(const oparl::MeetingEntry& meeting, const oparl::Catalog& catalog,
                        const std::unordered_map<std::string, std::set<Xapian::docid>>& records) {
    SessionEntry session;
    session.id = meeting.id;
    session.body_id = meeting.body_id;
    const oparl::BodyEntry* body = catalog.body(meeting.body_id);
    session.body_name = body ? body->name : meeting.body_id;
    session.gremium = meeting.gremium;
    session.day = meeting.day;
    session.modified = meeting.lifetime.modified;
    const std::string key = schema::gremium_session_term(meeting.gremium, meeting.day)
                                .substr(schema::kPrefixGremiumSession.size());
    auto found = records.find(key);
    for (Xapian::docid did : meeting.documents) {
        const bool is_record = found != records.end() && found->second.count(did) > 0;
        (is_record ? session.records : session.papers).push_back(did);
    }
    return session;
}
} // namespace

const SessionEntry* SessionDirectory::session(const std::string& id) const {
    auto it = std::find_if(sessions.begin(), sessions.end(),
                           [&id](const SessionEntry& s) { return s.id == id; });
    return it == sessions.end() ? nullptr : &*it;
}

const CommitteeEntry* SessionDirectory::committee(const std::string& name) const {
    auto it = committees.find(schema::fold_keyword(name));
    return it == committees.end() ? nullptr : &it->second;
}

SessionDirectory build_session_directory(Xapian::Database& db, const oparl::Catalog& catalog) {
    SessionDirectory directory;
    const auto records = records_by_session(db);
    directory.sessions.reserve(catalog.meetings.size());
    for (const auto& meeting : catalog.meetings) {
        directory.sessions.push_back(session_of(meeting, catalog, records));
    }
    std::sort(directory.sessions.begin(), directory.sessions.end(),
              [](const SessionEntry& a, const SessionEntry& b) {
                  return std::tie(a.day, a.gremium, a.body_name) <
                         std::tie(b.day, b.gremium, b.body_name);
              });
    for (std::size_t i = 0; i < directory.sessions.size(); ++i) {
        const SessionEntry& session = directory.sessions[i];
        auto [it, added] = directory.committees.try_emplace(schema::fold_keyword(session.gremium));
        if (added) {
            it->second.name = session.gremium;
        }
        it->second.sessions.push_back(i);
    }
    return directory;
}

} // namespace ratsarchiv::server::council
