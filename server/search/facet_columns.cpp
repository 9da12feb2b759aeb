// Building facet columns from value streams.
#include "server/search/facet_columns.h"

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

} // namespace

FacetColumns::FacetColumns(Xapian::Database& db) : last_docid_(db.get_lastdocid()) {
    for (const auto& field : schema::kFields) {
        if (field.facet && field.slot != schema::kNoSlot) {
            columns_.push_back(read_column(db, field, last_docid_));
        }
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

std::shared_ptr<const FacetColumns> FacetColumnCache::get(Xapian::Database& db,
                                                          const std::string& revision) {
    if (revision.empty()) {
        return std::make_shared<const FacetColumns>(db);
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
    auto built = std::make_shared<const FacetColumns>(db);
    std::lock_guard lock(mutex_);
    newest_.emplace_back(revision, built);
    while (newest_.size() > 4) {
        newest_.pop_front();
    }
    return built;
}

} // namespace ratsarchiv::server
