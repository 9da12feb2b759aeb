// ICU-based tokenizer with the German council-text rules (see tokenizer.h). The BreakIterator
// is created once per thread and reused: creating one per call made indexing ICU-bound.
#include "schema/analysis/tokenizer.h"

#include <cctype>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "schema/analysis/compound_splitter.h"
#include "schema/errors.h"

namespace ratsarchiv::analysis {

namespace {
struct Segment {
    int32_t start;
    int32_t end;
    int32_t status; ///< ICU rule status: < 100 none, 100.. number, 200.. letter, ...
    bool word() const { return status >= UBRK_WORD_NONE_LIMIT; }
    bool number() const { return status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT; }
};

icu::BreakIterator& word_breaker() {
    thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created(
            icu::BreakIterator::createWordInstance(icu::Locale::getGerman(), status));
        if (U_FAILURE(status) || !created) {
            throw Error("ICU word break iterator unavailable: " + std::string(u_errorName(status)));
        }
        return created;
    }();
    return *breaker;
}

bool is_lower_start(std::string_view s) {
    if (s.empty()) {
        return false;
    }
    auto c = static_cast<unsigned char>(s[0]);
    if (c >= 'a' && c <= 'z') {
        return true;
    }
    // ä ö ü ß in UTF-8
    return c == 0xC3 && s.size() > 1 &&
           (s[1] == '\xA4' || s[1] == '\xB6' || s[1] == '\xBC' || s[1] == '\x9F');
}

bool is_conjunction(std::string_view w) {
    return w == "und" || w == "oder" || w == "sowie" || w == "bzw" || w == "beziehungsweise";
}

bool starts_with_conjunction(std::string_view s) {
    std::size_t n = 0;
    while (n < s.size() && s[n] >= 'a' && s[n] <= 'z') {
        ++n;
    }
    return is_conjunction(s.substr(0, n));
}

// The text of a tokenization run: the UTF-16 string and its segments.
class Run {
public:
    Run(const icu::UnicodeString& u, const std::vector<Segment>& segs) : u_(u), segs_(segs) {}

    bool is(std::size_t i, std::u16string_view literal) const {
        const auto& s = segs_[i];
        return std::u16string_view(u_.getBuffer() + s.start, s.end - s.start) == literal;
    }
    bool is_space(std::size_t i) const {
        const auto& s = segs_[i];
        for (int32_t k = s.start; k < s.end; ++k) {
            if (!u_isWhitespace(u_.charAt(k))) {
                return false;
            }
        }
        return true;
    }
    std::string folded(std::size_t i) const { return fold_range(segs_[i].start, segs_[i].end); }
    std::string surface(std::size_t i) const { return surface_range(segs_[i].start, segs_[i].end); }

    std::string fold_range(int32_t start, int32_t end) const {
        const char16_t* p = u_.getBuffer();
        std::string out;
        out.reserve(static_cast<std::size_t>(end - start));
        for (int32_t k = start; k < end; ++k) {
            char16_t c = p[k];
            if (c >= 0x80) {
                icu::UnicodeString part(u_, start, end - start);
                part.foldCase(U_FOLD_CASE_DEFAULT);
                out.clear();
                part.toUTF8String(out);
                return out;
            }
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
        return out;
    }
    std::string surface_range(int32_t start, int32_t end) const {
        std::string out;
        u_.tempSubStringBetween(start, end).toUTF8String(out);
        return out;
    }
    bool alphabetic(std::size_t i) const {
        const auto& s = segs_[i];
        for (int32_t k = s.start; k < s.end; ++k) {
            if (!u_isalpha(u_.charAt(k))) {
                return false;
            }
        }
        return true;
    }
    // Index of a capital "I" that starts a gender suffix ("BürgerInnen", "LehrerIn"), or -1.
    int32_t gender_capital(std::size_t i) const {
        const auto& s = segs_[i];
        for (int32_t k = s.end - 1; k > s.start + 1; --k) {
            if (u_.charAt(k) == u'I') {
                auto rest = std::u16string_view(u_.getBuffer() + k + 1, s.end - k - 1);
                bool suffix = rest == u"nnen" || rest == u"n";
                return suffix && u_islower(u_.charAt(k - 1)) ? k : -1;
            }
        }
        return -1;
    }
    bool word(std::size_t i) const { return segs_[i].word(); }
    bool number(std::size_t i) const { return segs_[i].number(); }
    int32_t start(std::size_t i) const { return segs_[i].start; }
    int32_t end(std::size_t i) const { return segs_[i].end; }

private:
    const icu::UnicodeString& u_;
    const std::vector<Segment>& segs_;
};

bool has_digit(std::string_view s) {
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            return true;
        }
    }
    return false;
}

