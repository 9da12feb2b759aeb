// The German analyzer: index terms and query construction over the shared tokenizer, stemmer,
// compound splitter and umlaut rules (see german_analyzer.h for the term scheme).
#include "schema/analysis/german_analyzer.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "schema/analysis/compound_splitter.h"
#include "schema/analysis/spelling.h"
#include "schema/analysis/tokenizer.h"
#include "schema/analysis/umlaut.h"
#include "schema/analysis/word_pairs.h"
#include "schema/fields.h"

namespace ratsarchiv::analysis {

namespace {
// Xapian caps terms at 245 bytes; longer "words" are table debris.
constexpr std::size_t kMaxTermBytes = 64;
constexpr std::size_t kStemCacheLimit = 300000;
// How much a typed word found in a title counts over the same word in the text (on top of the
// title's words counting five times in the text, document_builder.cpp). Tuned on known-item
// query sets of seeds 5, 11 and 12 (tools/eval-search), never on the held-out seeds: MRR@10
// over all variants 0.854 at 1, 0.861 at 2, 0.865 at 4, 0.864 at 8 and 16.
constexpr double kTitleMatchWeight = 4.0;
// How much a word found as a part of a compound ("Wirtschaft" in "Gebäudewirtschaft") counts
// against the word itself. Tuned with kTitleMatchWeight at 4 on the same seeds: compound-part
// MRR@10 0.805 at 0.5, 0.809 at 0.7, 0.811 at 1.0, where exact words fall from 0.885 to 0.881.
constexpr double kCompoundPartWeight = 0.7;
// What a title that holds every typed word (as a word, a form or a compound part) adds on top:
// people who look for a paper type words of its title. Tuned on seeds 5, 11 and 12 only, and
// checked on sets drawn otherwise (tools/eval-search --pick random, --words 2 and 4): compound
// part MRR@10 0.810 -> 0.814 on the tuning sets, 0.762 -> 0.783 with randomly picked title
// words, 0.743 -> 0.758 with two words; exact words 0.885 on the tuning sets, 0.860 -> 0.862
// and 0.867 -> 0.869 otherwise. 0.5 and 1 gave the same ranking; 2 and 4 cost exact words.
constexpr double kTitleAllWordsWeight = 1.0;

// The German stemmer of this thread (Xapian::Stem is not safe for concurrent use), with a
// memo: council texts repeat the same words, and a hash lookup is cheaper than Snowball.
const std::string& stem(const std::string& word) {
    thread_local Xapian::Stem stemmer("german");
    thread_local std::unordered_map<std::string, std::string> memo;
    auto found = memo.find(word);
    if (found != memo.end()) {
        return found->second;
    }
    if (memo.size() > kStemCacheLimit) {
        memo.clear();
    }
    return memo.emplace(word, stemmer(word)).first->second;
}

bool letters_only(std::string_view term) {
    for (unsigned char c : term) {
        bool letter = (c >= 'a' && c <= 'z') || c >= 0x80;
        if (!letter) {
            return false;
        }
    }
    return !term.empty() && term.find("\xC2\xA7") == std::string_view::npos; // not "§…"
}

// Adds the pair terms of the forms at the previous position and those of `token` (its term and
// extras: a phrase matches any form at each position), then makes `token`'s forms the previous.
// `current` is scratch space, kept by the caller so no token allocates a new vector.
void add_word_pairs(Xapian::Document& doc, const PairWords& pairs,
                    std::vector<std::string>& previous, std::vector<std::string>& current,
                    const Token& token) {
    current.assign(1, token.term);
    current.insert(current.end(), token.extras.begin(), token.extras.end());
    for (const auto& a : previous) {
        for (const auto& b : current) {
            if (pairs.indexed(a, b) && a.size() + b.size() + 3 <= kMaxTermBytes) {
                doc.add_term(word_pair_term(a, b), 0); // a filter: no weight, no length
            }
        }
    }
    previous.swap(current);
}

std::string cat(std::string_view a, std::string_view b, std::string_view c = {}) {
    std::string out;
    out.reserve(a.size() + b.size() + c.size());
    out.append(a).append(b).append(c);
    return out;
}
} // namespace

struct GermanAnalyzer::Impl {
    explicit Impl(const AnalyzerOptions& options)
        : words(WordList::shared(options.word_lists)), splitter(words) {}

