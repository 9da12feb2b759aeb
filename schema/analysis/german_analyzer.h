// The German text analyzer: the one module that turns text into terms, used by the indexer for
// documents and by the server for queries, so both sides analyze text alike.
//
// Terms it writes under a field prefix P ("" for full text, "S" for the title):
//   P + word          exact case-folded word (NFC, ß -> ss), with positions, for phrases
//   "Z" + P + stem    German Snowball stem (letters-only words that differ from their stem)
//   "XK" + P + stem   stem of each part of a compound ("digitalisierungsstrategie" ->
//                     XKdigitalisier, XKstrategi); queried with less weight than whole words
// Beside a word at the same position: gender forms (bürger + bürgerinnen), joined document
// numbers (a0105/22), "§45", amounts without separators (2318430), ISO dates (2022-07-12),
// Ergänzungsstrich completions (finanzausschuss).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace ratsarchiv::analysis {

class PairWords;

/// Term prefix of compound parts (see the file comment).
inline constexpr std::string_view kPrefixCompoundPart = "XK";

/// Where the analyzer's resources are; defaults are Debian's packaged files (wngerman and
/// hunspell-de-de). Missing files only disable compound splitting and umlaut decisions.
struct AnalyzerOptions {
    std::vector<std::string> word_lists = {"/usr/share/dict/ngerman",
                                           "/usr/share/hunspell/de_DE.dic"};
};

/// Analyzes German text with ICU (segmentation, NFC, case folding), Xapian's German stemmer and
/// dictionary-based compound splitting. Construction is cheap after the first analyzer of a
/// process (the word list is loaded once and shared). Thread-safe for concurrent const use.
class GermanAnalyzer {
public:
    explicit GermanAnalyzer(AnalyzerOptions options = {});
    ~GermanAnalyzer();
    GermanAnalyzer(const GermanAnalyzer&) = delete;
    GermanAnalyzer& operator=(const GermanAnalyzer&) = delete;

    /// Index side: adds the terms of `text` to `doc` under `prefix` ("" body, "S" title),
    /// with positions continuing from `position` (updated), each occurrence adding `wdf_inc`.
    /// With `pairs`, full text ("" prefix) also gets the word pair terms of those words. With
    /// `vocabulary`, the words vocabulary_words() would give are appended (with repeats), so a
    /// document's spelling words cost no second pass over its text.
    void index_text(Xapian::Document& doc, std::string_view text, std::string_view prefix,
                    Xapian::termcount wdf_inc, Xapian::termpos& position,
                    const PairWords* pairs = nullptr,
                    std::vector<std::string>* vocabulary = nullptr) const;

    /// Query side: the query for one word as the user typed it, over all the forms the index
    /// side produces for it (exact, stem, umlaut spellings, compound parts at lower weight),
    /// under `prefix`. A "word" that is several tokens ("A0105/22", "Baden-Württemberg")
    /// matches as the joined term or as a phrase. Empty query when it has no word characters.
    /// With `db`, a stem class that holds only the typed form there is read as that form's one
    /// posting list (the same ranking, half the lists).
    Xapian::Query word_query(std::string_view word, std::string_view prefix,
                             const Xapian::Database* db = nullptr) const;

    /// Query side: a phrase, matched on positions of exact (unstemmed) terms; umlaut spellings
    /// and gender forms of each word are accepted at its position. With `pairs` (the pair words
    /// the index holds: word_pairs.h), adjacent pair words are matched through their pair
    /// terms, which spares the position check ("für Karlsruhe") or narrows it; the matches and
    /// weights stay those of the phrase.
    Xapian::Query phrase_query(std::string_view phrase, std::string_view prefix,
                               const PairWords* pairs = nullptr) const;

    /// How the words of a text query combine.
    enum class WordsMatch {
        All, ///< every word must match (the normal search)
        Any  ///< any word may match; documents with all of them rank first (the fallback)
    };

    /// Query side: one ranked query per free-text word of a search (what the server's query
    /// parser collects outside phrases, exclusions and field prefixes), as typed, aligned with
    /// `words` (an empty query for a word without word characters). Each word matches its forms
    /// (word_query) in the text and, with extra weight, in the title. A word that matches
    /// nothing in `db` is replaced by the best spelling correction from `db`'s spelling table
    /// (built from public documents only; see spelling.h: one edit away, else two for short
    /// words); a word that is a rare typo also tries a much more frequent correction at lower
    /// weight.
    std::vector<Xapian::Query> typed_word_queries(const std::vector<std::string>& words,
                                                  const Xapian::Database& db) const;

    /// `query` with a bonus for documents whose title holds every one of `words` (two or more;
    /// as words, forms or compound parts), the papers people look for by their title's words.
    Xapian::Query with_all_words_in_title(Xapian::Query query,
                                          const std::vector<std::string>& words,
                                          const Xapian::Database* db = nullptr) const;

    /// Combines per-word queries (empty ones are skipped). All: AND. Any: OR, plus the AND as
    /// a bonus, so a document missing one word can still be found but ranks below those that
    /// have them all.
    static Xapian::Query combine_words(const std::vector<Xapian::Query>& per_word,
                                       WordsMatch match);

    /// Query side, THE ranked query for free-text words: combine_words(typed_word_queries()).
    /// The caller still restricts the result to the audience (server/access/audience.h) and
    /// combines phrases/exclusions/filters around it; deciding when to fall back from All to
    /// Any is the caller's too, because only it knows what the audience may see.
    Xapian::Query text_query(const std::vector<std::string>& words, const Xapian::Database& db,
                             WordsMatch match = WordsMatch::All) const;

    /// "Meinten Sie …": `words` with each word that matches nothing in `db` replaced by its
    /// spelling correction (folded form), or an empty vector when nothing would change.
    std::vector<std::string> spelling_correction(const std::vector<std::string>& words,
                                                 const Xapian::Database& db) const;

    /// The corrections "Meinten Sie …" may choose from, aligned with `words`: for a word that
    /// matches nothing in `db`, up to `limit` spelling-table words, the most frequent one edit
    /// away first (else the two-edit suggestion for short words); none for a word that matches.
    /// Which combination to offer is the caller's choice: the one the other words agree with.
    std::vector<std::vector<std::string>> spelling_candidates(const std::vector<std::string>& words,
                                                              const Xapian::Database& db,
                                                              std::size_t limit) const;

    /// The words of `text` as typed (ICU word segmentation; "A0105/22" and "Bürger*innen" stay
    /// one word), e.g. for the query parser.
    std::vector<std::string> split_words(std::string_view text) const;

    /// Normalized words of `text` (letters only), each once in order of first occurrence, for
    /// Xapian's spelling table and completion (public documents only: the caller decides). Once
    /// per document keeps indexing fast and makes spelling frequencies document frequencies.
    std::vector<std::string> vocabulary_words(std::string_view text) const;

    /// The compound parts of a word ("Digitalisierungsstrategie" -> digitalisierung,
    /// strategie), case-folded; empty when it is not a compound.
    std::vector<std::string> compound_parts(std::string_view word) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace ratsarchiv::analysis
