// Layout detection and label-block parsing (see layout.h).
#include "indexer/extract/layout.h"

#include <array>
#include <deque>

#include "indexer/extract/scan.h"
#include "indexer/extract/text_clean.h"
#include "schema/document_types.h"

namespace ratsarchiv::indexer::extract {

namespace {
// How much of a document is its head: labels, title and Beratungsfolge sit in the first page.
constexpr std::size_t kHeadBytes = 6000;
// Lines searched for the type heading.
constexpr std::size_t kHeadingLines = 14;

struct LabelSpec {
    std::string_view text; ///< as printed, matched case-insensitively at line start
    std::string_view key;
};
constexpr std::array<LabelSpec, 12> kLabels{{
    {"Vorlage Nr.", "vorlage"},
    {"Vorlage-Nr.", "vorlage"},
    {"Vorlagen-Nr.", "vorlage"},
    {"Verantwortlich", "verantwortlich"},
    {"Dienststelle", "dienststelle"},
    {"Gremium", "gremium"},
    {"Termin", "termin"},
    {"TOP", "top"},
    {"eingegangen", "eingang"},
    {"Eingang", "eingang"},
    {"vom", "vom"},
    {"Datum", "datum"},
}};

// Whether `value` can be the value of label `key` (column layouts interleave them).
bool fits(std::string_view key, std::string_view value) {
    if (key == "termin" || key == "vom" || key == "eingang" || key == "datum") {
        return find_date(value).has_value();
    }
    if (key == "vorlage") {
        return !value.empty() && is_digit(value[0]) && value.size() <= 16 &&
               value.find(' ') == std::string_view::npos;
    }
    if (key == "top") {
        return value.size() <= 8 && !value.empty() && is_digit(value[0]);
    }
    if (key == "verantwortlich") {
        return starts_with_ci(value, "Dez") || starts_with_ci(value, "OB") ||
               starts_with_ci(value, "BM");
    }
    if (key == "gremium") {
        return !find_date(value) && value.size() < 90;
    }
    return value.size() < 80;
}

std::size_t find_type_line(const std::vector<std::string>& lines, std::string& type) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < lines.size() && seen < kHeadingLines; ++i) {
        if (lines[i].empty()) {
            continue;
        }
        ++seen;
        std::string first(cells(lines[i]).front());
        std::string t = schema::normalize_document_type(first);
        if (t.empty()) {
            // "Niederschrift 54. Plenarsitzung des Gemeinderates": heading word plus session.
            std::size_t space = first.find(' ');
            if (space != std::string::npos && starts_with_ci(first, "Niederschrift")) {
                t = "Niederschrift";
            }
        }
        if (!t.empty()) {
            type = t;
            return i;
        }
    }
    return lines.size();
}

void parse_label_block(Head& head) {
    std::deque<std::string> waiting;
    bool in_block = false;
    std::size_t idle = 0;
    for (std::size_t i = 0; i < head.lines.size() && i < 80; ++i) {
        std::string_view line = head.lines[i];
        std::string_view rest;
        std::string key = label_key(line, rest);
        if (!key.empty()) {
            in_block = true;
            idle = 0;
            if (!rest.empty() && !head.labels.count(key)) {
                head.labels[key] = std::string(rest);
                head.label_value_line[key] = i;
            } else if (rest.empty()) {
                waiting.push_back(key);
            }
            head.block_end = i + 1;
            continue;
        }
        if (!in_block || line.empty() || is_page_furniture(line)) {
            continue;
        }
        if (is_status_word(line)) {
            head.block_status = std::string(line);
            head.block_end = i + 1;
            continue;
        }
        while (!waiting.empty() && !fits(waiting.front(), line)) {
            waiting.pop_front();
        }
        if (waiting.empty()) {
            if (++idle > 0) {
                break;
            }
            continue;
        }
        head.labels.emplace(waiting.front(), std::string(line));
        head.label_value_line.emplace(waiting.front(), i);
        waiting.pop_front();
        head.block_end = i + 1;
    }
}
} // namespace

std::string label_key(std::string_view line, std::string_view& rest) {
    for (const auto& label : kLabels) {
        if (!starts_with_ci(line, label.text)) {
            continue;
        }
        std::string_view after = line.substr(label.text.size());
        // The label must end here: "Termin:" or "Termin" alone, not "Terminplanung".
        if (!after.empty() && after.front() == ':') {
            after.remove_prefix(1);
        } else if (!after.empty() && label.key != "vorlage") {
            // "vom 15. Mai 2012", "Datum 02.11.2023": date labels also stand without colon.
            bool dated = (label.key == "vom" || label.key == "datum") && after.size() > 1 &&
                         after.front() == ' ' && is_digit(after[1]);
            if (!dated) {
                return {};
            }
        }
        rest = trim(after);
        return std::string(label.key);
    }
    return {};
}

bool is_status_word(std::string_view line) {
    return equals_ci(line, "\xC3\xB6"
                           "ffentlich") ||
           equals_ci(line, "\xC3\x96"
                           "ffentlich") ||
           equals_ci(line, "nicht \xC3\xB6"
                           "ffentlich") ||
           equals_ci(line, "nicht\xC3\xB6"
                           "ffentlich") ||
           equals_ci(line, "nicht-\xC3\xB6"
                           "ffentlich");
}

Head analyze_layout(std::string_view decoded, std::string_view cleaned) {
    Head head;
    head.cleaned = cleaned;
    head.lines = head_lines(decoded, kHeadBytes);
    head.type_line = find_type_line(head.lines, head.type);
    parse_label_block(head);
    return head;
}

} // namespace ratsarchiv::indexer::extract
