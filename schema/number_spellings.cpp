// Number spellings (see number_spellings.h).
#include "schema/number_spellings.h"

#include <algorithm>

namespace ratsarchiv::schema {

namespace {
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

void add(std::vector<std::string>& out, std::string s) {
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) {
        out.push_back(std::move(s));
    }
}

// "0254/22" -> "254/22"; a number that is only zeros keeps one.
std::string drop_leading_zeros(std::string_view digits) {
    std::size_t zeros = 0;
    while (zeros + 1 < digits.size() && digits[zeros] == '0' && is_digit(digits[zeros + 1])) {
        ++zeros;
    }
    return std::string(digits.substr(zeros));
}

// "2024/0902" -> "2024/902", "2023/0425/05" -> "2023/425/5": every digit group without its
// leading zeros, as people type a number with a year in front.
std::string drop_group_zeros(std::string_view digits) {
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        bool group_start = i == 0 || !is_digit(digits[i - 1]);
        if (group_start) {
            while (i + 1 < digits.size() && digits[i] == '0' && is_digit(digits[i + 1])) {
                ++i;
            }
        }
        out += digits[i];
    }
    return out;
}
} // namespace

std::vector<std::string> number_spellings(std::string_view canonical) {
    std::vector<std::string> out;
    if (canonical.empty()) {
        return out;
    }
    add(out, std::string(canonical));
    std::size_t letters = 0;
    while (letters < canonical.size() && is_upper(canonical[letters])) {
        ++letters;
    }
    std::size_t digits_start = letters;
    while (digits_start < canonical.size() &&
           (canonical[digits_start] == ' ' || canonical[digits_start] == '/')) {
        ++digits_start;
    }
    if (digits_start >= canonical.size() || !is_digit(canonical[digits_start])) {
        return out;
    }
    std::string prefix(canonical.substr(0, letters));
    std::string_view digits = canonical.substr(digits_start);
    std::string short_digits = drop_leading_zeros(digits);
    std::string short_groups = drop_group_zeros(digits);
    if (!prefix.empty()) {
        add(out, prefix + std::string(digits));
        add(out, prefix + " " + std::string(digits));
        add(out, prefix + short_digits);
        add(out, prefix + " " + short_digits);
        add(out, prefix + short_groups);
    }
    add(out, std::string(digits));
    add(out, short_digits);
    add(out, short_groups);
    return out;
}

} // namespace ratsarchiv::schema
