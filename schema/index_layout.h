// The index on disk: two Xapian databases in one directory, so that what anonymous users are
// answered from cannot contain a non-public document by construction.
//
//   <index>/public/      public documents, and the public view of partly restricted ones,
//                        with the spelling table: everything anonymous users may learn from,
//                        down to word statistics, spelling, completion and ranking weights
//   <index>/restricted/  non-public documents, and the full version of partly restricted ones
//   <index>/XAPIANDB     a Xapian stub naming both, so that opening <index> (delve,
//                        xapian-tcpsrv, the tools for staff) gives the whole archive; the
//                        server opens the two parts itself (server/index/database_pool.h)
//
// In the whole archive a partly restricted document is there twice: its public view carries
// kTermRedactedView, and staff queries leave those out (server/access/audience.h).
#pragma once

#include <string>
#include <string_view>

namespace ratsarchiv::schema {

inline constexpr std::string_view kPublicPart = "public";
inline constexpr std::string_view kRestrictedPart = "restricted";
inline constexpr std::string_view kStubFile = "XAPIANDB";
/// Optional (ratsarchiv-index --spelling-part): the public part's spelling table alone, for a
/// server that reads this index as a shard over xapian-tcpsrv, which serves no spelling data.
inline constexpr std::string_view kSpellingPart = "spelling";
/// Metadata key of the commit generation both parts carry after each incremental commit: with
/// the UUID it names a revision also where Xapian cannot tell it (a part read over
/// xapian-tcpsrv).
inline constexpr std::string_view kCommitGenerationKey = "ratsarchiv.commit_generation";

/// The database anonymous requests open.
std::string public_part(const std::string& index);
/// The database of what only staff may see.
std::string restricted_part(const std::string& index);

/// The spelling-only copy of the public part's spelling table.
std::string spelling_part(const std::string& index);

/// What an audience reads: the public part for anonymous users, the whole index (its stub) for
/// staff.
std::string view_path(const std::string& index, bool staff);

/// Writes the stub that makes `index` open as both parts (relative paths: the directory can move).
void write_index_stub(const std::string& index);

/// True when `index` has this layout (its public part exists).
bool has_index_layout(const std::string& index);

} // namespace ratsarchiv::schema
