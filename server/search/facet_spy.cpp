// Facet counting over facet columns.
#include "server/search/facet_spy.h"

#include <algorithm>

#include "schema/text_fold.h"
#include "schema/value_list.h"

namespace ratsarchiv::server {

FacetSpy::FacetSpy(std::shared_ptr<const FacetColumns> columns,
                   const std::vector<const schema::FieldSpec*>& fields)
    : columns_(std::move(columns)) {
    for (const auto* field : fields) {
        const FacetColumn* column = columns_->column(*field);
        counters_.push_back(
            {field, column, std::vector<std::uint32_t>(column ? column->values.size() : 0), {}});
    }
}

void FacetSpy::count_late(Counter& counter, const Xapian::Document& doc) {
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
}

void FacetSpy::operator()(const Xapian::Document& doc, double) {
    if (counters_.empty()) {
        return;
    }
    const Xapian::docid did = doc.get_docid();
    const bool in_columns = did <= columns_->last_docid();
    for (auto& counter : counters_) {
        if (!in_columns || counter.column == nullptr) {
            count_late(counter, doc);
            continue;
        }
        const auto& column = *counter.column;
        for (std::uint32_t k = column.start[did]; k < column.start[did + 1]; ++k) {
            ++counter.counts[column.ids[k]];
        }
    }
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

} // namespace ratsarchiv::server
