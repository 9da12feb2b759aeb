// Finding the first mention of a query word in a text (see snippet_window.h).
#include "server/search/snippet_window.h"

#include <algorithm>

#include "schema/analysis/umlaut.h"
#include "schema/text_fold.h"

namespace ratsarchiv::server {

namespace {
// Word beginnings of this many characters find inflected and compound forms ("schul" in
// "Grundschule") without matching too much else; shorter words are looked for whole.
constexpr std::size_t kNeedleChars = 5;
constexpr std::size_t kMinNeedleBytes = 3;
// Context kept before the first mention, and how far after it the generator may look for the
// window with the most query words.
constexpr std::size_t kBefore = 160;
constexpr std::size_t kAfter = 6000;
// With no mention, the beginning of the text serves as the snippet.
constexpr std::size_t kLead = 600;

bool continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

std::string first_chars(std::string_view s, std::size_t chars) {
    std::size_t i = 0;
    for (std::size_t n = 0; i < s.size() && n < chars; ++n) {
        ++i;
        while (i < s.size() && continuation(static_cast<unsigned char>(s[i]))) {
            ++i;
        }
    }
    return std::string(s.substr(0, i));
}

// The needle as a German text writes it at the start of a noun or sentence: first letter upper
// case (ASCII and ä/ö/ü); empty when the first letter has no such form.
std::string capitalized(const std::string& needle) {
    std::string out = needle;
    unsigned char c = static_cast<unsigned char>(out[0]);
    if (c >= 'a' && c <= 'z') {
        out[0] = static_cast<char>(c - 32);
        return out;
    }
    unsigned char next = out.size() > 1 ? static_cast<unsigned char>(out[1]) : 0;
    if (c == 0xC3 && (next == 0xA4 || next == 0xB6 || next == 0xBC)) { // ä ö ü
        out[1] = static_cast<char>(next - 0x20);
        return out;
    }
    return {};
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
    for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) {
        s.replace(at, from.size(), to);
    }
    return s;
}

std::vector<std::string> split_on_space(const std::string& text) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        end = end == std::string::npos ? text.size() : end;
        if (end > start) {
            words.push_back(text.substr(start, end - start));
        }
        start = end + 1;
    }
    return words;
}
} // namespace

SnippetNeedles::SnippetNeedles(const std::vector<std::string>& free_words) {
    for (const auto& item : free_words) {
        for (const auto& word : split_on_space(schema::fold_whitespace(item))) {
            std::string folded = schema::case_fold(word); // ß is "ss" here
            std::vector<std::string> spellings{folded, analysis::without_umlauts(folded),
                                               replace_all(folded, "ss", "ß")};
            for (auto& reading : analysis::umlaut_readings(folded)) {
                spellings.push_back(std::move(reading));
            }
            for (const auto& spelling : spellings) {
                std::string needle = first_chars(spelling, kNeedleChars);
                if (needle.size() >= kMinNeedleBytes) {
                    needles_.push_back(std::move(needle));
                }
            }
        }
    }
    // Texts write words in lower case or capitalized; ALL-CAPS headings are left to chance.
    std::size_t lower_case = needles_.size();
    for (std::size_t i = 0; i < lower_case; ++i) {
        std::string upper = capitalized(needles_[i]);
        if (!upper.empty()) {
            needles_.push_back(std::move(upper));
        }
    }
    std::sort(needles_.begin(), needles_.end());
    needles_.erase(std::unique(needles_.begin(), needles_.end()), needles_.end());
}

std::string_view SnippetNeedles::window(std::string_view text) const {
    std::size_t first = std::string::npos;
    for (const auto& needle : needles_) {
        // Only the part before the earliest mention so far can hold an earlier one.
        std::string_view before =
            text.substr(0, first == std::string::npos ? text.size() : first + needle.size());
        first = std::min(first, before.find(needle));
    }
    if (first == std::string::npos) {
        return schema::utf8_prefix(text, kLead);
    }
    // Start at the beginning of a word, so the snippet does not open with half of one.
    std::size_t start = first > kBefore ? first - kBefore : 0;
    while (start > 0 && start < first && text[start - 1] != ' ' && text[start - 1] != '\n') {
        ++start;
    }
    return schema::utf8_prefix(text.substr(start), first - start + kAfter);
}

} // namespace ratsarchiv::server
