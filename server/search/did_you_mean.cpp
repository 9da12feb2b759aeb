// "Meinten Sie …": the spelling suggestion of a search (Searcher::suggest_spelling). Among the
// likely corrections of the words that match nothing, the one offered is the combination the
// other words of the query agree with most: for "Grüned Rückgang" that is "gründe Rückgang",
// although "grüne" is the more frequent word. Only public words are ever proposed (the spelling
// table holds public text only), and only a query that finds documents this audience may see.
#include <algorithm>

#include "server/search/searcher.h"

namespace ratsarchiv::server {

namespace {
// Below this many matches a spelling correction is worth checking.
constexpr std::uint64_t kSuggestBelow = 50;
// Corrections considered per word, and combinations tried per query (each costs a count).
constexpr std::size_t kCandidatesPerWord = 3;
constexpr std::size_t kMaxCombinations = 9;
// Counting stops here: a correction that finds this many is as good as any.
constexpr Xapian::doccount kEnough = 1000;

// Replaces the first whole-token occurrence of `word` in `q`.
std::string replace_token(std::string q, const std::string& word, const std::string& with) {
    std::size_t at = 0;
    while ((at = q.find(word, at)) != std::string::npos) {
        bool start_ok = at == 0 || q[at - 1] == ' ' || q[at - 1] == '"' || q[at - 1] == '-';
        std::size_t end = at + word.size();
        bool end_ok = end == q.size() || q[end] == ' ' || q[end] == '"';
        if (start_ok && end_ok) {
            return q.replace(at, word.size(), with);
        }
        at = end;
    }
    return q;
}

std::vector<std::string> plain_words(const ParsedQuery& parsed) {
    std::vector<std::string> words;
    for (const auto& group : parsed.groups) {
        for (const auto& c : group) {
            if (c.kind == QueryClause::Kind::Word) {
                words.push_back(c.text);
            }
        }
    }
    return words;
}

// The corrected queries to try, most likely corrections first: combination k picks, for each
// word with candidates, candidate (k / product of the earlier words' counts) % its count.
std::vector<std::string> corrected_queries(const std::string& q,
                                           const std::vector<std::string>& words,
                                           const std::vector<std::vector<std::string>>& options) {
    std::size_t combinations = 1;
    for (const auto& o : options) {
        combinations *= std::max<std::size_t>(o.size(), 1);
        combinations = std::min(combinations, kMaxCombinations);
    }
    std::vector<std::string> queries;
    for (std::size_t k = 0; k < combinations; ++k) {
        std::string corrected = q;
        std::size_t rest = k;
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (options[i].empty()) {
                continue;
            }
            corrected = replace_token(corrected, words[i], options[i][rest % options[i].size()]);
            rest /= options[i].size();
        }
        if (corrected != q &&
            std::find(queries.begin(), queries.end(), corrected) == queries.end()) {
            queries.push_back(std::move(corrected));
        }
    }
    return queries;
}
} // namespace

std::optional<std::string> Searcher::suggest_spelling(Xapian::Database& db,
                                                      const Audience& audience,
                                                      const SearchRequest& request,
                                                      std::uint64_t total) const {
    if (total >= kSuggestBelow || request.q.empty()) {
        return std::nullopt;
    }
    std::vector<std::string> words = plain_words(parse_user_query(request.q, limits_));
    auto options = analyzer_.spelling_candidates(words, db, kCandidatesPerWord);
    auto queries = corrected_queries(request.q, words, options);
    if (queries.empty()) {
        return std::nullopt;
    }
    // The combination that finds the most documents with all its words, for this audience.
    std::optional<std::string> best;
    Xapian::doccount best_count = 0;
    SearchRequest other = request;
    for (const auto& corrected : queries) {
        other.q = corrected;
        Xapian::Enquire enquire(db);
        enquire.set_query(full_query(db, audience, other, WordsMatch::All));
        Xapian::doccount count = enquire.get_mset(0, 0, kEnough).get_matches_estimated();
        if (count > best_count) {
            best = corrected;
            best_count = count;
        }
    }
    if (best) {
        return best;
    }
    // No combination has all its words in one document: the most likely correction, if the
    // search would list documents with some of its words.
    other.q = queries.front();
    Xapian::Enquire enquire(db);
    enquire.set_query(full_query(db, audience, other, WordsMatch::Any));
    if (enquire.get_mset(0, 1).empty()) {
        return std::nullopt;
    }
    return queries.front();
}

} // namespace ratsarchiv::server
