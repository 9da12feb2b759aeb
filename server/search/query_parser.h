// The user query syntax of /api/search `q`: words, "phrases", -exclusions, OR between items,
// trailing-* wildcards and field prefixes (the query aliases of schema::kFields: gremium:, amt:,
// typ:, jahr:, nummer:, body:, unterzeichner:). Parsing yields a small syntax tree (testable
// without an index); building turns it into a Xapian query through the German analyzer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "schema/analysis/german_analyzer.h"
#include "schema/fields.h"

namespace ratsarchiv::server {

/// The terms of `db` beginning with `pattern`, at most `limit` (the most frequent; 0: all), as
/// a query matching any of them, each weighted by its frequency in the whole of `db`.
Xapian::Query expanded_wildcard(const Xapian::Database& db, const std::string& pattern,
                                Xapian::termcount limit);

/// One item of a query.
struct QueryClause {
    enum class Kind { Word, Phrase, Field, Wildcard };
    Kind kind = Kind::Word;
    std::string text;                         ///< as typed (without quotes, '*' or alias)
    const schema::FieldSpec* field = nullptr; ///< for Kind::Field
};

/// A parsed query: positive groups (the items of a group are alternatives joined by OR; groups
/// are AND-ed) and excluded items.
struct ParsedQuery {
    std::vector<std::vector<QueryClause>> groups;
    std::vector<QueryClause> excluded;

    /// True when nothing was typed (match all documents).
    bool empty() const { return groups.empty() && excluded.empty(); }
    /// A stable text form for tests and logs, e.g. `and(word:a, or(word:b, word:c)) not(word:d)`.
    std::string describe() const;
};

/// Limits that keep one request from taking the server down.
struct QueryLimits {
    std::size_t max_length = 1000;         ///< bytes of q
    std::size_t max_clauses = 64;          ///< words, phrases and field items
    Xapian::termcount max_expansion = 100; ///< terms one wildcard expands to
};

/// Parses `q`; throws BadParameter("q", ...) when it breaks a limit or is malformed.
ParsedQuery parse_user_query(std::string_view q, const QueryLimits& limits);

/// How the plain words of a query combine (see GermanAnalyzer::WordsMatch).
using WordsMatch = analysis::GermanAnalyzer::WordsMatch;

/// Builds the Xapian query of a parsed query (a match-all query when it is empty). Free words are
/// analyzed by `analyzer` (the same analyzer the indexer used): with a database, the plain words
/// (not in OR groups, phrases or exclusions) go to the analyzer's ranked per-word queries
/// (spelling fallback included), each word also matching as a document number and, for staff,
/// under the other text prefixes; they combine as `match` says. Without a database each word
/// must match. Field items become exact boolean terms that do not change the ranking. Free text
/// is searched under each of `text_prefixes` (text_prefixes(audience) of
/// server/access/audience.h: staff also search the non-public lines of public documents).
Xapian::Query
build_xapian_query(const ParsedQuery& parsed, const analysis::GermanAnalyzer& analyzer,
                   const QueryLimits& limits, const std::vector<std::string>& text_prefixes = {""},
                   const Xapian::Database* db = nullptr, WordsMatch match = WordsMatch::All);

/// The number of plain words (the words whose combination WordsMatch decides).
std::size_t plain_word_count(const ParsedQuery& parsed);

/// The words of the free-text items (for spelling suggestions and snippets).
std::vector<std::string> free_words(const ParsedQuery& parsed);

} // namespace ratsarchiv::server
