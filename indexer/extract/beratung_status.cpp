// Public status of Beratungsfolge rows (see beratung_status.h).
#include "indexer/extract/beratung_status.h"

#include "indexer/extract/scan.h"

namespace ratsarchiv::indexer::extract {

namespace {
// A TOP joined by a slash ("8.1 / 8.2"): the slash and the number after it are one cell.
bool joins_top(std::string_view token) {
    return token == "/";
}

// A cross the PDF put on a line of its own below the row: right below it stood in the ö
// column; after an empty line, or indented by the empty ö cell (" x"), in the nö column.
std::optional<bool> cross_below(const Head& head, std::size_t i) {
    auto is_cross = [&](std::size_t k) {
        return k < head.lines.size() && (head.lines[k] == "x" || head.lines[k] == "X");
    };
    if (is_cross(i + 1)) {
        bool indented =
            i + 1 < head.raw_lines.size() && !head.raw_lines[i + 1].empty() &&
            (head.raw_lines[i + 1].front() == ' ' || head.raw_lines[i + 1].front() == '\t');
        return !indented;
    }
    if (i + 1 < head.lines.size() && head.lines[i + 1].empty() && is_cross(i + 2)) {
        return false;
    }
    return std::nullopt;
}

// The line a row wrapped its cells onto: the next line, or the one after an empty line, when it
// starts with a TOP number or a status letter and holds no date (no row of its own).
std::optional<std::size_t> continuation_line(const Head& head, std::size_t i, bool may_skip) {
    std::size_t k = i + 1;
    if (may_skip && k < head.lines.size() && head.lines[k].empty()) {
        ++k;
    }
    if (k >= head.lines.size() || k >= head.raw_lines.size()) {
        return std::nullopt;
    }
    std::string_view line = head.lines[k];
    constexpr std::size_t kMaxCellsLine = 40;
    if (line.empty() || line.size() > kMaxCellsLine || find_date(line)) {
        return std::nullopt;
    }
    bool top = is_digit(line.front());
    bool letter = line.starts_with("\xC3\x96") || line.starts_with("N ") || line == "N";
    return top || letter ? std::optional<std::size_t>(k) : std::nullopt;
}

bool has_cross_columns(const std::string& columns) {
    return find_ci(columns, "\xC3\xB6 n\xC3\xB6") != std::string::npos ||
           find_ci(columns, "\n\xC3\xB6\nn\xC3\xB6\n") != std::string::npos;
}

// "ö nö": the cross in the row's own raw text, on a line of its own below, or in the cells the
// row wrapped onto the next line ("Hauptausschuss 10.01.2023" / "6  x vorberaten").
std::optional<bool> crossed_status(const Head& head, std::size_t i) {
    if (i < head.raw_lines.size()) {
        std::string_view raw = head.raw_lines[i];
        if (auto raw_date = find_date(raw)) {
            if (auto crossed = crossed_column(raw.substr(raw_date->end))) {
                return crossed;
            }
        }
    }
    if (auto below = cross_below(head, i)) {
        return below;
    }
    if (auto k = continuation_line(head, i, true); k && is_digit(head.lines[*k].front())) {
        return crossed_column(" " + head.raw_lines[*k]);
    }
    return std::nullopt;
}
} // namespace

std::optional<bool> crossed_column(std::string_view raw_rest) {
    std::size_t i = 0;
    std::size_t tokens_before = 0;
    bool joined = false;
    while (i < raw_rest.size()) {
        std::size_t spaces = 0;
        while (i < raw_rest.size() && (raw_rest[i] == ' ' || raw_rest[i] == '\t')) {
            ++spaces;
            ++i;
        }
        std::size_t start = i;
        while (i < raw_rest.size() && raw_rest[i] != ' ' && raw_rest[i] != '\t') {
            ++i;
        }
        std::string_view token = raw_rest.substr(start, i - start);
        if (token == "x" || token == "X") {
            // Without a TOP token the empty TOP column adds one more gap.
            std::size_t gap = tokens_before == 0 && spaces > 0 ? spaces - 1 : spaces;
            return gap <= 1;
        }
        if (token.empty()) {
            continue;
        }
        if (joins_top(token)) {
            joined = true;
            continue;
        }
        tokens_before += joined ? 0 : 1;
        joined = false;
        if (tokens_before > 2) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<bool> status_letter(std::string_view rest) {
    for (auto part = rest; !part.empty();) {
        std::size_t space = part.find(' ');
        std::string_view token = part.substr(0, space);
        if (token == "\xC3\x96" || token == "\xC3\xB6") {
            return true;
        }
        if (token == "N" || token == "n\xC3\xB6" || token == "N\xC3\xB6") {
            return false; // "N", or "nö" written into the letter column
        }
        part = space == std::string_view::npos ? std::string_view() : part.substr(space + 1);
    }
    return std::nullopt;
}

std::string_view strip_session_status(std::string_view name, std::optional<bool>& status) {
    // "Öffentliche Sitzung des X", "Nicht öffentliche Sitzung der X", "Öffentliche/Nicht
    // öffentliche Sitzung des X": up to three words of status before "Sitzung des|der".
    constexpr std::size_t kMaxStatusWords = 3;
    for (std::string_view session : {"Sitzung des ", "Sitzung der "}) {
        std::size_t at = name.find(session);
        if (at == std::string_view::npos || at + session.size() >= name.size()) {
            continue;
        }
        std::string_view words = trim(name.substr(0, at));
        std::size_t count = words.empty() ? 0 : 1;
        for (char c : words) {
            count += c == ' ' ? 1 : 0;
        }
        bool says_public = find_ci(words, "ffentlich") != std::string_view::npos;
        if (!says_public || count > kMaxStatusWords) {
            return name;
        }
        bool says_nonpublic = find_ci(words, "nicht") != std::string_view::npos;
        bool both = says_nonpublic && words.find('/') != std::string_view::npos;
        status = both ? std::nullopt : std::optional<bool>(!says_nonpublic);
        return name.substr(at + session.size());
    }
    return name;
}

void read_public_column(const Head& head, std::size_t row, std::string_view rest,
                        const std::string& columns, BeratungStep& step) {
    if (has_cross_columns(columns)) {
        step.is_public = crossed_status(head, row);
        return;
    }
    bool letters = find_ci(columns, "\xC3\x96 / N") != std::string::npos;
    // "Beratungsfolge Termin Öffentlichkeitsstatus Zuständigkeit": "ö" or "nö" in the row.
    bool words = find_ci(columns, "\xC3\x96"
                                  "ffentlichkeitsstatus") != std::string::npos;
    if (!letters && !words) {
        return;
    }
    auto letter = status_letter(trim(rest));
    if (!letter && letters) {
        if (auto k = continuation_line(head, row, true)) {
            letter = status_letter(trim(head.lines[*k]));
        }
    }
    if (letter) {
        step.is_public = letter;
    }
}

} // namespace ratsarchiv::indexer::extract