bool all_digits(std::string_view s) {
    if (s.empty()) {
        return false;
    }
    for (char c : s) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

std::vector<std::string_view> split_on(std::string_view s, char sep) {
    std::vector<std::string_view> parts;
    std::size_t begin = 0;
    for (std::size_t k = 0; k <= s.size(); ++k) {
        if (k == s.size() || s[k] == sep) {
            parts.push_back(s.substr(begin, k - begin));
            begin = k + 1;
        }
    }
    return parts;
}

// "2.318.430" -> "2318430", "12.07.2022" -> "2022-07-12": the forms people type for amounts
// and dates.
void add_number_forms(Token& token) {
    std::string_view t = token.term;
    std::string_view integral = t.substr(0, t.find(','));
    auto groups = split_on(integral, '.');
    if (groups.size() < 2) {
        return;
    }
    bool thousands = groups[0].size() <= 3 && all_digits(groups[0]);
    for (std::size_t k = 1; k < groups.size() && thousands; ++k) {
        thousands = groups[k].size() == 3 && all_digits(groups[k]);
    }
    if (thousands) {
        std::string digits;
        for (auto g : groups) {
            digits += g;
        }
        token.extras.push_back(digits);
        return;
    }
    if (groups.size() == 3 && t == integral && groups[0].size() <= 2 && groups[1].size() <= 2 &&
        groups[2].size() == 4 && all_digits(groups[0]) && all_digits(groups[1]) &&
        all_digits(groups[2])) {
        auto two = [](std::string_view d) {
            return d.size() == 1 ? "0" + std::string(d) : std::string(d);
        };
        token.extras.push_back(std::string(groups[2]) + "-" + two(groups[1]) + "-" +
                               two(groups[0]));
    }
}
} // namespace

namespace {
// Applies the token rules over one run's segments.
class TokenRules {
public:
    TokenRules(const Run& run, std::size_t count, const CompoundSplitter* splitter, bool surface)
        : run_(run), count_(count), splitter_(splitter), keep_surface_(surface) {}

    std::vector<Token> apply() {
        for (std::size_t i = 0; i < count_; ++i) {
            i = word_at(i);
        }
        return std::move(tokens_);
    }

private:
    // Handles segment i; returns the last segment it consumed.
    std::size_t word_at(std::size_t i) {
        if (!run_.word(i)) {
            if (run_.is(i, u"§") || run_.is(i, u"§§")) {
                paragraph_pending_ = true;
            } else if (!run_.is_space(i)) {
                paragraph_pending_ = false;
            }
            return i;
        }
        std::string term = run_.folded(i);
        if (!run_.number(i) && term.find_first_of(".:_'") != std::string::npos) {
            return separated_word(i, term);
        }
        Token token = make_token(i, std::move(term));
        token.joined_piece = i < joined_until_;
        std::size_t last = gender_suffix(i, token);
        if (last == i) {
            number_join(i, token);
            erganzung(i, token);
        }
        tokens_.push_back(std::move(token));
        return last;
    }

    Token make_token(std::size_t i, std::string term) {
        Token token;
        token.term = std::move(term);
        token.alphabetic = run_.alphabetic(i);
        if (keep_surface_) {
            token.surface = run_.surface(i);
        }
        if (paragraph_pending_ && run_.number(i)) {
            token.extras.push_back("§" + token.term);
        }
        paragraph_pending_ = false;
        if (run_.number(i)) {
            add_number_forms(token);
        }
        int32_t capital = run_.gender_capital(i);
        if (capital > 0) { // "BürgerInnen": index bürger, with bürgerinnen beside it
            token.extras.push_back(token.term);
            token.term = run_.fold_range(run_.start(i), capital);
        }
        return token;
    }

