// Spelling correction over the index's spelling table (built from public documents only, so a
// correction never reveals a word of a non-public document): first every word one edit away
// (a letter left out, added, changed, or two neighbours swapped), looked up directly, which takes
// a few milliseconds; Xapian's own n-gram search for two edits only for short words when that
// finds nothing (it takes 30-100 ms on long words over a city's spelling table).
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

namespace ratsarchiv::analysis {

/// The spelling-table words within one edit of the case-folded `word`, most frequent first, at
/// most `limit` of them (a typo's intended word is not always the most frequent neighbour:
/// "grüned" is one edit from both "grüne" and "gründe"); when there are none, (with
/// `two_edits`, for words up to 12 bytes) Xapian's suggestion within two edits (one for words
/// of four bytes or less). Never contains `word` itself.
std::vector<std::string> likely_spellings(const std::string& word, const Xapian::Database& db,
                                          std::size_t limit, bool two_edits = true);

} // namespace ratsarchiv::analysis
