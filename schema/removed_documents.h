// What an index part remembers of the documents that left it: a removal record per document id
// in the part's Xapian metadata, written by the indexer in the same transaction that deletes the
// document and cleared when the id comes back. The OParl API (server/oparl/) shows them as
// deleted objects, so harvesters learn of removals (OParl 1.1, chapter 2.8).
//
// Each part keeps its own records: a document that leaves the public part (deleted, or made
// non-public) is removed for anonymous users, and the public part says so; a record never
// names a document of the other part, so the public part still holds nothing non-public.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

namespace ratsarchiv::schema {

/// Metadata keys of removal records: this prefix + document id.
inline constexpr std::string_view kRemovedKeyPrefix = "ratsarchiv.removed:";

/// One removed document as its part remembers it.
struct RemovedDocument {
    std::string id;
    std::int64_t removed_at = 0; ///< unix seconds of the removal (OParl `modified`)
    std::int64_t created_at = 0; ///< unix seconds it was first indexed (OParl `created`)
    std::string body_term;       ///< its oparl_body_term(), so body lists can show it
};

/// The metadata key of the record of `id`.
std::string removed_key(std::string_view id);

/// Records in `db` that the document `old` (about to be deleted from `db`) is removed at
/// `removed_at`.
void record_removal(Xapian::WritableDatabase& db, const Xapian::Document& old,
                    std::int64_t removed_at);

/// Forgets the removal record of `id` in `db` (the document is there again).
void clear_removal(Xapian::WritableDatabase& db, std::string_view id);

/// The record behind metadata `key` with `value`; nullopt for a value that does not parse.
std::optional<RemovedDocument> parse_removal(std::string_view key, std::string_view value);

/// The id, first-indexed time and body term stored in a document's values and terms.
RemovedDocument identity_of(const Xapian::Document& doc);

} // namespace ratsarchiv::schema
