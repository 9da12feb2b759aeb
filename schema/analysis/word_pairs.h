// Word pairs: a term for two adjacent words ("für karlsruhe", "stadt karlsruhe"), as search
// engines index two-word shingles for phrases. A phrase like "Stadt Karlsruhe" would otherwise
// need a position check in every document that has both words, and in a city's archive that
// is nearly every document; with the pair term it is a posting list.
//
// Only the pairs that make phrases slow earn their bytes: a position check is cheap when one of
// the two words is rare (few documents have both). So pairs are indexed only for two *pair
// words*, the words found in a large share of an archive's documents (chosen when an index is
// begun, from a sample of its documents, and stored in the index), and never for two common
// function words ("für die"), the most numerous pairs and hardly ever searched. Indexing every
// adjacent pair had doubled the index and the indexing time.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <xapian.h>

namespace ratsarchiv::analysis {

/// Term prefix of word pairs: "XW" + first + " " + second (case-folded exact forms).
inline constexpr std::string_view kPrefixWordPair = "XW";

/// Database metadata key whose value is kWordPairsVersion when every document of the index has
/// its word pair terms for the pair words stored under kPairWordsMetadataKey (an index begun
/// before has not, or has another selection of pairs, and its phrases are checked by position).
inline constexpr std::string_view kWordPairsMetadataKey = "ratsarchiv.word_pairs";
inline constexpr std::string_view kWordPairsVersion = "3";
/// The pair words of the index, one per line.
inline constexpr std::string_view kPairWordsMetadataKey = "ratsarchiv.pair_words";

/// True for the German function words left out of pairs when both words are one (case-folded,
/// either spelling of umlauts: "für" and "fuer").
bool is_common_word(std::string_view folded);

/// The words whose adjacent pairs an index holds as terms.
class PairWords {
public:
    /// No pairs at all.
    PairWords() = default;
    /// Pairs of the listed words (case-folded exact forms).
    explicit PairWords(const std::vector<std::string>& words);
    /// Pairs of any two words (not both common): for tests and small demonstrations.
    static PairWords every_word();

    /// True when the pair (a, b) is indexed: both are pair words and not both are common.
    bool indexed(std::string_view a, std::string_view b) const;
    bool empty() const { return !every_word_ && words_.empty(); }
    std::size_t size() const { return words_.size(); }

    /// The words, sorted, one per line (what kPairWordsMetadataKey holds).
    std::string serialize() const;
    static PairWords parse(std::string_view lines);

private:
    bool listed(std::string_view word) const;

    bool every_word_ = false;
    std::unordered_set<std::string> words_;
};

/// How pair words are chosen from a sample of an archive's documents.
struct PairWordChoice {
    double min_share = 0.10;         ///< in at least this share of the sampled documents
    std::size_t min_documents = 500; ///< a smaller sample chooses none (phrases are cheap there)
};

/// The pair words of a sample: `vocabularies` holds each sampled document's distinct words.
PairWords choose_pair_words(const std::vector<std::vector<std::string>>& vocabularies,
                            const PairWordChoice& choice = {});

/// Marks `db` as holding the pairs of `words` for every document (set when an index is begun).
void store_pair_words(Xapian::WritableDatabase& db, const PairWords& words);

/// The pair words `db` says all its documents have, or null when its phrases must be checked
/// by position (no pairs, or pairs of an older selection). Parsed once per distinct list and
/// shared, so a query pays one metadata lookup.
std::shared_ptr<const PairWords> pair_words_of(const Xapian::Database& db);

/// The pair term of adjacent words `a` and `b` (case-folded exact forms).
std::string word_pair_term(std::string_view a, std::string_view b);

} // namespace ratsarchiv::analysis
