// Word pairs: a term for two adjacent words ("für karlsruhe", "stadt karlsruhe"), as search
// engines index two-word shingles for phrases. A phrase like "Stadt Karlsruhe" would otherwise
// need a position check in every document that has both words, and in a city's archive that
// is nearly every document; with the pair term it is a posting list. Pairs of two common
// function words ("für die") are left out: they are the most numerous and hardly ever searched.
#pragma once

#include <string>
#include <string_view>

namespace ratsarchiv::analysis {

/// Term prefix of word pairs: "XW" + first + " " + second (case-folded exact forms).
inline constexpr std::string_view kPrefixWordPair = "XW";

/// Database metadata key whose value is kWordPairsVersion when every document of the index has
/// its word pair terms as pair_indexed() says (an index begun before has not, or has another
/// selection of pairs, and its phrases are checked by position).
inline constexpr std::string_view kWordPairsMetadataKey = "ratsarchiv.word_pairs";
inline constexpr std::string_view kWordPairsVersion = "2";

/// True for the German function words pairs are made with (case-folded, either spelling of
/// umlauts: "für" and "fuer").
bool is_common_word(std::string_view folded);

/// True when the index holds the pair (a, b) as a term: not both of them are common.
bool pair_indexed(std::string_view a, std::string_view b);

/// The pair term of adjacent words `a` and `b` (case-folded exact forms).
std::string word_pair_term(std::string_view a, std::string_view b);

} // namespace ratsarchiv::analysis