    std::shared_ptr<const WordList> words;
    CompoundSplitter splitter;

    void add_term_forms(Xapian::Document& doc, const std::string& term, bool alphabetic,
                        std::string_view prefix, Xapian::termcount wdf,
                        Xapian::termpos position) const;
    // A German word: listed, or a compound of listed parts (not just a listed head).
    bool known(const std::string& folded) const {
        if (words->knows_inflected(folded)) {
            return true;
        }
        auto parts = splitter.split(folded);
        return !parts.empty() && words->contains(parts.front());
    }
    std::vector<std::string> spellings(const std::string& folded) const;
    Xapian::Query forms_query(const std::string& folded, bool alphabetic, std::string_view prefix,
                              const Xapian::Database* db) const;
    Xapian::Query token_query(const Token& token, std::string_view prefix,
                              const Xapian::Database* db) const;
    void collect_terms(const Token& token, std::vector<std::string>& terms) const;
    Xapian::Query typed_word_query(const GermanAnalyzer& analyzer, const std::string& word,
                                   const Xapian::Database& db) const;
};

void GermanAnalyzer::Impl::add_term_forms(Xapian::Document& doc, const std::string& term,
                                          bool alphabetic, std::string_view prefix,
                                          Xapian::termcount wdf, Xapian::termpos position) const {
    if (term.size() > kMaxTermBytes) {
        return;
    }
    doc.add_posting(cat(prefix, term), position, wdf);
    if (!alphabetic) {
        return;
    }
    // A word that is its own stem ("stadt", "und") is found by its exact term: its stem term
    // would only repeat it (a third of all stem postings), so the query side asks for both.
    const std::string& s = stem(term);
    if (s != term) {
        doc.add_term(cat("Z", prefix, s), wdf);
    }
    for (const auto& part : splitter.index_parts(term)) {
        doc.add_term(cat(kPrefixCompoundPart, prefix, stem(part)), wdf);
    }
}

// The spellings a typed word may stand for: itself; without umlauts ("bürger" -> "buerger",
// for texts written that way); with umlauts for ae/oe/ue only when the typed form is not a
// German word but the umlaut reading is ("buerger" -> "bürger", never "mauer" -> "maür").
std::vector<std::string> GermanAnalyzer::Impl::spellings(const std::string& folded) const {
    std::vector<std::string> out{folded};
    std::string ascii = without_umlauts(folded);
    if (ascii != folded) {
        out.push_back(ascii);
        return out;
    }
    auto readings = umlaut_readings(folded);
    if (readings.empty() || known(folded)) {
        return out;
    }
    std::vector<std::string> known_readings;
    for (auto& r : readings) {
        if (known(r)) {
            known_readings.push_back(std::move(r));
        }
    }
    for (auto& r : known_readings) {
        out.push_back(std::move(r));
    }
    return out;
}

namespace {
// Whether `stem_term`'s posting list is `exact`'s, document for document and wdf for wdf. The
// stem term holds every form with that stem, each with its wdf, so equal document and
// collection frequencies leave no other form in the index.
bool same_postings(const Xapian::Database& db, const std::string& exact,
                   const std::string& stem_term) {
    const Xapian::doccount docs = db.get_termfreq(exact);
    return docs > 0 && db.get_termfreq(stem_term) == docs &&
           db.get_collection_freq(stem_term) == db.get_collection_freq(exact);
}

// Whether the typed form is nearly all of a long stem class ("karlsruhe": 27,418 of the 28,164
// documents of "Zkarlsruh" on Karlsruhe), so that reading both lists costs a long list more
// per query for a distinction between few documents (those with only "Karlsruher"). Such a
// class is read once, with the exact form's weight added to every member. Short classes keep
// the distinction: their lists cost little.
constexpr double kDominantFormShare = 0.9;
constexpr double kLongClassShare = 0.01; // of the archive's documents
bool dominant_form(const Xapian::Database& db, const std::string& exact,
                   const std::string& stem_term) {
    const auto class_docs = static_cast<double>(db.get_termfreq(stem_term));
    return class_docs >= kLongClassShare * static_cast<double>(db.get_doccount()) &&
           static_cast<double>(db.get_termfreq(exact)) >= kDominantFormShare * class_docs;
}
} // namespace

Xapian::Query GermanAnalyzer::Impl::forms_query(const std::string& folded, bool alphabetic,
                                                std::string_view prefix,
                                                const Xapian::Database* db) const {
    std::vector<Xapian::Query> alternatives;
    for (const auto& spelling : alphabetic ? spellings(folded) : std::vector{folded}) {
        if (!alphabetic) {
            alternatives.emplace_back(cat(prefix, spelling));
            continue;
        }
        // The stem class: the stem term of the forms that differ from their stem, and the
        // stem itself as an exact term (the index holds no stem term for a word that is its
        // own stem). Typed as the stem, the exact term counts twice, as it did for an exact
        // match that also had its stem term: one posting list read with double weight, not the
        // same list read twice (that was a third of the match time of "Stadt Karlsruhe").
        // Where the index holds no other form of the stem than the typed one (common for
        // title terms and rare words), the stem term is the exact term again: also one list.
        // Where the typed form is nearly all of a long class, the class is one list too
        // (dominant_form).
        const std::string& s = stem(spelling);
        const std::string exact = cat(prefix, spelling);
        const std::string stem_term = cat("Z", prefix, s);
        if (s == spelling) {
            alternatives.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(exact), 2.0);
            alternatives.emplace_back(stem_term);
        } else if (db != nullptr && same_postings(*db, exact, stem_term)) {
            alternatives.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(exact), 2.0);
            alternatives.emplace_back(cat(prefix, s));
        } else if (db != nullptr && dominant_form(*db, exact, stem_term)) {
            alternatives.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(stem_term),
                                      2.0);
            alternatives.emplace_back(cat(prefix, s));
        } else {
            alternatives.emplace_back(exact);
            alternatives.emplace_back(cat(prefix, s));
            alternatives.emplace_back(stem_term);
        }
        alternatives.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                                  Xapian::Query(cat(kPrefixCompoundPart, prefix, s)),
                                  kCompoundPartWeight);
    }
    // A compound typed by the user also finds its parts written apart ("Strategie zur
    // Digitalisierung"), weighed like parts.
    auto parts = alphabetic ? splitter.split(folded) : std::vector<std::string>{};
    if (!parts.empty()) {
        std::vector<Xapian::Query> each;
        for (const auto& part : parts) {
            const std::string& s = stem(part);
            std::vector<Xapian::Query> forms{Xapian::Query(cat(prefix, part)),
                                             Xapian::Query(cat("Z", prefix, s))};
            if (s != part) {
                forms.emplace_back(cat(prefix, s));
            }
            each.emplace_back(Xapian::Query::OP_OR, forms.begin(), forms.end());
        }
        alternatives.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                                  Xapian::Query(Xapian::Query::OP_AND, each.begin(), each.end()),
                                  0.5);
    }
    return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
}

