// The common German function words of word pairs (see word_pairs.h).
#include "schema/analysis/word_pairs.h"

#include <algorithm>
#include <iterator>
#include <vector>

namespace ratsarchiv::analysis {

namespace {
// Articles, prepositions (and their contractions), conjunctions and the most frequent pronouns
// and auxiliaries: the words council texts put next to their content words, sorted for lookup.
constexpr std::string_view kCommon[] = {
    "ab",       "als",   "am",      "an",     "auch",   "auf",    "aus",      "bei",   "beim",
    "bis",      "da",    "das",     "dass",   "dem",    "den",    "der",      "des",   "die",
    "durch",    "ein",   "eine",    "einem",  "einen",  "einer",  "eines",    "er",    "es",
    "fuer",     "für",   "gegen",   "hat",    "im",     "in",     "ins",      "ist",   "kein",
    "keine",    "mit",   "nach",    "nicht",  "noch",   "nur",    "ob",       "oder",  "ohne",
    "pro",      "seit",  "sich",    "sie",    "sind",   "so",     "sowie",    "ueber", "um",
    "und",      "uns",   "unter",   "vom",    "von",    "vor",    "waehrend", "wegen", "wenn",
    "werden",   "wie",   "wird",    "wir",    "wurde",  "wurden", "zu",       "zum",   "zur",
    "zwischen", "über",  "während", "bzw",    "hier",   "sein",   "seine",    "ihre",  "ihr",
    "alle",     "aller", "allen",   "dieser", "welche", "weil"};

const std::vector<std::string_view>& sorted_common() {
    static const auto sorted = [] {
        std::vector<std::string_view> words(std::begin(kCommon), std::end(kCommon));
        std::sort(words.begin(), words.end());
        return words;
    }();
    return sorted;
}
} // namespace

bool is_common_word(std::string_view folded) {
    const auto& words = sorted_common();
    return std::binary_search(words.begin(), words.end(), folded);
}

bool pair_indexed(std::string_view a, std::string_view b) {
    return !(is_common_word(a) && is_common_word(b));
}

std::string word_pair_term(std::string_view a, std::string_view b) {
    std::string term(kPrefixWordPair);
    term.reserve(term.size() + a.size() + 1 + b.size());
    term.append(a).append(" ").append(b);
    return term;
}

} // namespace ratsarchiv::analysis
