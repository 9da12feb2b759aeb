// Facet values of every document as small integer columns, read once per index revision from
// Xapian's value streams. Counting facets
// then costs an array lookup per matching document instead of a value-slot read and a string-keyed
// map update (the hot path of every search).
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "schema/fields.h"
#include "server/search/match_bitmap.h"

namespace ratsarchiv::server {

/// The facet values of one field for all documents, in compressed-row form.
struct FacetColumn {
    const schema::FieldSpec* field = nullptr;
    std::vector<std::string> values;  ///< value id -> display value
    std::vector<std::uint32_t> start; ///< docid -> first index into ids (size last docid + 2)
    std::vector<std::uint32_t> ids;   ///< value ids of all documents, docid-ordered
    /// fold_keyword(value) -> value ids: how filter values (matched like keyword terms) map
    /// to the column.
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_folded;
};

/// Immutable columns of all facet fields of one database revision.
class FacetColumns {
public:
    /// Reads the value streams of every facet field of `db`.
    explicit FacetColumns(Xapian::Database& db);

    /// The column of `field`, or nullptr when it is not a facet.
    const FacetColumn* column(const schema::FieldSpec& field) const;
    /// Last docid covered; later documents are not in the columns.
    Xapian::docid last_docid() const { return last_docid_; }
    /// Bitmaps of the visibility terms, which restrict every anonymous query.
    const TermBitmaps& term_bitmaps() const { return term_bitmaps_; }
    /// Bitmaps of frequent terms of this revision, filled as queries use them.
    TermBitmapCache& frequent_terms() const { return frequent_terms_; }

private:
    TermBitmaps term_bitmaps_;
    mutable TermBitmapCache frequent_terms_;
    Xapian::docid last_docid_ = 0;
    std::vector<FacetColumn> columns_;
};

/// The revision of a single database as a cache key; "" for several databases as one.
std::string revision_key(const Xapian::Database& db);

/// The columns of the revision a database handle is at, built on first use and shared by all
/// threads. Keys name a revision of one index view (the public part, or both parts for staff:
/// see DatabasePool::Lease::revision_key); the four newest are kept, so handles of both views
/// not yet reopened still find theirs.
class FacetColumnCache {
public:
    /// The columns of `db`, whose revision is `revision` ("": unknown, built and not kept).
    std::shared_ptr<const FacetColumns> get(Xapian::Database& db, const std::string& revision);

private:
    std::mutex mutex_;
    std::deque<std::pair<std::string, std::shared_ptr<const FacetColumns>>> newest_;
};

} // namespace ratsarchiv::server