Xapian::Query GermanAnalyzer::Impl::token_query(const Token& token, std::string_view prefix,
                                                const Xapian::Database* db) const {
    std::vector<Xapian::Query> alternatives{forms_query(token.term, token.alphabetic, prefix, db)};
    for (const auto& extra : token.extras) {
        alternatives.push_back(forms_query(extra, letters_only(extra), prefix, db));
    }
    return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
}

// The terms whose presence in an index shows that a token matches something.
void GermanAnalyzer::Impl::collect_terms(const Token& token,
                                         std::vector<std::string>& terms) const {
    for (const auto& spelling :
         token.alphabetic ? spellings(token.term) : std::vector{token.term}) {
        terms.push_back(spelling);
        if (token.alphabetic) {
            const std::string& s = stem(spelling);
            terms.push_back(cat("Z", "", s));
            terms.push_back(s);
            terms.push_back(cat(kPrefixCompoundPart, "", s));
        }
    }
    for (const auto& extra : token.extras) {
        terms.push_back(extra);
    }
}

GermanAnalyzer::GermanAnalyzer(AnalyzerOptions options) : impl_(std::make_unique<Impl>(options)) {}

GermanAnalyzer::~GermanAnalyzer() = default;

void GermanAnalyzer::index_text(Xapian::Document& doc, std::string_view text,
                                std::string_view prefix, Xapian::termcount wdf_inc,
                                Xapian::termpos& position, const PairWords* pairs,
                                std::vector<std::string>* vocabulary) const {
    // The forms at the previous position, for word pairs (full text only: the title is in the
    // full text too, and phrases under other prefixes are rare).
    std::vector<std::string> previous, current;
    for (auto chunk : text_chunks(text)) {
        for (const auto& token : tokenize(chunk, &impl_->splitter)) {
            ++position;
            impl_->add_term_forms(doc, token.term, token.alphabetic, prefix, wdf_inc, position);
            for (const auto& extra : token.extras) {
                impl_->add_term_forms(doc, extra, letters_only(extra), prefix, wdf_inc, position);
            }
            if (pairs != nullptr && prefix.empty()) {
                add_word_pairs(doc, *pairs, previous, current, token);
            }
            if (vocabulary != nullptr && token.alphabetic) {
                vocabulary->push_back(token.term);
            }
        }
    }
}

