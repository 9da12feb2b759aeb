// Hand-written scanners for lines, dates and document numbers (see scan.h).
#include "indexer/extract/scan.h"

#include <array>

namespace ratsarchiv::indexer::extract {

namespace {
bool is_ascii_alpha(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool is_ascii_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
char lower_ascii(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

constexpr std::array<std::string_view, 12> kMonths{"januar",    "februar", "märz",     "april",
                                                   "mai",       "juni",    "juli",     "august",
                                                   "september", "oktober", "november", "dezember"};

// Reads 1..max_digits digits at `pos`; returns the count read (0 when none).
std::size_t read_digits(std::string_view s, std::size_t pos, std::size_t max_digits, int& value) {
    std::size_t n = 0;
    value = 0;
    while (pos + n < s.size() && is_digit(s[pos + n])) {
        if (n == max_digits) {
            return 0; // too many digits: not this kind of field
        }
        value = value * 10 + (s[pos + n] - '0');
        ++n;
    }
    return n;
}

std::size_t skip_blanks(std::string_view s, std::size_t pos) {
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) {
        ++pos;
    }
    return pos;
}

// A month name at `pos` (case-insensitive for ASCII, exact for "März"); returns 1..12 or 0.
int month_name_at(std::string_view s, std::size_t pos, std::size_t& end) {
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        std::string_view name = kMonths[m];
        if (pos + name.size() <= s.size() && starts_with_ci(s.substr(pos, name.size()), name)) {
            std::size_t after = pos + name.size();
            if (after < s.size() && is_ascii_alpha(s[after])) {
                continue;
            }
            end = after;
            return static_cast<int>(m) + 1;
        }
    }
    return 0;
}

std::string iso(int year, int month, int day) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

// A date starting exactly at `pos`, or nullopt.
std::optional<DateMatch> date_at(std::string_view s, std::size_t pos) {
    int day = 0;
    std::size_t n = read_digits(s, pos, 2, day);
    if (n == 0 || pos + n >= s.size() || s[pos + n] != '.' || day < 1 || day > 31) {
        return std::nullopt;
    }
    std::size_t p = skip_blanks(s, pos + n + 1);
    int month = 0;
    std::size_t m = read_digits(s, p, 2, month);
    if (m > 0) {
        if (p + m >= s.size() || s[p + m] != '.' || month < 1 || month > 12) {
            return std::nullopt;
        }
        p = skip_blanks(s, p + m + 1);
    } else {
        std::size_t end = 0;
        month = month_name_at(s, p, end);
        if (month == 0) {
            return std::nullopt;
        }
        p = skip_blanks(s, end);
    }
    int year = 0;
    std::size_t y = read_digits(s, p, 4, year);
    if (y == 2) {
        year += year < 50 ? 2000 : 1900;
    } else if (y != 4 || year < 1900 || year > 2100) {
        return std::nullopt;
    }
    return DateMatch{iso(year, month, day), pos, p + y};
}
} // namespace

std::string_view trim(std::string_view line) {
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) {
        line.remove_prefix(1);
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
        line.remove_suffix(1);
    }
    return line;
}

std::vector<std::string> head_lines(std::string_view text, std::size_t max_bytes,
                                    std::vector<std::string>* raw_lines) {
    std::vector<std::string> lines;
    std::string line;
    std::string raw;
    auto flush = [&] {
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
            line.pop_back();
        }
        lines.push_back(std::move(line));
        line.clear();
        if (raw_lines != nullptr) {
            raw_lines->push_back(std::move(raw));
        }
        raw.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n' || c == '\f') {
            flush();
            if (i >= max_bytes) {
                return lines;
            }
            continue;
        }
        if (c == '\r' || c == '\v') {
            continue;
        }
        if (i >= 2 * max_bytes) {
            break; // a huge line without breaks (binary or a broken file): the head is enough
        }
        if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
            ++i;
            c = ' ';
        }
        if (raw_lines != nullptr) {
            raw += c;
        }
        if (c == ' ') {
            if (!line.empty() && line.back() != ' ' && line.back() != '\t') {
                line += ' ';
            }
        } else if (c == '\t') {
            if (!line.empty() && line.back() == ' ') {
                line.back() = '\t';
            } else if (!line.empty()) {
                line += '\t';
            }
        } else {
            line += c;
        }
    }
    flush();
    return lines;
}

std::vector<std::string_view> cells(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        std::size_t tab = line.find('\t', start);
        out.push_back(trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start)));
        if (tab == std::string_view::npos) {
            return out;
        }
        start = tab + 1;
    }
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char a = s[i];
        char b = prefix[i];
        if (lower_ascii(a) != lower_ascii(b)) {
            // Umlauts in UTF-8: upper and lower case differ by 0x20 in the second byte.
            bool umlaut_pair =
                i > 0 && s[i - 1] == '\xC3' && prefix[i - 1] == '\xC3' && ((a ^ b) == 0x20);
            if (!umlaut_pair) {
                return false;
            }
        }
    }
    return true;
}

