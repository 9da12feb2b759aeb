// Full-text cleaning (see text_clean.h). One pass over the bytes, no regular expressions.
#include "indexer/extract/text_clean.h"

#include "indexer/extract/scan.h"

namespace ratsarchiv::indexer::extract {

namespace {
// Folds white space inside one physical line: tabs, NBSP and space runs become one space;
// soft hyphens vanish.
void fold_line(std::string_view raw, std::string& line) {
    line.clear();
    for (std::size_t i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (c == '\xC2' && i + 1 < raw.size() && (raw[i + 1] == '\xA0' || raw[i + 1] == '\xAD')) {
            ++i;
            if (raw[i] == '\xAD') {
                continue;
            }
            c = ' ';
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\v') {
            if (!line.empty() && line.back() != ' ') {
                line += ' ';
            }
            continue;
        }
        line += c;
    }
    if (!line.empty() && line.back() == ' ') {
        line.pop_back();
    }
}

// "-- 1 of 3 --", "– 2 –", "- 2 -": a page number between dashes.
bool is_dashed_page_number(std::string_view line) {
    std::string_view dash;
    if (line.substr(0, 3) == "\xE2\x80\x93") {
        dash = "\xE2\x80\x93";
    } else if (line.substr(0, 2) == "--") {
        dash = "--";
    } else if (line.substr(0, 1) == "-") {
        dash = "-";
    } else {
        return false;
    }
    if (line.size() < 2 * dash.size() + 1 || line.substr(line.size() - dash.size()) != dash) {
        return false;
    }
    std::string_view inner = trim(line.substr(dash.size(), line.size() - 2 * dash.size()));
    bool has_digit = false;
    for (char c : inner) {
        if (is_digit(c)) {
            has_digit = true;
        } else if (c != ' ' && c != 'o' && c != 'f') {
            return false;
        }
    }
    return has_digit;
}

bool is_page_line(std::string_view line) {
    if (!starts_with_ci(line, "Seite ")) {
        return false;
    }
    for (char c : line.substr(6)) {
        if (!is_digit(c) && c != ' ' && c != 'v' && c != 'o' && c != 'n' && c != '/') {
            return false;
        }
    }
    return line.size() > 6 && is_digit(line[6]);
}

bool ends_with_word_hyphen(const std::string& out) {
    if (out.size() < 2 || out.back() != '-') {
        return false;
    }
    char before = out[out.size() - 2];
    return before != ' ' && before != '\n' && before != '-' && !is_digit(before);
}
} // namespace

bool is_page_furniture(std::string_view line) {
    return is_dashed_page_number(line) || is_page_line(line) ||
           line == "Gedruckt auf 100 Prozent Recyclingpapier";
}

std::string clean_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::string line;
    bool pending_blank = false;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = start;
        while (end < text.size() && text[end] != '\n' && text[end] != '\f') {
            ++end;
        }
        fold_line(text.substr(start, end - start), line);
        start = end + 1;
        if (line.empty() || is_page_furniture(line)) {
            pending_blank = pending_blank || (line.empty() && !out.empty());
            continue;
        }
        bool conjunction = starts_with_ci(line, "und ") || starts_with_ci(line, "oder ") ||
                           starts_with_ci(line, "bzw") || starts_with_ci(line, "sowie ");
        if (!pending_blank && ends_with_word_hyphen(out) && starts_lower(line) && !conjunction) {
            out.pop_back(); // "Maß-" + "nahme"
        } else if (!out.empty()) {
            out += pending_blank ? "\n\n" : "\n";
        }
        pending_blank = false;
        out += line;
    }
    return out;
}

} // namespace ratsarchiv::indexer::extract
