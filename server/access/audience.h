// Who is asking: anonymous users see public documents only; staff see everything. Every search,
// count, facet, suggestion and document lookup takes an Audience, and restricts through
// restrict_to_audience(), so no code path can forget the filter.
//
// Anonymous requests are answered from the public part of the index only (schema/index_layout.h),
// which holds nothing non-public: no statistic, spelling, completion or weight can depend on a
// non-public document. Within that, and for staff over the whole archive:
// What anonymous users never get (see README, "Non-public documents"):
//   - documents without the XVpublic term (restrict_to_audience, may_see);
//   - the non-public parts of public documents: the indexer stores a public document as its
//     public view and indexes the removed lines only under kPrefixRestrictedText, which only
//     staff queries search (text_prefixes), and keeps the full JSON in kSlotStaffData, which
//     only staff read (stored_json).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "schema/council_document.h"

namespace ratsarchiv::server {

/// The requester's access level, decided once per request by the authenticator.
struct Audience {
    bool staff = false; ///< authenticated staff: may see non-public documents
    std::string who;    ///< for the access log: "token 2", "proxy:alice"; empty for anonymous
};

/// `query` restricted to what `audience` may see (anonymous: AND the public-visibility term;
/// staff: without the public views of documents whose full version is there too).
Xapian::Query restrict_to_audience(const Audience& audience, const Xapian::Query& query);

/// True when `audience` may see the document `doc` (checked on direct lookups by id; for staff
/// false on the public view of a partly restricted document, whose full version they see).
bool may_see(const Audience& audience, const Xapian::Document& doc);

/// The prefixes free-text words are searched under: "" for everybody, plus the staff-only
/// prefix of non-public lines of public documents for staff. A query builder ORs a word's
/// query over these prefixes.
std::vector<std::string> text_prefixes(const Audience& audience);

/// The stored JSON of `doc` as `audience` may read it: for staff the full document (the
/// staff-only slot when the document was stored redacted), for anonymous users the public view.
/// Call only after may_see() (throws NotFound otherwise, with the message of an unknown id).
std::string stored_json(const Audience& audience, const Xapian::Document& doc);

/// The document stored_json() gives, parsed, with its whole text (schema/stored_document.h).
CouncilDocument visible_document(const Audience& audience, const Xapian::Document& doc);

/// How many documents `audience` may see (health and metrics must not count the others).
Xapian::doccount visible_documents(const Audience& audience, Xapian::Database& db);

/// How a hit is marked for staff: "public", "restricted" (a non-public document) or
/// "partly_restricted" (a public document with non-public attachments or steps).
std::string_view visibility_mark(const Xapian::Document& doc);

} // namespace ratsarchiv::server