bool equals_ci(std::string_view s, std::string_view word) {
    return s.size() == word.size() && starts_with_ci(s, word);
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && equals_ci(s.substr(s.size() - suffix.size()), suffix);
}

std::size_t find_ci(std::string_view s, std::string_view needle, std::size_t from) {
    if (needle.empty() || s.size() < needle.size()) {
        return std::string_view::npos;
    }
    for (std::size_t i = from; i + needle.size() <= s.size(); ++i) {
        if (lower_ascii(s[i]) == lower_ascii(needle[0]) && starts_with_ci(s.substr(i), needle)) {
            return i;
        }
    }
    return std::string_view::npos;
}

std::optional<DateMatch> find_date(std::string_view s, std::size_t from) {
    for (std::size_t i = from; i < s.size(); ++i) {
        if (!is_digit(s[i])) {
            continue;
        }
        bool glued = i > 0 && (is_digit(s[i - 1]) || is_ascii_alpha(s[i - 1]) ||
                               (s[i - 1] == '.' && i > 1 && is_digit(s[i - 2])));
        if (!glued) {
            if (auto d = date_at(s, i)) {
                return d;
            }
        }
        while (i + 1 < s.size() && is_digit(s[i + 1])) {
            ++i;
        }
    }
    return std::nullopt;
}

std::optional<NumberMatch> number_at(std::string_view s, std::size_t pos) {
    pos = skip_blanks(s, pos);
    if (pos < s.size() && pos > 0 && (is_ascii_alpha(s[pos - 1]) || is_digit(s[pos - 1]))) {
        return std::nullopt;
    }
    std::size_t p = pos;
    std::string canonical;
    while (p < s.size() && is_ascii_upper(s[p]) && p - pos < 4) {
        canonical += s[p++];
    }
    if (p < s.size() && is_ascii_alpha(s[p])) {
        return std::nullopt; // a word, not a prefix
    }
    if (!canonical.empty() && p < s.size() && (s[p] == '/' || s[p] == ' ')) {
        canonical += s[p] == '/' ? '/' : ' ';
        p = skip_blanks(s, p + 1);
    }
    int value = 0;
    std::size_t groups = 0;
    while (true) {
        std::size_t n = read_digits(s, p, 6, value);
        if (n == 0) {
            break;
        }
        canonical.append(s.substr(p, n));
        p += n;
        ++groups;
        std::size_t q = p;
        if (q < s.size() && s[q] == '/') {
            std::size_t after = skip_blanks(s, q + 1);
            if (after < s.size() && is_digit(s[after])) {
                canonical += '/';
                p = after;
                continue;
            }
        }
        break;
    }
    if (groups < 2 || (p < s.size() && (is_ascii_alpha(s[p]) || is_digit(s[p])))) {
        return std::nullopt;
    }
    return NumberMatch{canonical, pos, p};
}

bool starts_upper(std::string_view s) {
    if (s.empty()) {
        return false;
    }
    if (is_ascii_upper(s[0])) {
        return true;
    }
    return s.size() >= 2 && s[0] == '\xC3' && (s[1] == '\x84' || s[1] == '\x96' || s[1] == '\x9C');
}

bool starts_lower(std::string_view s) {
    if (s.empty()) {
        return false;
    }
    if (s[0] >= 'a' && s[0] <= 'z') {
        return true;
    }
    return s.size() >= 2 && s[0] == '\xC3' &&
           (s[1] == '\xA4' || s[1] == '\xB6' || s[1] == '\xBC' || s[1] == '\x9F');
}

void append_joined(std::string& out, std::string_view line) {
    line = trim(line);
    if (line.empty()) {
        return;
    }
    if (out.empty()) {
        out.assign(line);
        return;
    }
    bool hyphen = out.size() >= 2 && out.back() == '-' && out[out.size() - 2] != ' ';
    bool conjunction = starts_with_ci(line, "und ") || starts_with_ci(line, "oder ") ||
                       starts_with_ci(line, "bzw") || starts_with_ci(line, "sowie ");
    if (hyphen && starts_lower(line) && !conjunction) {
        out.pop_back();
    } else if (!(hyphen && starts_upper(line))) {
        out += ' '; // "Baden-" + "Württemberg" stays one hyphenated word
    }
    out.append(line);
}

std::optional<NumberMatch> number_after_first_word(std::string_view line) {
    line = trim(line);
    std::size_t space = line.find(' ');
    if (space == std::string_view::npos) {
        return std::nullopt;
    }
    auto number = number_at(line, space + 1);
    if (!number || number->end != line.size()) {
        return std::nullopt;
    }
    return number;
}

std::optional<int> find_month_year(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i > 0 && (is_ascii_alpha(s[i - 1]) || static_cast<unsigned char>(s[i - 1]) >= 0x80)) {
            continue; // inside a word
        }
        std::size_t end = 0;
        if (month_name_at(s, i, end) == 0) {
            continue;
        }
        std::size_t p = skip_blanks(s, end);
        int year = 0;
        if (p > end && read_digits(s, p, 4, year) == 4 && year >= 1900 && year <= 2100) {
            return year;
        }
    }
    return std::nullopt;
}

} // namespace ratsarchiv::indexer::extract
