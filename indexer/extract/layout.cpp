// Layout detection and label-block parsing (see layout.h).
#include "indexer/extract/layout.h"

#include <algorithm>
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
constexpr std::array<LabelSpec, 18> kLabels{{
    {"Vorlage Nr.", "vorlage"},
    {"Drucksache Nr.", "vorlage"},
    {"Drucksachen-Nr.", "vorlage"},
    {"Antrag Nr.", "vorlage"},
    {"Anfrage Nr.", "vorlage"},
    {"Vorlage-Nr.", "vorlage"},
    {"Vorlagen-Nr.", "vorlage"},
    {"Verantwortlich", "verantwortlich"},
    {"Dienststelle", "dienststelle"},
    {"Gremium", "gremium"},
    {"Termin", "termin"},
    {"TOP", "top"},
    {"eingegangen am", "eingang"},
    {"eingegangen", "eingang"},
    {"Eingang am", "eingang"},
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
    return value.size() <= (key == "dienststelle" ? 45u : 80u);
}

// "ANTRAG DHH/2025/3106": the heading word with the paper's number on its line.
std::string type_before_number(std::string_view heading) {
    heading = trim(heading);
    if (!number_after_first_word(heading)) {
        return {};
    }
    return schema::normalize_document_type(heading.substr(0, heading.find(' ')));
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
            t = type_before_number(first);
        }
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

// A value in the narrow Dienststelle column that the PDF wrapped: "Schul- und" / "Sportamt",
// "Team Sauberes" / "Karlsruhe", "Amt für" / "Hochbau und" / "Gebäudewirtschaft", and a list of
// offices broken after a slash ("Kulturamt /" / "Schul- und Sportamt").
bool wraps_to(const std::vector<std::string>& lines, std::size_t value_line, std::string_view value,
              std::size_t next) {
    if (next >= lines.size() || lines[next].empty() || value_line + 1 != next) {
        return false;
    }
    std::string_view rest;
    if (!label_key(lines[next], rest).empty() || is_status_word(lines[next])) {
        return false;
    }
    std::string_view candidate = lines[next];
    // "Schul- und", "Amt für", "Ortsverwaltung", "Eigenbetrieb": visibly incomplete.
    if (value.ends_with(" und") || value.ends_with("-") || value.ends_with(" f\xC3\xBCr") ||
        value == "Amt f\xC3\xBCr" || value == "Ortsverwaltung" || value == "Eigenbetrieb" ||
        value == "Stabsstelle" || value.ends_with("/")) {
        return candidate.size() <= 48;
    }
    // "Stadtwerke" / "Karlsruhe Netze GmbH": a company's name ends in its legal form.
    if (candidate.size() <= 48 && (candidate.ends_with(" GmbH") || candidate.ends_with(" AG"))) {
        return true;
    }
    bool narrow = value.size() <= 24 && candidate.size() <= 24 &&
                  std::count(candidate.begin(), candidate.end(), ' ') <= 1;
    std::size_t after = next + 1;
    while (after < lines.size() && after < next + 6 && lines[after].empty()) {
        ++after;
    }
    // "Interfraktionelle Anfrage: GRÜNE, ..." under the candidate is the submitter line under a
    // title: the candidate is that title ("TBA" / "Umfahrung Hagsfeld").
    std::size_t kind_end = after < lines.size() ? lines[after].find(':') : std::string::npos;
    std::string_view kind = kind_end == std::string::npos
                                ? std::string_view{}
                                : std::string_view(lines[after]).substr(0, kind_end);
    bool submitter_follows =
        kind.size() <= 40 &&
        (kind.ends_with("Anfrage") || kind.ends_with("antrag") || kind.ends_with("Antrag"));
    bool title_follows = after < lines.size() && !lines[after].empty() &&
                         !starts_with_ci(lines[after], "Gremi") &&
                         !starts_with_ci(lines[after], "Beratungsfolge") && !submitter_follows;
    // "Tiefbauamt", "Stadtkämmerei": a complete office name; the next line is the title, unless
    // it is one word set off from the title by an empty line ("Stadtamt" / "Durlach" / "").
    if (value.ends_with("amt") || value.ends_with("ei") || value.ends_with("ion")) {
        return narrow && title_follows && after > next + 1 &&
               candidate.find(' ') == std::string_view::npos;
    }
    return narrow && title_follows;
}

void absorb_wrapped_value(Head& head, const std::string& key, std::size_t value_line,
                          std::size_t& i) {
    std::string& value = head.labels[key];
    std::size_t line = value_line;
    while (line - value_line < 2 && wraps_to(head.lines, line, value, line + 1)) {
        ++line;
        append_joined(value, head.lines[line]);
    }
    i = std::max(i, line);
    head.block_end = std::max(head.block_end, line + 1);
}

// "41. Plenarsitzung des" / "Gemeinderates", "Ortschaftsrat" / "Hohenwettersbach": a Gremium
// value the PDF column wrapped, recognized because the next line is no value of what follows.
void absorb_wrapped_gremium(Head& head, const std::deque<std::string>& waiting, std::size_t& i) {
    std::size_t j = i + 1;
    if (j >= head.lines.size() || head.lines[j].empty()) {
        return;
    }
    std::string_view next = head.lines[j];
    std::string_view rest;
    if (next.size() > 30 || !label_key(next, rest).empty() || is_status_word(next) ||
        find_date(next)) {
        return;
    }
    std::string& value = head.labels["gremium"];
    bool open_end = value.ends_with(" des") || value.ends_with(" der") ||
                    value.ends_with(" f\xC3\xBCr") || value.ends_with(" und");
    bool misfit = !waiting.empty() && !fits(waiting.front(), next);
    if (open_end || misfit) {
        append_joined(value, next);
        i = j;
        head.block_end = j + 1;
    }
}

// The label starting line i, also when the PDF hyphenated it over two lines ("Verantwort-" /
// "lich:"); advances i past the second line then.
std::string label_at(const Head& head, std::size_t& i, std::string_view& line, std::string& joined,
                     std::string_view& rest) {
    // "DIE LINKE-Gemeinderatsfraktion Vorlage Nr.: 2022/0172": two columns on one line.
    if (std::size_t inner = find_ci(line, " Vorlage Nr.:"); inner != std::string_view::npos) {
        line = line.substr(inner + 1);
    }
    std::string key = label_key(line, rest);
    if (key.empty() && line.ends_with("-") && i + 1 < head.lines.size()) {
        joined = std::string(line.substr(0, line.size() - 1)) + head.lines[i + 1];
        key = label_key(joined, rest);
        if (!key.empty() && rest.empty()) {
            ++i;
            return key;
        }
        key.clear();
    }
    return key;
}

// Records a label line: its inline value, a second label sharing the line ("Vorlage Nr.:
// 2025/0240 Verantwortlich: Dez. 3"), or a label whose value comes later.
void take_label(Head& head, const std::string& key, std::string_view rest, std::size_t& i,
                std::deque<std::string>& waiting) {
    head.block_end = i + 1;
    for (std::string_view inner : {" Verantwortlich:", " Dienststelle:"}) {
        std::size_t at = find_ci(rest, inner);
        if (at == std::string_view::npos) {
            continue;
        }
        std::string_view inner_rest;
        std::string inner_key = label_key(rest.substr(at + 1), inner_rest);
        if (!inner_key.empty() && !inner_rest.empty() && !head.labels.count(inner_key)) {
            head.labels[inner_key] = std::string(inner_rest);
            head.label_value_line[inner_key] = i;
        }
        rest = trim(rest.substr(0, at));
    }
    if (rest.empty()) {
        waiting.push_back(key);
    } else if (!head.labels.count(key)) {
        head.labels[key] = std::string(rest);
        head.label_value_line[key] = i;
        if (key == "dienststelle") {
            absorb_wrapped_value(head, key, i, i);
        }
    }
}

// True when the first non-empty line after line i heads the Beratungsfolge table.
bool table_follows(const Head& head, std::size_t i) {
    std::size_t next = i + 1;
    while (next < head.lines.size() && head.lines[next].empty()) {
        ++next;
    }
    return next < head.lines.size() && (starts_with_ci(head.lines[next], "Gremi") ||
                                        starts_with_ci(head.lines[next], "Beratungsfolge"));
}

// Gives a value line to the first waiting label it fits; false when none waits for it.
bool take_value(Head& head, std::string_view line, std::size_t& i,
                std::deque<std::string>& waiting) {
    while (!waiting.empty() && !fits(waiting.front(), line)) {
        waiting.pop_front();
    }
    if (waiting.empty()) {
        return false;
    }
    std::string assigned = waiting.front();
    waiting.pop_front();
    if (assigned == "dienststelle" && table_follows(head, i)) {
        // "Dienststelle:" left empty, then "Impfen in Karlsruhe" right over the Gremium table:
        // the title, which stands between the label block and the table.
        return false;
    }
    head.labels.emplace(assigned, std::string(line));
    head.label_value_line.emplace(assigned, i);
    head.block_end = i + 1;
    if (assigned == "dienststelle") {
        absorb_wrapped_value(head, assigned, i, i);
    } else if (assigned == "gremium") {
        absorb_wrapped_gremium(head, waiting, i);
    }
    return true;
}

// True when the next line after line i, or the one after an empty line, starts a label with its
// colon ("Verantwortlich:", "Termin:"): line i sits inside the label block although it is
// neither label nor value. ("Vorlage Nr. 2031/0472" under a Niederschrift's TOP is no block.)
bool label_follows(const Head& head, std::size_t i) {
    std::size_t next = i + 1;
    if (next < head.lines.size() && head.lines[next].empty()) {
        ++next;
    }
    std::string_view rest;
    return next < head.lines.size() && !label_key(head.lines[next], rest).empty() &&
           head.lines[next].find(':') != std::string::npos;
}

// "Vorlage Nr.: 2031/0004" printed after the submitter's text, below a first label block that
// held only the date of receipt: the paper's number all the same. Its line does not move the
// block's end, which tells where the title search starts.
void find_late_number_label(Head& head) {
    constexpr std::size_t kHeadLines = 80;
    if (head.labels.count("vorlage") != 0 || head.type == "Niederschrift") {
        return; // a Niederschrift's "Vorlage Nr." names the paper of an agenda item
    }
    for (std::size_t i = head.block_end; i < head.lines.size() && i < kHeadLines; ++i) {
        std::string_view line = head.lines[i];
        std::string joined;
        std::string_view rest;
        std::size_t at = i;
        if (label_at(head, at, line, joined, rest) == "vorlage" && fits("vorlage", rest)) {
            head.labels["vorlage"] = std::string(rest);
            head.label_value_line["vorlage"] = i;
            return;
        }
    }
}

void parse_label_block(Head& head) {
    std::deque<std::string> waiting;
    bool in_block = false;
    for (std::size_t i = 0; i < head.lines.size() && i < 80; ++i) {
        std::string_view line = head.lines[i];
        std::string joined;
        std::string_view rest;
        std::string key = label_at(head, i, line, joined, rest);
        if (!key.empty()) {
            in_block = true;
            take_label(head, key, rest, i, waiting);
            continue;
        }
        if (!in_block || line.empty() || is_page_furniture(line) || i == head.type_line ||
            is_letterhead(line)) {
            continue;
        }
        if (is_status_word(line)) {
            head.block_status = std::string(line);
            head.block_end = i + 1;
            continue;
        }
        if (!take_value(head, line, i, waiting)) {
            if (label_follows(head, i)) {
                // "Anfrage CDU-Fraktion", "eingegangen am: ..." between two labels, or the rest
                // of an inline Gremium the PDF wrapped ("Gremium: Ortschaftsrat" / "Beispieldorf").
                auto gremium = head.label_value_line.find("gremium");
                if (gremium != head.label_value_line.end() && gremium->second + 1 == i) {
                    append_joined(head.labels["gremium"], line);
                }
                continue;
            }
            break; // the first line that is neither label nor value ends the block
        }
    }
    find_late_number_label(head);
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
        } else if (!after.empty() && !(label.key == "vorlage" && after.front() == ' ')) {
            // "vom 15. Mai 2012", "Datum 02.11.2023": date labels also stand without colon.
            bool dated = (label.key == "vom" || label.key == "datum" || label.key == "top" ||
                          label.key == "eingang") &&
                         after.size() > 1 && after.front() == ' ' && is_digit(after[1]);
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
    head.lines = head_lines(decoded, kHeadBytes, &head.raw_lines);
    head.type_line = find_type_line(head.lines, head.type);
    parse_label_block(head);
    return head;
}

bool is_letterhead(std::string_view line) {
    return starts_with_ci(line, "Stadt ") || starts_with_ci(line, "Der Oberb\xC3\xBCrgermeister") ||
           starts_with_ci(line, "Die Oberb\xC3\xBCrgermeisterin");
}

} // namespace ratsarchiv::indexer::extract
