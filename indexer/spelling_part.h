// The spelling part of an index (schema/index_layout.h): a database holding only the spelling
// table of the public part. Xapian's remote backend serves no spelling data, so a server that
// reads this index as a shard over xapian-tcpsrv takes its "Meinten Sie" words from a copy of
// this small database (kept current with xapian-replicate).
#pragma once

#include <cstdint>
#include <string>

namespace ratsarchiv::indexer {

/// Writes `<index>/spelling` anew from the public part's spelling table; the old one is
/// replaced only when the new one is complete. Returns the number of words.
std::uint64_t write_spelling_part(const std::string& index);

} // namespace ratsarchiv::indexer
