// Facet counting over facet columns.
#include "server/search/facet_spy.h"

#include <algorithm>

#include "schema/text_fold.h"
#include "schema/value_list.h"

namespace ratsarchiv::server {

FacetSpy::FacetSpy(std::shared_ptr<const FacetColumns> columns,
                   const std::vector<const schema::FieldSpec*>& fields,
                   const std::vector<FacetFilter>& filters)
    : columns_(std::move(columns)) {
    for (const auto& [field, values] : filters) {
        Filter f{field, columns_ ? columns_->column(*field) : nullptr, {}, {}};
        if (f.column != nullptr) {
            f.allowed.assign(f.column->values.size(), 0);
        }
        for (const auto& v : values) {
            f.folded.push_back(schema::fold_keyword(v));
            if (f.column == nullptr) {
                continue;
            }
            if (auto it = f.column->by_folded.find(f.folded.back());
                it != f.column->by_folded.end()) {
                for (std::uint32_t id : it->second) {
                    f.allowed[id] = 1;
                }
            }
        }
        filters_.push_back(std::move(f));
    }
    for (const auto* field : fields) {
        const FacetColumn* column = columns_ ? columns_->column(*field) : nullptr;
        Counter counter{
            field, column, -1, std::vector<std::uint32_t>(column ? column->values.size() : 0), {}};
        for (std::size_t j = 0; j < filters_.size(); ++j) {
            if (filters_[j].field == field) {
                counter.filter = static_cast<int>(j);
            }
        }
        counters_.push_back(std::move(counter));
    }
    all_columns_ = columns_ != nullptr;
    for (const auto& c : counters_) {
        all_columns_ = all_columns_ && c.column != nullptr;
    }
    for (const auto& f : filters_) {
        all_columns_ = all_columns_ && f.column != nullptr;
    }
}

bool FacetSpy::passes(const Filter& filter, Xapian::docid did, bool in_columns,
                      const Xapian::Document& doc) const {
    if (in_columns && filter.column != nullptr) {
        const auto& column = *filter.column;
        for (std::uint32_t k = column.start[did]; k < column.start[did + 1]; ++k) {
            if (filter.allowed[column.ids[k]] != 0) {
                return true;
            }
        }
        return false;
    }
    std::string value = doc.get_value(filter.field->slot);
    std::vector<std::string> values = filter.field->multi_valued ? schema::parse_value_list(value)
                                                                 : std::vector<std::string>{value};
    for (const auto& v : values) {
        std::string folded = schema::fold_keyword(v);
        for (const auto& f : filter.folded) {
            if (!v.empty() && folded == f) {
                return true;
            }
        }
    }
    return false;
}

void FacetSpy::count(Counter& counter, Xapian::docid did, bool in_columns,
                     const Xapian::Document& doc) {
    if (!in_columns || counter.column == nullptr) {
        std::string value = doc.get_value(counter.field->slot);
        if (value.empty()) {
            return;
        }
        if (counter.field->multi_valued) {
            for (auto& v : schema::parse_value_list(value)) {
                ++counter.late[std::move(v)];
            }
        } else {
            ++counter.late[std::move(value)];
        }
        return;
    }
    const auto& column = *counter.column;
    for (std::uint32_t k = column.start[did]; k < column.start[did + 1]; ++k) {
        ++counter.counts[column.ids[k]];
    }
}

void FacetSpy::operator()(const Xapian::Document& doc, double) {
    const Xapian::docid did = doc.get_docid();
    observe(did, columns_ && did <= columns_->last_docid(), doc);
}

void FacetSpy::add(Xapian::docid did, const Xapian::Database& db) {
    if (all_columns_ && did <= columns_->last_docid()) {
        // Columns answer every lookup, so the document itself is never read.
        observe(did, true, Xapian::Document());
    } else {
        observe(did, columns_ && did <= columns_->last_docid(), db.get_document(did));
    }
}

void FacetSpy::add_all(const DocBitmap& matches, const Xapian::Database& db) {
    if (!all_columns_) {
        matches.for_each([&](Xapian::docid did) { add(did, db); });
        return;
    }
    const Xapian::docid last = columns_->last_docid();
    // Documents newer than the columns are counted one by one from their values.
    matches.for_each([&](Xapian::docid did) { add(did, db); }, last + 1);
    // passing[j]: the matches (within the columns) that pass filter j.
    std::vector<DocBitmap> passing;
    for (const auto& filter : filters_) {
        DocBitmap pass(last);
        matches.for_each([&](Xapian::docid did) {
            if (did <= last && passes(filter, did, true, Xapian::Document())) {
                pass.set(did);
            }
        });
        passing.push_back(std::move(pass));
    }
    // The matches passing every filter except `skip` (-1: every filter).
    auto passing_all_but = [&](int skip) {
        DocBitmap set = matches;
        for (std::size_t j = 0; j < passing.size(); ++j) {
            if (static_cast<int>(j) != skip) {
                set.and_with(passing[j]);
            }
        }
        return set;
    };
    const DocBitmap all = passing_all_but(-1);
    all.for_each([&](Xapian::docid did) { matched_ += did <= last ? 1 : 0; });
    for (auto& counter : counters_) {
        const DocBitmap own = counter.filter < 0 ? DocBitmap(0) : passing_all_but(counter.filter);
        const DocBitmap& set = counter.filter < 0 ? all : own;
        const auto& column = *counter.column;
        set.for_each([&](Xapian::docid did) {
            if (did > last) {
                return;
            }
            for (std::uint32_t k = column.start[did]; k < column.start[did + 1]; ++k) {
                ++counter.counts[column.ids[k]];
            }
        });
    }
}

void FacetSpy::observe(Xapian::docid did, bool in_columns, const Xapian::Document& doc) {
    int failed = -1; // the one failed filter, when exactly one fails
    int failures = 0;
    for (std::size_t j = 0; j < filters_.size() && failures < 2; ++j) {
        if (!passes(filters_[j], did, in_columns, doc)) {
            ++failures;
            failed = static_cast<int>(j);
        }
    }
    if (failures == 0) {
        ++matched_;
    }
    for (auto& counter : counters_) {
        // Shop-style: a facet ignores its own filter, and only its own.
        if (failures == 0 || (failures == 1 && counter.filter == failed)) {
            count(counter, did, in_columns, doc);
        }
    }
}

std::vector<FacetCount>
ranked_facet_counts(const std::unordered_map<std::string, std::uint64_t>& merged, std::size_t size,
                    const std::vector<std::string>& keep) {
    std::vector<FacetCount> out;
    out.reserve(merged.size());
    for (auto& [value, count] : merged) {
        out.push_back({value, count});
    }
    std::sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    // Active filter values stay visible (as removable choices) even beyond the cut.
    std::vector<FacetCount> kept;
    for (const auto& k : keep) {
        std::string folded = schema::fold_keyword(k);
        auto it = std::find_if(out.begin(), out.end(), [&](const FacetCount& f) {
            return schema::fold_keyword(f.value) == folded;
        });
        if (it == out.end()) {
            kept.push_back({k, 0});
        } else if (static_cast<std::size_t>(it - out.begin()) >= size) {
            kept.push_back(*it);
        }
    }
    if (out.size() > size) {
        out.resize(size);
    }
    out.insert(out.end(), kept.begin(), kept.end());
    return out;
}

std::vector<FacetCount> FacetSpy::top(const schema::FieldSpec& field, std::size_t size,
                                      const std::vector<std::string>& keep) const {
    std::unordered_map<std::string, std::uint64_t> merged;
    for (const auto& counter : counters_) {
        if (counter.field != &field) {
            continue;
        }
        for (std::size_t id = 0; id < counter.counts.size(); ++id) {
            if (counter.counts[id] > 0) {
                merged[counter.column->values[id]] += counter.counts[id];
            }
        }
        for (const auto& [value, count] : counter.late) {
            merged[value] += count;
        }
    }
    return ranked_facet_counts(merged, size, keep);
}

} // namespace ratsarchiv::server
