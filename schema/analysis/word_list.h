// The German word list behind compound splitting and umlaut spelling decisions: Debian's
// wngerman list plus the stems of hunspell-de-de, case-folded, loaded once per process and
// shared read-only by every analyzer (the server builds one analyzer per worker thread).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace ratsarchiv::analysis {

/// An immutable set of case-folded German words.
class WordList {
public:
    /// Loads the given files (one word per line; hunspell "word/FLAGS" lines are cut at '/').
    /// Missing files are skipped: an empty list only disables compound splitting.
    explicit WordList(const std::vector<std::string>& paths);

    /// The list for these files, loaded on first use and shared afterwards (thread-safe).
    static std::shared_ptr<const WordList> shared(const std::vector<std::string>& paths);

    /// True when the case-folded `word` is in the list.
    bool contains(std::string_view folded_word) const;

    /// True when `folded_word` or a regular inflection of it (-e, -n, -en, -s, -es, -er, -ern)
    /// reduced to a listed word is known.
    bool knows_inflected(std::string_view folded_word) const;

    /// Number of words loaded.
    std::size_t size() const { return words_.size(); }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    static constexpr std::size_t kFilterBits = std::size_t{1} << 23;
    // A 1 MB bit filter in front of the set: most lookups (substrings tried by the compound
    // splitter) are misses, and the filter answers those from cache.
    std::vector<std::uint64_t> filter_;
    std::unordered_set<std::string, Hash, std::equal_to<>> words_;
};

} // namespace ratsarchiv::analysis
