// Who is asking: anonymous users see public documents only; staff see everything. Every search,
// count, facet, suggestion and document lookup takes an Audience, and restricts through
// restrict_to_audience(), so no code path can forget the filter.
#pragma once

#include <xapian.h>

namespace ratsarchiv::server {

/// The requester's access level, decided once per request by the authenticator.
struct Audience {
    bool staff = false; ///< authenticated staff: may see non-public documents
};

/// `query` restricted to what `audience` may see (anonymous: AND the public-visibility term).
Xapian::Query restrict_to_audience(const Audience& audience, const Xapian::Query& query);

/// True when `audience` may see the document `doc` (checked on direct lookups by id).
bool may_see(const Audience& audience, const Xapian::Document& doc);

} // namespace ratsarchiv::server