    // "Bürger*innen", "Bürger:innen", "Bürger/innen", "Bürger/-innen": bürger and bürgerinnen at
    // one position.
    std::size_t gender_suffix(std::size_t i, Token& token) {
        if (!token.alphabetic || i + 2 >= count_) {
            return i;
        }
        if (!(run_.is(i + 1, u"*") || run_.is(i + 1, u"/") || run_.is(i + 1, u":"))) {
            return i;
        }
        std::size_t j = i + 2;
        if (run_.is(j, u"-") && j + 1 < count_) {
            ++j;
        }
        if (!run_.word(j)) {
            return i;
        }
        std::string suffix = run_.folded(j);
        if (suffix != "innen" && suffix != "in") {
            return i;
        }
        token.extras.push_back(token.term + suffix);
        if (keep_surface_) {
            token.surface = run_.surface_range(run_.start(i), run_.end(j));
        }
        return j;
    }

    // Words glued by ".", ":", "_" or "'" (PDF damage, "z.B.") become separate tokens, except the
    // gender forms "Bürger:innen" and "Bürger_innen".
    std::size_t separated_word(std::size_t i, const std::string& term) {
        for (std::string_view suffix : {":innen", "_innen", ":in", "_in"}) {
            if (term.size() > suffix.size() + 1 && std::string_view(term).ends_with(suffix)) {
                Token token;
                token.term = term.substr(0, term.size() - suffix.size());
                token.extras.push_back(token.term + std::string(suffix.substr(1)));
                token.alphabetic = true;
                token.surface = keep_surface_ ? run_.surface(i) : std::string();
                tokens_.push_back(std::move(token));
                return i;
            }
        }
        std::size_t begin = 0;
        for (std::size_t k = 0; k <= term.size(); ++k) {
            if (k == term.size() || std::string_view(".:_'").find(term[k]) != std::string::npos) {
                if (k > begin) {
                    Token token;
                    token.term = term.substr(begin, k - begin);
                    token.alphabetic = !has_digit(token.term);
                    token.surface = keep_surface_ ? token.term : std::string();
                    tokens_.push_back(std::move(token));
                }
                begin = k + 1;
            }
        }
        return i;
    }

    // "A0105/22", "2022/1004/1", "DHH/2023/1007": the joined number beside its pieces.
    void number_join(std::size_t i, Token& token) {
        if (i < joined_until_) {
            return;
        }
        std::string joined = token.term;
        std::size_t j = i;
        while (j + 2 < count_ && run_.is(j + 1, u"/") && run_.word(j + 2) &&
               run_.end(j + 2) - run_.start(j + 2) <= 12) {
            joined += "/" + run_.folded(j + 2);
            j += 2;
        }
        if (j > i && has_digit(joined) && token.term.size() <= 12) {
            token.extras.push_back(joined);
            if (keep_surface_) {
                token.surface = run_.surface_range(run_.start(i), run_.end(j));
            }
            joined_until_ = j + 1;
        }
    }

    // "Finanz- und Verwaltungsausschuss": also "finanzausschuss" at Finanz's position.
    void erganzung(std::size_t i, Token& token) {
        if (!token.alphabetic || splitter_ == nullptr || i + 2 >= count_ || !run_.is(i + 1, u"-") ||
            run_.word(i + 2)) {
            return;
        }
        bool conjunction = false;
        for (std::size_t j = i + 2; j < count_ && j < i + 24; ++j) {
            if (!run_.word(j)) {
                continue;
            }
            std::string w = run_.folded(j);
            if (is_conjunction(w)) {
                conjunction = true;
                continue;
            }
            if (j + 1 < count_ && run_.is(j + 1, u"-")) {
                continue; // another truncated member: "Hoch-, Tief- und Straßenbau"
            }
            if (conjunction && run_.alphabetic(j)) {
                auto parts = splitter_->split(w);
                if (!parts.empty()) {
                    token.extras.push_back(token.term + parts.back());
                }
            }
            return;
        }
    }