namespace {
// The positional (exact) terms a token may appear as: its spellings and same-position forms.
Xapian::Query positional_query(const Token& token, const std::vector<std::string>& spellings,
                               std::string_view prefix) {
    std::vector<Xapian::Query> terms;
    for (const auto& s : spellings) {
        terms.emplace_back(cat(prefix, s));
    }
    for (const auto& extra : token.extras) {
        terms.emplace_back(cat(prefix, extra));
    }
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query combine(Xapian::Query::op op, std::vector<Xapian::Query>& parts,
                      Xapian::termcount window = 0) {
    if (parts.empty()) {
        return Xapian::Query();
    }
    if (parts.size() == 1) {
        return parts.front();
    }
    return Xapian::Query(op, parts.begin(), parts.end(), window);
}
} // namespace

Xapian::Query GermanAnalyzer::word_query(std::string_view word, std::string_view prefix,
                                         const Xapian::Database* db) const {
    auto tokens = tokenize(word, &impl_->splitter);
    if (tokens.size() == 1) {
        return impl_->token_query(tokens.front(), prefix, db);
    }
    std::vector<Xapian::Query> alternatives;
    if (!tokens.empty()) {
        for (const auto& extra : tokens.front().extras) {
            if (extra.find('/') != std::string::npos) { // the joined document number
                alternatives.emplace_back(cat(prefix, extra));
            }
        }
    }
    alternatives.push_back(phrase_query(word, prefix));
    return combine(Xapian::Query::OP_OR, alternatives);
}

namespace {
// The pair terms of two adjacent phrase words in all their spellings, OR-ed; empty when the
// index holds none of them (no pair words, two common words) or a word has further forms.
//
// A spelling pair the index has no term for ("karlsruhe fuer" beside "karlsruhe für": "fuer"
// is no pair word) is checked by position instead. That is cheap for the same reason it has no
// term: one of its words is rare. Giving up the pair filter for the whole phrase instead made
// "Karlsruhe für" check positions in every document that has both words.
Xapian::Query pair_query(const PairWords& pairs, const std::vector<std::string>& first,
                         const std::vector<std::string>& second) {
    std::vector<Xapian::Query> terms;
    bool any_indexed = false;
    for (const auto& a : first) {
        for (const auto& b : second) {
            if (pairs.indexed(a, b)) {
                terms.emplace_back(word_pair_term(a, b));
                any_indexed = true;
            } else {
                Xapian::Query words[] = {Xapian::Query(a), Xapian::Query(b)};
                terms.emplace_back(Xapian::Query::OP_PHRASE, std::begin(words), std::end(words), 2);
            }
        }
    }
    return any_indexed ? combine(Xapian::Query::OP_OR, terms) : Xapian::Query();
}
} // namespace

Xapian::Query GermanAnalyzer::phrase_query(std::string_view phrase, std::string_view prefix,
                                           const PairWords* pairs) const {
    std::vector<Xapian::Query> parts;
    std::vector<std::vector<std::string>> pair_forms; // empty for a word with further forms
    for (const auto& token : tokenize(phrase, &impl_->splitter)) {
        auto spellings = token.alphabetic ? impl_->spellings(token.term) : std::vector{token.term};
        parts.push_back(positional_query(token, spellings, prefix));
        pair_forms.push_back(token.extras.empty() ? spellings : std::vector<std::string>{});
    }
    auto window = static_cast<Xapian::termcount>(parts.size());
    Xapian::Query positional = combine(Xapian::Query::OP_PHRASE, parts, window);
    if (pairs == nullptr || !prefix.empty() || parts.size() < 2) {
        return positional;
    }
    std::vector<Xapian::Query> pair_filters;
    for (std::size_t i = 0; i + 1 < pair_forms.size(); ++i) {
        Xapian::Query pair = pair_query(*pairs, pair_forms[i], pair_forms[i + 1]);
        if (!pair.empty()) {
            pair_filters.push_back(std::move(pair));
        }
    }
    if (pair_filters.empty()) {
        return positional;
    }
    Xapian::Query filter = combine(Xapian::Query::OP_AND, pair_filters);
    // Two words are their pair: the words give the weight, the pair term the match.
    if (parts.size() == 2) {
        return Xapian::Query(Xapian::Query::OP_FILTER, combine(Xapian::Query::OP_AND, parts),
                             filter);
    }
    return Xapian::Query(Xapian::Query::OP_FILTER, positional, filter);
}

// One typed word of a text query: its forms in text and title, umlaut readings the index
// attests (names like "Hälden" typed "Haelden" that no word list knows), and spelling
// corrections when the word matches nothing or is a rare typo of a frequent word.
Xapian::Query GermanAnalyzer::Impl::typed_word_query(const GermanAnalyzer& analyzer,
                                                     const std::string& word,
                                                     const Xapian::Database& db) const {
    // Rare typos in the texts themselves (PDF damage) must not hide a frequent correction.
    constexpr Xapian::doccount kTypoRatio = 20;
    constexpr Xapian::doccount kRareWord = 5;
    constexpr std::size_t kCorrections = 3;
    auto in_text_or_title = [&](std::string_view w) {
        return Xapian::Query(Xapian::Query::OP_OR, analyzer.word_query(w, "", &db),
                             Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                           analyzer.word_query(w, schema::kPrefixTitle, &db),
                                           kTitleMatchWeight));
    };
    Xapian::Query q = in_text_or_title(word);
    auto tokens = tokenize(word, &splitter);
    if (tokens.size() != 1 || !tokens.front().alphabetic) {
        return q;
    }
    const std::string& folded = tokens.front().term;
    std::vector<std::string> terms;
    collect_terms(tokens.front(), terms);
    // How often the word's most frequent form occurs (0: it matches nothing).
    Xapian::doccount frequency = 0;
    for (const auto& t : terms) {
        frequency = std::max(frequency, db.get_termfreq(t));
    }
    bool exists = frequency > 0;
    if (spellings(folded).size() == 1 && !known(folded)) {
        for (const auto& reading : umlaut_readings(folded)) {
            if (db.term_exists(reading)) {
                q = Xapian::Query(Xapian::Query::OP_OR, q, in_text_or_title(reading));
                exists = true;
            }
        }
    }
    // A word found often enough is no typo; skipping the spelling lookup keeps queries fast.
    if (exists && frequency >= kRareWord) {
        return q;
    }
    // A word that exists is at most a one-letter slip; the costly two-edit search is for
    // words that match nothing.
    auto likely = likely_spellings(folded, db, exists ? 1 : kCorrections, !exists);
    if (likely.empty()) {
        return q;
    }
    if (!exists) {
        // A word that matches nothing is a typo: every all-words match of one of its likely
        // corrections counts, not only of the most frequent one.
        std::vector<Xapian::Query> corrections;
        for (const auto& correction : likely) {
            corrections.push_back(in_text_or_title(correction));
        }
        return combine(Xapian::Query::OP_OR, corrections);
    }
    const std::string& suggestion = likely.front();
    if (db.get_termfreq(suggestion) >= kTypoRatio * (frequency + 1)) {
        return Xapian::Query(
            Xapian::Query::OP_OR, q,
            Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, in_text_or_title(suggestion), 0.5));
    }
    return q;
}

