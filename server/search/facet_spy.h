// Counts facet values over matching documents while Xapian runs a query, shop-style: given the
// active facet filters, a document counts for facet X when it passes every active filter except
// X's own, so each facet shows what choosing its other values would add. One pass over the
// matches of the query WITHOUT the facet filters counts every facet and the exact total. Values
// come from the facet columns of the searched revision (an array lookup per document);
// multi-valued fields (Gremien) count each of their values.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <xapian.h>

#include "schema/fields.h"
#include "server/search/facet_columns.h"
#include "server/search/match_bitmap.h"
#include "server/search/search_request.h"

namespace ratsarchiv::server {

/// An active facet filter: the field and the values of which a document needs one.
using FacetFilter = std::pair<const schema::FieldSpec*, std::vector<std::string>>;

/// `merged` (value -> count) most frequent first (equal counts by value), at most `size` values;
/// values in `keep` (active filter values) are always listed, with count 0 when nothing has them.
std::vector<FacetCount>
ranked_facet_counts(const std::unordered_map<std::string, std::uint64_t>& merged, std::size_t size,
                    const std::vector<std::string>& keep);

/// A MatchSpy counting the values of facet fields under active facet filters.
class FacetSpy : public Xapian::MatchSpy {
public:
    /// Counts `fields` (facet rows of schema::kFields) using `columns` of the searched revision;
    /// `filters` are the active facet filters (not applied to the query this spy watches).
    FacetSpy(std::shared_ptr<const FacetColumns> columns,
             const std::vector<const schema::FieldSpec*>& fields,
             const std::vector<FacetFilter>& filters = {});

    void operator()(const Xapian::Document& doc, double weight) override;

    /// Counts the document `did` of `db` as operator() would, without a Document object when
    /// the columns cover it (counting from a match bitmap instead of the matcher).
    void add(Xapian::docid did, const Xapian::Database& db);

    /// Counts every document of `matches` (of `db`); column by column when the columns cover
    /// them, which keeps each column's arrays in cache and tests each filter once per document.
    void add_all(const DocBitmap& matches, const Xapian::Database& db);

    /// The counts of `field`, most frequent first, at most `size` values; values in `keep`
    /// (active filter values) are always listed, with count 0 when nothing has them.
    std::vector<FacetCount> top(const schema::FieldSpec& field, std::size_t size,
                                const std::vector<std::string>& keep) const;

    /// Documents seen that pass every active filter (the exact total of the filtered search).
    std::uint64_t matched() const { return matched_; }

private:
    struct Counter {
        const schema::FieldSpec* field;
        const FacetColumn* column;
        int filter = -1;                   ///< index into filters_ when this field is filtered
        std::vector<std::uint32_t> counts; ///< by value id
        /// Documents newer than the columns (added since they were read) count by value.
        std::unordered_map<std::string, std::uint64_t> late;
    };
    struct Filter {
        const schema::FieldSpec* field;
        const FacetColumn* column;
        std::vector<char> allowed;       ///< by value id
        std::vector<std::string> folded; ///< fold_keyword of the active values
    };
    bool passes(const Filter& filter, Xapian::docid did, bool in_columns,
                const Xapian::Document& doc) const;
    void count(Counter& counter, Xapian::docid did, bool in_columns, const Xapian::Document& doc);
    void observe(Xapian::docid did, bool in_columns, const Xapian::Document& doc);

    std::shared_ptr<const FacetColumns> columns_;
    std::vector<Counter> counters_;
    std::vector<Filter> filters_;
    std::uint64_t matched_ = 0;
    bool all_columns_ = false; ///< every counter and filter has a column
};

} // namespace ratsarchiv::server