    const Run& run_;
    std::size_t count_;
    const CompoundSplitter* splitter_;
    bool keep_surface_;
    bool paragraph_pending_ = false;
    std::size_t joined_until_ = 0;
    std::vector<Token> tokens_;
};
} // namespace

std::string rejoin_line_hyphens(std::string_view text) {
    std::string out;
    std::size_t copied = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string_view::npos;
         nl = text.find('\n', nl + 1)) {
        std::size_t q = nl;
        while (q > 0 && (text[q - 1] == ' ' || text[q - 1] == '\t' || text[q - 1] == '\r')) {
            --q;
        }
        std::size_t hyphen_len = 0;
        if (q >= 1 && text[q - 1] == '-') {
            hyphen_len = 1;
        } else if (q >= 2 && text.substr(q - 2, 2) == "\xC2\xAD") { // soft hyphen
            hyphen_len = 2;
        }
        if (hyphen_len == 0 || q < hyphen_len + 1 || q - hyphen_len < copied) {
            continue;
        }
        auto before = static_cast<unsigned char>(text[q - hyphen_len - 1]);
        bool letter_before = std::isalpha(before) || before >= 0x80;
        std::size_t r = nl + 1;
        while (r < text.size() && (text[r] == ' ' || text[r] == '\t')) {
            ++r;
        }
        std::string_view next = text.substr(r);
        if (!letter_before || !is_lower_start(next) || starts_with_conjunction(next)) {
            continue;
        }
        out.append(text.substr(copied, q - hyphen_len - copied));
        copied = r;
    }
    if (copied == 0) {
        return std::string(text);
    }
    out.append(text.substr(copied));
    return out;
}

std::vector<std::string_view> text_chunks(std::string_view text, std::size_t target) {
    std::vector<std::string_view> chunks;
    std::size_t start = 0;
    while (text.size() - start > target) {
        std::size_t cut = text.find('\n', start + target);
        while (cut != std::string_view::npos && (text[cut - 1] == '-' || text[cut - 1] == '\r' ||
                                                 text[cut - 1] == ' ' || text[cut - 1] == '\xAD')) {
            cut = text.find('\n', cut + 1);
        }
        if (cut == std::string_view::npos) {
            break;
        }
        chunks.push_back(text.substr(start, cut + 1 - start));
        start = cut + 1;
    }
    chunks.push_back(text.substr(start));
    return chunks;
}

std::string fold_word(std::string_view word) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_SUCCESS(status) && !nfc->isNormalized(u, status)) {
        u = nfc->normalize(u, status);
    }
    u.foldCase(U_FOLD_CASE_DEFAULT);
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::vector<Token> tokenize(std::string_view text, const CompoundSplitter* splitter,
                            bool keep_surface) {
    std::string joined = rejoin_line_hyphens(text);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(joined.data(), static_cast<int32_t>(joined.size())));
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_SUCCESS(status) && !nfc->isNormalized(u, status) && U_SUCCESS(status)) {
        u = nfc->normalize(u, status);
    }
    icu::BreakIterator& breaker = word_breaker();
    breaker.setText(u);
    thread_local std::vector<Segment> segments;
    segments.clear();
    int32_t start = breaker.first();
    for (int32_t end = breaker.next(); end != icu::BreakIterator::DONE;
         start = end, end = breaker.next()) {
        segments.push_back({start, end, breaker.getRuleStatus()});
    }
    Run run(u, segments);
    std::vector<Token> tokens = TokenRules(run, segments.size(), splitter, keep_surface).apply();
    thread_local const icu::UnicodeString empty;
    breaker.setText(empty); // drop the reference to `u`, which dies here
    if (segments.capacity() > (std::size_t{1} << 20)) {
        segments = {}; // one huge text must not pin its memory to this thread
    }
    return tokens;
}

} // namespace ratsarchiv::analysis