std::vector<Xapian::Query> GermanAnalyzer::typed_word_queries(const std::vector<std::string>& words,
                                                              const Xapian::Database& db) const {
    std::vector<Xapian::Query> per_word;
    for (const auto& word : words) {
        per_word.push_back(impl_->typed_word_query(*this, word, db));
    }
    return per_word;
}

Xapian::Query GermanAnalyzer::combine_words(const std::vector<Xapian::Query>& per_word,
                                            WordsMatch match) {
    std::vector<Xapian::Query> present;
    for (const auto& q : per_word) {
        if (!q.empty()) {
            present.push_back(q);
        }
    }
    if (match == WordsMatch::All || present.size() < 2) {
        return combine(Xapian::Query::OP_AND, present);
    }
    // Documents with all the words count those words twice: a title that has both "Strategie"
    // and (as a part) "Digitalisierung" beats one that has only "Strategie" as a whole word.
    return Xapian::Query(Xapian::Query::OP_OR, combine(Xapian::Query::OP_OR, present),
                         combine(Xapian::Query::OP_AND, present));
}

Xapian::Query GermanAnalyzer::text_query(const std::vector<std::string>& words,
                                         const Xapian::Database& db, WordsMatch match) const {
    return with_all_words_in_title(combine_words(typed_word_queries(words, db), match), words, &db);
}

