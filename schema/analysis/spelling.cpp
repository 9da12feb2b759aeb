// Spelling correction by direct lookup of one-edit variants (see spelling.h).
#include "schema/analysis/spelling.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include <unicode/unistr.h>

namespace ratsarchiv::analysis {

namespace {
// Letters of case-folded German words (ß is folded to "ss").
constexpr std::u32string_view kAlphabet = U"abcdefghijklmnopqrstuvwxyzäöüé";
// Xapian's n-gram search costs 50-100 ms on long words over a city's spelling table; a query
// must stay fast, so long words get the one-edit search only.
constexpr std::size_t kMaxBytesForTwoEdits = 12;

std::u32string to_u32(const std::string& s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
    std::u32string out(static_cast<std::size_t>(u.countChar32()), U'\0');
    UErrorCode status = U_ZERO_ERROR;
    u.toUTF32(reinterpret_cast<UChar32*>(out.data()), static_cast<int32_t>(out.size()), status);
    return out;
}

std::string to_utf8(const std::u32string& s) {
    std::string out;
    icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(s.data()),
                                  static_cast<int32_t>(s.size()))
        .toUTF8String(out);
    return out;
}

// Calls `visit` with every string one edit away from `w`.
template <typename Visit> void one_edit_variants(const std::u32string& w, Visit visit) {
    for (std::size_t i = 0; i + 1 < w.size(); ++i) { // swapped neighbours
        if (w[i] != w[i + 1]) {
            std::u32string v = w;
            std::swap(v[i], v[i + 1]);
            visit(v);
        }
    }
    for (std::size_t i = 0; i < w.size(); ++i) { // left out
        visit(w.substr(0, i) + w.substr(i + 1));
    }
    for (std::size_t i = 0; i <= w.size(); ++i) {
        for (char32_t c : kAlphabet) {
            if (i < w.size() && c != w[i]) { // changed
                std::u32string v = w;
                v[i] = c;
                visit(v);
            }
            visit(w.substr(0, i) + c + w.substr(i)); // added
        }
    }
}
} // namespace

namespace {
std::vector<std::string> one_edit_spellings(const std::string& word, const Xapian::Database& db,
                                            std::size_t limit) {
    std::vector<std::string> candidates;
    one_edit_variants(to_u32(word), [&](const std::u32string& variant) {
        if (variant.size() >= 2) {
            candidates.push_back(to_utf8(variant));
        }
    });
    // One cursor over the spelling table, moved forward through the sorted candidates.
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    std::vector<std::pair<Xapian::doccount, std::string>> found;
    Xapian::TermIterator spelling = db.spellings_begin();
    for (const auto& candidate : candidates) {
        spelling.skip_to(candidate);
        if (spelling == db.spellings_end()) {
            break;
        }
        if (*spelling == candidate) {
            found.emplace_back(spelling.get_termfreq(), candidate);
        }
    }
    // Most frequent first; equal frequencies in alphabetical order, so answers are stable.
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> nearest;
    for (std::size_t i = 0; i < found.size() && i < limit; ++i) {
        nearest.push_back(std::move(found[i].second));
    }
    return nearest;
}

} // namespace

std::vector<std::string> likely_spellings(const std::string& word, const Xapian::Database& db,
                                          std::size_t limit, bool two_edits) {
    auto nearest = one_edit_spellings(word, db, limit);
    if (!nearest.empty() || limit == 0 || !two_edits || word.size() > kMaxBytesForTwoEdits) {
        return nearest;
    }
    std::string suggestion = db.get_spelling_suggestion(word, word.size() <= 4 ? 1 : 2);
    if (!suggestion.empty() && suggestion != word) {
        nearest.push_back(std::move(suggestion));
    }
    return nearest;
}

} // namespace ratsarchiv::analysis
