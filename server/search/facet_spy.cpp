// Facet counting over value slots.
#include "server/search/facet_spy.h"

#include <algorithm>

#include "schema/text_fold.h"
#include "schema/value_list.h"

namespace ratsarchiv::server {

FacetSpy::FacetSpy(std::vector<const schema::FieldSpec*> fields)
    : fields_(std::move(fields)), counts_(fields_.size()) {}

void FacetSpy::operator()(const Xapian::Document& doc, double) {
    ++seen_;
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        std::string value = doc.get_value(fields_[i]->slot);
        if (value.empty()) {
            continue;
        }
        if (fields_[i]->multi_valued) {
            for (auto& v : schema::parse_value_list(value)) {
                ++counts_[i][std::move(v)];
            }
        } else {
            ++counts_[i][std::move(value)];
        }
    }
}

std::vector<FacetCount> FacetSpy::top(const schema::FieldSpec& field, std::size_t size,
                                      const std::vector<std::string>& keep) const {
    std::vector<FacetCount> out;
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        if (fields_[i] != &field) {
            continue;
        }
        for (const auto& [value, count] : counts_[i]) {
            out.push_back({value, count});
        }
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
