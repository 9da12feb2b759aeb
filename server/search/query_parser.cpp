// Tokenizing the user query syntax and building the Xapian query from it.
#include "server/search/query_parser.h"

#include <algorithm>
#include <cctype>

#include "schema/analysis/word_pairs.h"
#include "schema/errors.h"
#include "schema/text_fold.h"
#include "server/search/typed_number.h"

namespace ratsarchiv::server {

namespace {

using Kind = QueryClause::Kind;

bool is_space(char c) {
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

// Reads a quoted run starting after the opening quote; a missing closing quote ends at the end.
std::string read_quoted(std::string_view q, std::size_t& i) {
    std::size_t end = q.find('"', i);
    std::string text(q.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
    i = end == std::string_view::npos ? q.size() : end + 1;
    return text;
}

std::string read_bare(std::string_view q, std::size_t& i) {
    std::size_t start = i;
    while (i < q.size() && !is_space(q[i])) {
        ++i;
    }
    return std::string(q.substr(start, i - start));
}

// One item at position i (after an optional '-'), or nothing for an empty phrase.
bool read_clause(std::string_view q, std::size_t& i, QueryClause& clause) {
    if (q[i] == '"') {
        ++i;
        clause = {Kind::Phrase, schema::fold_whitespace(read_quoted(q, i)), nullptr};
        return !clause.text.empty();
    }
    std::size_t start = i;
    std::string token = read_bare(q, i);
    auto colon = token.find(':');
    if (colon != std::string::npos && colon > 0) {
        if (const auto* field = schema::field_by_query_alias(token.substr(0, colon))) {
            std::size_t value_at = start + colon + 1;
            std::string value;
            if (value_at < q.size() && q[value_at] == '"') {
                i = value_at + 1;
                value = read_quoted(q, i);
            } else {
                value = token.substr(colon + 1);
            }
            clause = {Kind::Field, schema::fold_whitespace(value), field};
            return !clause.text.empty();
        }
    }
    if (token.size() > 1 && token.back() == '*') {
        token.pop_back();
        clause = {Kind::Wildcard, token, nullptr};
        return true;
    }
    clause = {Kind::Word, token, nullptr};
    return true;
}

std::string describe_clause(const QueryClause& c) {
    switch (c.kind) {
    case Kind::Word:
        return "word:" + c.text;
    case Kind::Phrase:
        return "phrase:\"" + c.text + "\"";
    case Kind::Wildcard:
        return "wildcard:" + c.text + "*";
    case Kind::Field:
        return "field:" + std::string(c.field->name) + "=" + c.text;
    }
    return {};
}

bool has_digit(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Exact boolean terms contribute no weight, so a filter typed into q does not change ranking.
Xapian::Query boolean(const std::string& term) {
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(term), 0.0);
}

// One query per text prefix the audience may search (server/access/audience.h), OR-ed: staff
// words also match the non-public lines of public documents, anonymous words never do.
template <typename MakeQuery>
Xapian::Query over_prefixes(const std::vector<std::string>& prefixes, MakeQuery make) {
    if (prefixes.size() == 1) {
        return make(prefixes.front());
    }
    std::vector<Xapian::Query> alternatives;
    for (const auto& prefix : prefixes) {
        alternatives.push_back(make(prefix));
    }
    return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
}

Xapian::Query word_items_query(const std::string& token, const analysis::GermanAnalyzer& analyzer,
                               const std::vector<std::string>& prefixes) {
    std::vector<Xapian::Query> parts;
    for (const auto& word : analyzer.split_words(token)) {
        parts.push_back(over_prefixes(prefixes, [&](const std::string& prefix) {
            return analyzer.word_query(word, prefix);
        }));
    }
    Xapian::Query text = parts.empty()
                             ? Xapian::Query()
                             : Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
    // Document numbers ("S0254/22", "2022/1004/1") are also looked up as exact numbers.
    if (has_digit(token)) {
        return Xapian::Query(Xapian::Query::OP_OR, text, number_query(token));
    }
    return text;
}

} // namespace

std::string ParsedQuery::describe() const {
    std::string out = "and(";
    for (std::size_t g = 0; g < groups.size(); ++g) {
        out += g > 0 ? ", " : "";
        if (groups[g].size() == 1) {
            out += describe_clause(groups[g][0]);
            continue;
        }
        out += "or(";
        for (std::size_t i = 0; i < groups[g].size(); ++i) {
            out += (i > 0 ? ", " : "") + describe_clause(groups[g][i]);
        }
        out += ")";
    }
    out += ")";
    if (!excluded.empty()) {
        out += " not(";
        for (std::size_t i = 0; i < excluded.size(); ++i) {
            out += (i > 0 ? ", " : "") + describe_clause(excluded[i]);
        }
        out += ")";
    }
    return out;
}

ParsedQuery parse_user_query(std::string_view q, const QueryLimits& limits) {
    if (q.size() > limits.max_length) {
        throw BadParameter("q",
                           "must be at most " + std::to_string(limits.max_length) + " bytes long");
    }
    ParsedQuery parsed;
    bool pending_or = false;
    std::size_t clauses = 0;
    std::size_t i = 0;
    while (i < q.size()) {
        if (is_space(q[i])) {
            ++i;
            continue;
        }
        bool negated = q[i] == '-' && i + 1 < q.size() && !is_space(q[i + 1]);
        if (negated) {
            ++i;
        }
        std::size_t before = i;
        QueryClause clause;
        bool got = read_clause(q, i, clause);
        if (!negated && clause.kind == Kind::Word && clause.text == "OR" && q[before] != '"') {
            pending_or = !parsed.groups.empty();
            continue;
        }
        if (!got) {
            continue;
        }
        if (++clauses > limits.max_clauses) {
            throw BadParameter("q", "has more than " + std::to_string(limits.max_clauses) +
                                        " words, phrases and filters");
        }
        if (clause.kind == Kind::Wildcard && clause.text.size() < 2) {
            throw BadParameter("q", "a wildcard needs at least two letters before '*'");
        }
        if (negated) {
            parsed.excluded.push_back(std::move(clause));
        } else if (pending_or) {
            parsed.groups.back().push_back(std::move(clause));
        } else {
            parsed.groups.push_back({std::move(clause)});
        }
        pending_or = false;
    }
    return parsed;
}

namespace {

Xapian::Query clause_query(const QueryClause& c, const analysis::GermanAnalyzer& analyzer,
                           const QueryLimits& limits, const std::vector<std::string>& prefixes,
                           const analysis::PairWords* word_pairs, const Xapian::Database* db) {
    switch (c.kind) {
    case Kind::Word:
        return word_items_query(c.text, analyzer, prefixes);
    case Kind::Phrase: {
        auto words = analyzer.split_words(c.text);
        return over_prefixes(prefixes, [&](const std::string& prefix) {
            return words.size() == 1 ? analyzer.word_query(words[0], prefix)
                                     : analyzer.phrase_query(c.text, prefix, word_pairs);
        });
    }
    case Kind::Wildcard:
        return over_prefixes(prefixes, [&](const std::string& prefix) {
            const std::string pattern = prefix + schema::case_fold(c.text);
            if (db != nullptr) {
                return expanded_wildcard(*db, pattern, limits.max_expansion);
            }
            return Xapian::Query(Xapian::Query::OP_WILDCARD, pattern, limits.max_expansion,
                                 Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
        });
    case Kind::Field:
        if (c.field->name == "number") {
            return number_query(c.text);
        }
        return boolean(schema::keyword_term(*c.field, c.text));
    }
    return {};
}

Xapian::Query group_query(const std::vector<QueryClause>& group,
                          const analysis::GermanAnalyzer& analyzer, const QueryLimits& limits,
                          const std::vector<std::string>& prefixes,
                          const analysis::PairWords* word_pairs, const Xapian::Database* db) {
    std::vector<Xapian::Query> alternatives;
    for (const auto& c : group) {
        alternatives.push_back(clause_query(c, analyzer, limits, prefixes, word_pairs, db));
    }
    return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
}

} // namespace

namespace {

// The plain words of a query as one ranked text query: per word, its analyzed forms, its exact
// number lookup and, for staff, its matches under the other text prefixes; combined per `match`.
Xapian::Query plain_words_query(const std::vector<std::string>& words,
                                const analysis::GermanAnalyzer& analyzer,
                                const std::vector<std::string>& prefixes,
                                const Xapian::Database& db, WordsMatch match) {
    std::vector<Xapian::Query> per_word = analyzer.typed_word_queries(words, db);
    std::vector<std::string> other_prefixes;
    for (const auto& prefix : prefixes) {
        if (!prefix.empty()) {
            other_prefixes.push_back(prefix);
        }
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::vector<Xapian::Query> alternatives{per_word[i]};
        if (!other_prefixes.empty()) {
            alternatives.push_back(word_items_query(words[i], analyzer, other_prefixes));
        }
        if (has_digit(words[i])) {
            alternatives.push_back(number_query(words[i]));
        }
        alternatives.erase(std::remove_if(alternatives.begin(), alternatives.end(),
                                          [](const Xapian::Query& q) { return q.empty(); }),
                           alternatives.end());
        per_word[i] =
            alternatives.empty() ? Xapian::Query()
            : alternatives.size() == 1
                ? alternatives.front()
                : Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
    }
    return analyzer.with_all_words_in_title(
        analysis::GermanAnalyzer::combine_words(per_word, match), words, &db);
}

} // namespace

// A wildcard expanded here rather than by Xapian's matcher (OP_WILDCARD): over shards each
// xapian-tcpsrv would expand it against its own terms only, so answers would depend on how the
// archive is split; the combined database lists every shard's terms with their summed
// frequencies. OR, not SYNONYM: a synonym's frequency is estimated per database from the terms that
// database has, so a shard lacking some of the terms would weight its documents differently; each
// term of an OR is weighted by its frequency in the whole archive.
Xapian::Query expanded_wildcard(const Xapian::Database& db, const std::string& pattern,
                                Xapian::termcount limit) {
    std::vector<std::pair<Xapian::doccount, std::string>> terms;
    for (auto it = db.allterms_begin(pattern); it != db.allterms_end(pattern); ++it) {
        terms.emplace_back(it.get_termfreq(), *it);
    }
    if (limit != 0 && terms.size() > limit) {
        std::partial_sort(terms.begin(), terms.begin() + limit, terms.end(),
                          [](const auto& a, const auto& b) {
                              return a.first != b.first ? a.first > b.first : a.second < b.second;
                          });
        terms.resize(limit);
    }
    std::vector<Xapian::Query> leaves;
    leaves.reserve(terms.size());
    for (const auto& term : terms) {
        leaves.emplace_back(term.second);
    }
    return Xapian::Query(Xapian::Query::OP_OR, leaves.begin(), leaves.end());
}

Xapian::Query build_xapian_query(const ParsedQuery& parsed,
                                 const analysis::GermanAnalyzer& analyzer,
                                 const QueryLimits& limits,
                                 const std::vector<std::string>& text_prefixes,
                                 const Xapian::Database* db, WordsMatch match) {
    // Phrases use word pair terms where the index has them (schema/analysis/word_pairs.h).
    const std::shared_ptr<const analysis::PairWords> pair_words =
        db != nullptr ? analysis::pair_words_of(*db) : nullptr;
    const analysis::PairWords* word_pairs = pair_words.get();
    std::vector<Xapian::Query> required;
    std::vector<std::string> plain_words;
    for (const auto& group : parsed.groups) {
        if (db != nullptr && group.size() == 1 && group.front().kind == Kind::Word) {
            plain_words.push_back(group.front().text);
            continue;
        }
        required.push_back(group_query(group, analyzer, limits, text_prefixes, word_pairs, db));
    }
    if (!plain_words.empty()) {
        Xapian::Query words = plain_words_query(with_number_groups_joined(plain_words, *db),
                                                analyzer, text_prefixes, *db, match);
        required.insert(required.begin(), words);
    }
    // Not Xapian::Query::MatchAll: copying that static object from several request threads
    // races on its reference count (xapian/query.h says so) and crashed the server under load.
    Xapian::Query query =
        required.empty() ? Xapian::Query(std::string())
                         : Xapian::Query(Xapian::Query::OP_AND, required.begin(), required.end());
    if (!parsed.excluded.empty()) {
        std::vector<Xapian::Query> excluded;
        for (const auto& c : parsed.excluded) {
            excluded.push_back(clause_query(c, analyzer, limits, text_prefixes, word_pairs, db));
        }
        query =
            Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                          Xapian::Query(Xapian::Query::OP_OR, excluded.begin(), excluded.end()));
    }
    return query;
}

std::size_t plain_word_count(const ParsedQuery& parsed) {
    return static_cast<std::size_t>(
        std::count_if(parsed.groups.begin(), parsed.groups.end(), [](const auto& group) {
            return group.size() == 1 && group.front().kind == Kind::Word;
        }));
}

std::vector<std::string> free_words(const ParsedQuery& parsed) {
    std::vector<std::string> words;
    for (const auto& group : parsed.groups) {
        for (const auto& c : group) {
            if (c.kind == Kind::Word || c.kind == Kind::Phrase) {
                words.push_back(c.text);
            }
        }
    }
    return words;
}

} // namespace ratsarchiv::server
