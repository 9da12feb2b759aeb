// Facet counts of an archive read over xapian-tcpsrv, counted on the shards themselves. Xapian
// runs no MatchSpy of ours there, but its own ValueCountMatchSpy it does, on every shard, and
// merges the counts: a few hundred bytes come back, where reading the match set would send
// every matching docid. Shop-style as FacetSpy: a facet with an active filter is counted under
// the other filters only, which costs one more match per filtered facet.
#pragma once

#include <vector>

#include <xapian.h>

#include "schema/fields.h"
#include "server/search/facet_spy.h"
#include "server/search/search_request.h"

namespace ratsarchiv::server {

/// Counts `fields` over the matches of `base` (the query without the facet filters) under
/// `filters`, into result.facets (in the order of `fields`) and result.total (exact).
void count_facets_on_shards(Xapian::Database& db, const Xapian::Query& base,
                            const std::vector<const schema::FieldSpec*>& fields,
                            const std::vector<FacetFilter>& filters, std::size_t facet_size,
                            SearchResult& result);

} // namespace ratsarchiv::server
