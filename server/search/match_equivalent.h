// A query that matches exactly the same documents as another, cheaper to run when only the
// match set matters (facet counting under BoolWeight). Weight-only structure is dropped: weight
// scaling, the optional side of AND_MAYBE, and an AND branch under an OR whose documents the
// OR's other branches already match (the analyzer's "all words" bonus). On the Karlsruhe index
// this makes the counting pass of a two-word query 3-5 times faster.
#pragma once

#include <xapian.h>

namespace ratsarchiv::server {

/// The same match set as `query`, without structure that only changes weights.
Xapian::Query match_equivalent(const Xapian::Query& query);

} // namespace ratsarchiv::server
