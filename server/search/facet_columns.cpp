// Building facet columns from value streams or keyword posting lists.
#include "server/search/facet_columns.h"

#include <algorithm>
#include <unordered_map>

#include "schema/text_fold.h"
#include "schema/value_list.h"

namespace ratsarchiv::server {

namespace {

FacetColumn read_column(Xapian::Database& db, const schema::FieldSpec& field,
                        Xapian::docid last_docid) {
    FacetColumn column;
    column.field = &field;
    column.start.assign(static_cast<std::size_t>(last_docid) + 2, 0);
    std::unordered_map<std::string, std::uint32_t> id_of;
    auto add = [&](std::string value) {
        auto [it, added] = id_of.emplace(value, static_cast<std::uint32_t>(column.values.size()));
        if (added) {
            column.values.push_back(std::move(value));
        }
        column.ids.push_back(it->second);
    };
    Xapian::docid filled = 0; // start[] is filled up to and including this docid
    for (auto it = db.valuestream_begin(field.slot); it != db.valuestream_end(field.slot); ++it) {
        const Xapian::docid did = it.get_docid();
        if (did > last_docid) {
            break;
        }
        for (; filled < did; ++filled) {
            column.start[filled + 1] = static_cast<std::uint32_t>(column.ids.size());
        }
        if (field.multi_valued) {
            for (auto& v : schema::parse_value_list(*it)) {
                add(std::move(v));
            }
        } else {
            add(*it);
        }
    }
    for (; filled <= last_docid; ++filled) {
        column.start[filled + 1] = static_cast<std::uint32_t>(column.ids.size());
    }
    for (std::uint32_t id = 0; id < column.values.size(); ++id) {
        column.by_folded[schema::fold_keyword(column.values[id])].push_back(id);
    }
    return column;
}

// The display value `term` stands for: the value of `did` (which has the term) whose keyword
// term it is. Values that differ only in what keyword folding removes (case, spacing) share a
// term and are shown in the spelling of the first document that has it.
std::string display_value(Xapian::Database& db, const schema::FieldSpec& field, Xapian::docid did,
                          const std::string& term) {
    const std::string raw = db.get_document(did).get_value(field.slot);
    std::vector<std::string> values =
        field.multi_valued ? schema::parse_value_list(raw) : std::vector<std::string>{raw};
    for (auto& value : values) {
        if (schema::keyword_term(field, value) == term) {
            return std::move(value);
        }
    }
    return term.substr(field.term_prefix.size());
}

FacetColumn column_from_terms(Xapian::Database& db, const schema::FieldSpec& field,
                              Xapian::docid last_docid) {
    FacetColumn column;
    column.field = &field;
    std::vector<std::pair<Xapian::docid, std::uint32_t>> postings;
    const std::string prefix(field.term_prefix);
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
        const std::string term = *t;
        auto posting = db.postlist_begin(term);
        if (posting == db.postlist_end(term)) {
            continue;
        }
        const auto id = static_cast<std::uint32_t>(column.values.size());
        column.values.push_back(display_value(db, field, *posting, term));
        for (; posting != db.postlist_end(term) && *posting <= last_docid; ++posting) {
            postings.emplace_back(*posting, id);
        }
    }
    std::sort(postings.begin(), postings.end());
    column.start.assign(static_cast<std::size_t>(last_docid) + 2, 0);
    std::size_t next = 0;
    for (Xapian::docid did = 1; did <= last_docid + 1; ++did) {
        // start[did] is where did's ids begin: after every posting of a smaller docid.
        while (next < postings.size() && postings[next].first < did) {
            column.ids.push_back(postings[next++].second);
        }
        column.start[did] = static_cast<std::uint32_t>(column.ids.size());
    }
    for (std::uint32_t id = 0; id < column.values.size(); ++id) {
        column.by_folded[schema::fold_keyword(column.values[id])].push_back(id);
    }
    return column;
}

} // namespace

FacetColumns::FacetColumns(Xapian::Database& db, bool from_terms)
    : last_docid_(db.get_lastdocid()) {
    for (const auto& field : schema::kFields) {
        if (field.facet && field.slot != schema::kNoSlot) {
            columns_.push_back(from_terms ? column_from_terms(db, field, last_docid_)
                                          : read_column(db, field, last_docid_));
        }
    }
    if (from_terms) {
        return; // remote: facets are counted from a match on the shards, not from bitmaps
    }
    for (std::string_view term :
         {schema::kTermPublic, schema::kTermRestricted, schema::kTermRedactedView}) {
        term_bitmaps_.emplace(std::string(term), term_bitmap(db, std::string(term)));
    }
}

const FacetColumn* FacetColumns::column(const schema::FieldSpec& field) const {
    for (const auto& c : columns_) {
        if (c.field == &field) {
            return &c;
        }
    }
    return nullptr;
}

std::string revision_key(const Xapian::Database& db) {
    try {
        return std::to_string(db.get_revision());
    } catch (const Xapian::InvalidOperationError&) {
        return {}; // several databases as one: only their owner knows their revisions
    }
}

std::shared_ptr<const FacetColumns>
FacetColumnCache::get(Xapian::Database& db, const std::string& revision, bool from_terms) {
    if (revision.empty()) {
        return std::make_shared<const FacetColumns>(db, from_terms);
    }
    {
        std::lock_guard lock(mutex_);
        for (const auto& [key, columns] : newest_) {
            if (key == revision) {
                return columns;
            }
        }
    }
    // Built outside the lock; two threads may both build the same revision once, harmlessly.
    auto built = std::make_shared<const FacetColumns>(db, from_terms);
    std::lock_guard lock(mutex_);
    newest_.emplace_back(revision, built);
    while (newest_.size() > 4) {
        newest_.pop_front();
    }
    return built;
}

} // namespace ratsarchiv::server
