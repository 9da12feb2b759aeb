// Word pairs: a term for two adjacent words where exactly one is a common function word ("für
// karlsruhe", "stadt und"). A phrase like "für Karlsruhe" would otherwise need a position check
// in every document that has both words, and every other document has "für"; with the pair
// term it is a posting list. Pairs of two common words ("für die") are too many to be worth
// their space and pairs of two content words are rare enough for position checks.
#pragma once

#include <string>
#include <string_view>

namespace ratsarchiv::analysis {

/// Term prefix of word pairs: "XW" + first + " " + second (case-folded exact forms).
inline constexpr std::string_view kPrefixWordPair = "XW";

/// Database metadata key, "1" when every document of the index has its word pair terms (an
/// index begun before word pairs existed has not, and its phrases are checked by position).
inline constexpr std::string_view kWordPairsMetadataKey = "ratsarchiv.word_pairs";

/// True for the German function words pairs are made with (case-folded, either spelling of
/// umlauts: "für" and "fuer").
bool is_common_word(std::string_view folded);

/// True when the index holds the pair (a, b) as a term: exactly one of them is common.
bool pair_indexed(std::string_view a, std::string_view b);

/// The pair term of adjacent words `a` and `b` (case-folded exact forms).
std::string word_pair_term(std::string_view a, std::string_view b);

} // namespace ratsarchiv::analysis