Xapian::Query GermanAnalyzer::with_all_words_in_title(Xapian::Query query,
                                                      const std::vector<std::string>& words,
                                                      const Xapian::Database* db) const {
    std::vector<Xapian::Query> in_title;
    for (const auto& word : words) {
        Xapian::Query title = word_query(word, schema::kPrefixTitle, db);
        if (!title.empty()) {
            in_title.push_back(std::move(title));
        }
    }
    if (in_title.size() < 2) {
        return query; // one word: the title weight of typed_word_query says it all
    }
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                         Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                       combine(Xapian::Query::OP_AND, in_title),
                                       kTitleAllWordsWeight));
}

std::vector<std::string> GermanAnalyzer::spelling_correction(const std::vector<std::string>& words,
                                                             const Xapian::Database& db) const {
    auto candidates = spelling_candidates(words, db, 1);
    std::vector<std::string> corrected;
    bool changed = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        changed = changed || !candidates[i].empty();
        corrected.push_back(candidates[i].empty() ? words[i] : candidates[i].front());
    }
    return changed ? corrected : std::vector<std::string>{};
}

std::vector<std::vector<std::string>>
GermanAnalyzer::spelling_candidates(const std::vector<std::string>& words,
                                    const Xapian::Database& db, std::size_t limit) const {
    std::vector<std::vector<std::string>> candidates(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        auto tokens = tokenize(words[i], &impl_->splitter);
        if (tokens.size() != 1 || !tokens.front().alphabetic || limit == 0) {
            continue;
        }
        std::vector<std::string> terms;
        impl_->collect_terms(tokens.front(), terms);
        if (std::any_of(terms.begin(), terms.end(),
                        [&](const std::string& t) { return db.term_exists(t); })) {
            continue;
        }
        const std::string& folded = tokens.front().term;
        candidates[i] = likely_spellings(folded, db, limit);
    }
    return candidates;
}

std::vector<std::string> GermanAnalyzer::split_words(std::string_view text) const {
    std::vector<std::string> words;
    for (auto& token : tokenize(text, nullptr, true)) {
        if (token.joined_piece) {
            continue;
        }
        words.push_back(std::move(token.surface));
    }
    return words;
}

std::vector<std::string> GermanAnalyzer::vocabulary_words(std::string_view text) const {
    std::vector<std::string> words;
    std::unordered_set<std::string> seen;
    for (auto chunk : text_chunks(text)) {
        for (auto& token : tokenize(chunk, nullptr)) {
            if (token.alphabetic && seen.insert(token.term).second) {
                words.push_back(std::move(token.term));
            }
        }
    }
    return words;
}

std::vector<std::string> GermanAnalyzer::compound_parts(std::string_view word) const {
    return impl_->splitter.split(fold_word(word));
}

} // namespace ratsarchiv::analysis
