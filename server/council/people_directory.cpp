// The people directory (see people_directory.h): one pass over the visible documents' submitter,
// signatory and type slots.
#include "server/council/people_directory.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "schema/document_types.h"
#include "schema/fields.h"
#include "schema/text_fold.h"
#include "schema/value_list.h"

namespace ratsarchiv::server::council {

namespace {
// Counts each document's people from its slots (no document data is read). Run over the match
// list rather than as a MatchSpy, so that remote shards, which run no spy of ours, count too.
class PeopleCounter {
public:
    void add(const Xapian::Document& doc) {
        const bool own = schema::submits_itself(doc.get_value(schema::kSlotType));
        std::unordered_set<std::string> named;
        for (const auto& name : schema::parse_value_list(doc.get_value(schema::kSlotSubmitter))) {
            PersonEntry& entry = entry_of(name);
            ++(own ? entry.submitted : entry.answers);
            named.insert(entry.folded);
        }
        if (std::string signatory = doc.get_value(schema::kSlotSignatory); !signatory.empty()) {
            PersonEntry& entry = entry_of(signatory);
            ++entry.signed_;
            named.insert(entry.folded);
        }
        for (const auto& folded : named) {
            ++by_folded_[folded].documents;
        }
    }

    std::vector<PersonEntry> take() {
        std::vector<PersonEntry> out;
        out.reserve(by_folded_.size());
        for (auto& [folded, entry] : by_folded_) {
            out.push_back(std::move(entry));
        }
        std::sort(out.begin(), out.end(), [](const PersonEntry& a, const PersonEntry& b) {
            return a.documents != b.documents ? a.documents > b.documents : a.folded < b.folded;
        });
        return out;
    }

private:
    PersonEntry& entry_of(const std::string& name) {
        std::string folded = schema::fold_keyword(name);
        PersonEntry& entry = by_folded_[folded];
        if (entry.name.empty()) {
            entry.name = name;
            entry.folded = std::move(folded);
        }
        return entry;
    }

    std::unordered_map<std::string, PersonEntry> by_folded_;
};
} // namespace

PeopleDirectory build_people_directory(Xapian::Database& db, const Audience& audience) {
    Xapian::Enquire enquire(db);
    enquire.set_query(restrict_to_audience(audience, Xapian::Query::MatchAll));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::MSet matches = enquire.get_mset(0, db.get_doccount());
    PeopleCounter counter;
    for (auto it = matches.begin(); it != matches.end(); ++it) {
        counter.add(it.get_document());
    }
    return PeopleDirectory{counter.take()};
}

bool matches_prefix(const PersonEntry& entry, std::string_view folded_prefix) {
    const std::string& name = entry.folded;
    for (std::size_t p = 0; p < name.size(); ++p) {
        bool word_start = p == 0 || name[p - 1] == ' ' || name[p - 1] == '-' ||
                          name[p - 1] == '/' || name[p - 1] == '|' || name[p - 1] == '(';
        if (word_start && std::string_view(name).substr(p).starts_with(folded_prefix)) {
            return true;
        }
    }
    return false;
}

} // namespace ratsarchiv::server::council
