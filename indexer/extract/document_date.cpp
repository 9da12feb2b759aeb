// Choosing each document's date and its source (see document_date.h).
#include "indexer/extract/document_date.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <string>

#include "indexer/extract/scan.h"

namespace ratsarchiv::indexer::extract {

namespace {
// How much of the text the last fallback reads: an undated paper's own dates stand early, and a
// long statute must not cost a scan of megabytes.
constexpr std::size_t kTextDateBytes = 64 * 1024;

int this_year() {
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    return utc.tm_year + 1900;
}

bool digit(char c) {
    return c >= '0' && c <= '9';
}

// A run of exactly `n` digits at `pos`, bounded by non-digits.
std::optional<int> digits_at(std::string_view s, std::size_t pos, std::size_t n) {
    if (pos + n > s.size() || (pos > 0 && digit(s[pos - 1])) ||
        (pos + n < s.size() && digit(s[pos + n]))) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (!digit(s[i])) {
            return std::nullopt;
        }
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

std::optional<std::string> earliest_step_date(const CouncilDocument& doc) {
    std::optional<std::string> earliest;
    for (const auto& step : doc.beratungsfolge) {
        if (step.date && step.date->size() == 10 && (!earliest || *step.date < *earliest)) {
            earliest = *step.date;
        }
    }
    return earliest;
}

// A budget paper (a motion to the budget, the administration's answer to it) is headed by the
// budget it belongs to: "HAUSHALT 2021", "DOPPELHAUSHALT 2024/2025". It is written while that
// budget is deliberated, in the year before the budget year (on Karlsruhe: 521 of 521 such
// papers whose number holds a year).
std::optional<int> budget_paper_year(std::string_view text) {
    std::size_t seen = 0;
    for (std::size_t start = 0; start < text.size() && seen < 3;) {
        std::size_t end = text.find('\n', start);
        std::string_view line = text.substr(start, end == std::string_view::npos ? end : end - start);
        start = end == std::string_view::npos ? text.size() : end + 1;
        line = trim(line);
        if (line.empty()) {
            continue;
        }
        ++seen;
        for (std::string_view heading : {"DOPPELHAUSHALT ", "HAUSHALT "}) {
            if (starts_with_ci(line, heading)) {
                auto year = digits_at(line, heading.size(), 4);
                if (year && plausible_year(*year - 1)) {
                    return *year - 1;
                }
            }
        }
    }
    return std::nullopt;
}

// The first plausible date of the text, ISO, or the year of its first "Monat yyyy".
std::string date_in_text(std::string_view text) {
    text = text.substr(0, kTextDateBytes);
    for (std::size_t from = 0;;) {
        auto d = find_date(text, from);
        if (!d) {
            break;
        }
        if (plausible_year(std::stoi(d->iso.substr(0, 4)))) {
            return d->iso;
        }
        from = d->end;
    }
    auto year = find_month_year(text);
    return year && plausible_year(*year) ? std::to_string(*year) : std::string();
}
} // namespace

bool plausible_year(int year) {
    static const int latest = this_year() + 1;
    return year >= 1945 && year <= latest;
}

std::optional<int> year_of_number(std::string_view number) {
    // A four-digit group standing alone between slashes or at the start: "2020/0877",
    // "DHH/2023/1007", "V 32/2019".
    for (std::size_t i = 0; i + 4 <= number.size(); ++i) {
        bool group_start = i == 0 || number[i - 1] == '/' || number[i - 1] == ' ';
        bool group_end = i + 4 == number.size() || number[i + 4] == '/';
        if (group_start && group_end) {
            if (auto y = digits_at(number, i, 4); y && plausible_year(*y)) {
                return y;
            }
        }
    }
    // Two digits after the last slash of a letter-prefixed number: "S0254/22", "A0105/22".
    std::size_t slash = number.rfind('/');
    bool letter_prefix = !number.empty() && number[0] >= 'A' && number[0] <= 'Z';
    if (letter_prefix && slash != std::string_view::npos && slash + 3 == number.size()) {
        if (auto yy = digits_at(number, slash + 1, 2)) {
            int year = *yy + (*yy + 2000 <= this_year() + 1 ? 2000 : 1900);
            if (plausible_year(year)) {
                return year;
            }
        }
    }
    return std::nullopt;
}

std::optional<int> year_in_path(std::string_view path) {
    std::optional<int> found;
    for (std::size_t i = 0; i + 4 <= path.size(); ++i) {
        if (auto y = digits_at(path, i, 4); y && plausible_year(*y)) {
            found = y;
            i += 3;
        }
    }
    return found;
}

void choose_document_date(CouncilDocument& doc) {
    if (!doc.date.empty()) {
        doc.date_source = doc.type == "Niederschrift" ? "session" : "document";
        return;
    }
    if (auto step = earliest_step_date(doc)) {
        doc.date = *step;
        doc.date_source = "beratungsfolge";
    } else if (auto year = year_of_number(doc.number)) {
        doc.date = std::to_string(*year);
        doc.date_source = "number";
    } else if (auto budget_year = budget_paper_year(doc.text)) {
        doc.date = std::to_string(*budget_year);
        doc.date_source = "budget";
    } else if (auto path_year = year_in_path(doc.source)) {
        doc.date = std::to_string(*path_year);
        doc.date_source = "path";
    } else {
        doc.date = date_in_text(doc.text);
        doc.date_source = doc.date.empty() ? "" : "text";
    }
}

} // namespace ratsarchiv::indexer::extract
