// Counts facet values over all matching documents while Xapian runs a query. One spy counts
// several fields at once, through the facet columns of the database revision (an array lookup
// per document); multi-valued fields (Gremien) count each of their values.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "schema/fields.h"
#include "server/search/facet_columns.h"
#include "server/search/search_request.h"

namespace ratsarchiv::server {

/// A MatchSpy counting the values of some facet fields.
class FacetSpy : public Xapian::MatchSpy {
public:
    /// Counts `fields` (facet rows of schema::kFields) using `columns` of the searched revision.
    FacetSpy(std::shared_ptr<const FacetColumns> columns,
             const std::vector<const schema::FieldSpec*>& fields);

    void operator()(const Xapian::Document& doc, double weight) override;

    /// The counts of `field`, most frequent first, at most `size` values; values in `keep`
    /// (active filter values) are always listed, with count 0 when nothing has them.
    std::vector<FacetCount> top(const schema::FieldSpec& field, std::size_t size,
                                const std::vector<std::string>& keep) const;

private:
    struct Counter {
        const schema::FieldSpec* field;
        const FacetColumn* column;
        std::vector<std::uint32_t> counts; ///< by value id
        /// Documents newer than the columns (added since they were read) count by value.
        std::unordered_map<std::string, std::uint64_t> late;
    };
    void count_late(Counter& counter, const Xapian::Document& doc);

    std::shared_ptr<const FacetColumns> columns_;
    std::vector<Counter> counters_;
};

} // namespace ratsarchiv::server
