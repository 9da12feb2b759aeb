// Dictionary-based splitting of German compounds into their parts, with the linking elements
// (Fugen -s, -es, -n, -en) between parts: "digitalisierungsstrategie" -> digitalisierung,
// strategie. Used on case-folded words by the analyzer on both index and query side.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "schema/analysis/word_list.h"

namespace ratsarchiv::analysis {

/// Splits case-folded compounds using a shared WordList. Cheap to copy; thread-safe (each
/// thread keeps its own memo of recent splits).
class CompoundSplitter {
public:
    explicit CompoundSplitter(std::shared_ptr<const WordList> words);

    /// The parts of `folded_word` (at least two, each a listed word, linking elements
    /// dropped; or, for a word the list does not know, an unknown modifier and the longest
    /// listed head), or an empty vector when the word is not a splittable compound.
    std::vector<std::string> split(std::string_view folded_word) const;

    /// The parts to index for `folded_word`: split()'s parts, plus the other reading of a
    /// linking s where the s can also begin the next part ("eisenbahnstraße": trasse and straße;
    /// "arbeitsamt": amt and samt). The dictionary cannot tell the two apart, and a part that
    /// is wrongly left out hides the compound from a search for it.
    std::vector<std::string> index_parts(std::string_view folded_word) const;

    /// The word list the splitter uses.
    const WordList& words() const { return *words_; }

private:
    std::vector<std::string> split_feminine(std::string_view word) const;
    std::vector<std::string> compute(std::string_view word) const;
    std::vector<std::string> head_only(std::string_view word) const;
    std::shared_ptr<const WordList> words_;
};

} // namespace ratsarchiv::analysis
