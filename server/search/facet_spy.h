// Counts facet values over all matching documents while Xapian runs a query. One spy counts
// several value slots at once and splits multi-valued slots (Gremien) with parse_value_list,
// which Xapian's ValueCountMatchSpy cannot do.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "schema/fields.h"
#include "server/search/search_request.h"

namespace ratsarchiv::server {

/// A MatchSpy counting the values of some facet fields.
class FacetSpy : public Xapian::MatchSpy {
public:
    /// Counts the slots of `fields` (rows of schema::kFields with a value slot).
    explicit FacetSpy(std::vector<const schema::FieldSpec*> fields);

    void operator()(const Xapian::Document& doc, double weight) override;

    /// The counts of `field`, most frequent first, at most `size` values; values in `keep`
    /// (active filter values) are always listed, with count 0 when nothing has them.
    std::vector<FacetCount> top(const schema::FieldSpec& field, std::size_t size,
                                const std::vector<std::string>& keep) const;

    /// Documents seen.
    std::uint64_t seen() const { return seen_; }

private:
    std::vector<const schema::FieldSpec*> fields_;
    std::vector<std::unordered_map<std::string, std::uint64_t>> counts_;
    std::uint64_t seen_ = 0;
};

} // namespace ratsarchiv::server
