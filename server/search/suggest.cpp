// Prefix completion over term lists, checked against what the audience may see.
#include "server/search/suggest.h"

#include <algorithm>

#include "schema/fields.h"
#include "schema/text_fold.h"
#include "server/search/query_parser.h"
#include "server/search/searcher.h"

namespace ratsarchiv::server {

namespace {

// Bounds on the term-list scans, so a one-letter prefix cannot walk the whole vocabulary.
constexpr std::size_t kMaxWordScan = 3000;
constexpr std::size_t kMaxNumberScan = 200;
constexpr Xapian::termcount kTitleExpansion = 50;

std::pair<std::string, std::string> split_last_word(const std::string& typed) {
    std::string trimmed = typed;
    auto last_space = trimmed.find_last_of(" \t");
    if (last_space == std::string::npos) {
        return {"", trimmed};
    }
    return {trimmed.substr(0, last_space + 1), trimmed.substr(last_space + 1)};
}

std::vector<std::string> complete_words(Xapian::Database& db, const std::string& head,
                                        const std::string& prefix, std::size_t limit) {
    const std::string start = std::string(schema::kPrefixCompletion) + prefix;
    std::vector<std::pair<Xapian::doccount, std::string>> found;
    std::size_t scanned = 0;
    for (auto it = db.allterms_begin(start); it != db.allterms_end(start) && scanned < kMaxWordScan;
         ++it, ++scanned) {
        found.emplace_back(it.get_termfreq(), (*it).substr(schema::kPrefixCompletion.size()));
    }
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> words;
    for (std::size_t i = 0; i < found.size() && i < limit; ++i) {
        words.push_back(head + found[i].second);
    }
    return words;
}

std::vector<std::string> complete_numbers(Xapian::Database& db, const Audience& audience,
                                          const std::string& prefix, std::size_t limit) {
    const auto& field = *schema::field_by_name("number");
    const std::string start = schema::keyword_term(field, prefix);
    std::vector<std::string> numbers;
    std::size_t scanned = 0;
    for (auto it = db.allterms_begin(start);
         it != db.allterms_end(start) && scanned < kMaxNumberScan && numbers.size() < limit;
         ++it, ++scanned) {
        // A number is offered only when a document the audience may see carries it.
        Xapian::Enquire enquire(db);
        enquire.set_query(restrict_to_audience(audience, Xapian::Query(*it)));
        Xapian::MSet mset = enquire.get_mset(0, 1);
        if (mset.empty()) {
            continue;
        }
        numbers.push_back(mset.begin().get_document().get_value(schema::kSlotNumber));
    }
    return numbers;
}

std::vector<SearchHit> complete_titles(Xapian::Database& db, const Audience& audience,
                                       const analysis::GermanAnalyzer& analyzer,
                                       const std::string& head, const std::string& prefix,
                                       std::size_t limit) {
    std::vector<Xapian::Query> parts;
    for (const auto& w : analyzer.split_words(head)) {
        parts.push_back(analyzer.word_query(w, schema::kPrefixTitle));
    }
    std::string folded = schema::case_fold(prefix);
    if (folded.size() >= 2) {
        parts.push_back(
            expanded_wildcard(db, std::string(schema::kPrefixTitle) + folded, kTitleExpansion));
    }
    if (parts.empty()) {
        return {};
    }
    Xapian::Enquire enquire(db);
    enquire.set_query(restrict_to_audience(
        audience, Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end())));
    std::vector<SearchHit> hits;
    Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(limit));
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        hits.push_back(hit_from_document(it.get_document()));
    }
    return hits;
}

} // namespace

Suggestions suggest(Xapian::Database& db, const Audience& audience,
                    const analysis::GermanAnalyzer& analyzer, const std::string& typed,
                    std::size_t limit) {
    Suggestions out;
    auto [head, last] = split_last_word(typed);
    if (last.empty()) {
        return out;
    }
    std::string folded = schema::case_fold(last);
    if (folded.size() >= 2) {
        out.words = complete_words(db, head, folded, limit);
    }
    if (std::any_of(last.begin(), last.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        out.numbers = complete_numbers(db, audience, last, limit);
    }
    out.titles = complete_titles(db, audience, analyzer, head, last, limit);
    return out;
}

} // namespace ratsarchiv::server
