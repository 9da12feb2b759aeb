// Word pairs: the common function words, the choice of pair words and their place in the index
// (see word_pairs.h).
#include "schema/analysis/word_pairs.h"

#include <algorithm>
#include <iterator>
#include <mutex>
#include <unordered_map>

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

PairWords::PairWords(const std::vector<std::string>& words) : words_(words.begin(), words.end()) {}

PairWords PairWords::every_word() {
    PairWords all;
    all.every_word_ = true;
    return all;
}

bool PairWords::listed(std::string_view word) const {
    return every_word_ || words_.count(std::string(word)) > 0;
}

bool PairWords::indexed(std::string_view a, std::string_view b) const {
    if (empty() || (is_common_word(a) && is_common_word(b))) {
        return false;
    }
    return listed(a) && listed(b);
}

std::string PairWords::serialize() const {
    std::vector<std::string> sorted(words_.begin(), words_.end());
    std::sort(sorted.begin(), sorted.end());
    std::string out;
    for (const auto& w : sorted) {
        out.append(w).push_back('\n');
    }
    return out;
}

PairWords PairWords::parse(std::string_view lines) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < lines.size()) {
        std::size_t end = lines.find('\n', start);
        if (end == std::string_view::npos) {
            end = lines.size();
        }
        if (end > start) {
            words.emplace_back(lines.substr(start, end - start));
        }
        start = end + 1;
    }
    return PairWords(words);
}

PairWords choose_pair_words(const std::vector<std::vector<std::string>>& vocabularies,
                            const PairWordChoice& choice) {
    if (vocabularies.size() < choice.min_documents || vocabularies.empty()) {
        return {};
    }
    std::unordered_map<std::string, std::size_t> document_frequency;
    for (const auto& words : vocabularies) {
        for (const auto& w : words) {
            ++document_frequency[w];
        }
    }
    const double needed = choice.min_share * static_cast<double>(vocabularies.size());
    std::vector<std::string> chosen;
    for (const auto& [word, df] : document_frequency) {
        if (static_cast<double>(df) >= needed) {
            chosen.push_back(word);
        }
    }
    return PairWords(chosen);
}

void store_pair_words(Xapian::WritableDatabase& db, const PairWords& words) {
    db.set_metadata(std::string(kPairWordsMetadataKey), words.serialize());
    db.set_metadata(std::string(kWordPairsMetadataKey), std::string(kWordPairsVersion));
}

std::shared_ptr<const PairWords> pair_words_of(const Xapian::Database& db) {
    if (db.get_metadata(std::string(kWordPairsMetadataKey)) != kWordPairsVersion) {
        return nullptr;
    }
    std::string lines = db.get_metadata(std::string(kPairWordsMetadataKey));
    if (lines.empty()) {
        return nullptr;
    }
    // Few distinct lists ever exist in one process (one per index it serves): keep them all.
    static std::mutex mutex;
    static std::unordered_map<std::string, std::shared_ptr<const PairWords>> parsed;
    std::lock_guard<std::mutex> lock(mutex);
    auto& entry = parsed[lines];
    if (!entry) {
        entry = std::make_shared<const PairWords>(PairWords::parse(lines));
    }
    return entry;
}

std::string word_pair_term(std::string_view a, std::string_view b) {
    std::string term(kPrefixWordPair);
    term.reserve(term.size() + a.size() + 1 + b.size());
    term.append(a).append(" ").append(b);
    return term;
}

} // namespace ratsarchiv::analysis
