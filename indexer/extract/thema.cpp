// The thema (title): where each layout prints it. "Thema: ..." or Magdeburg's "Bezeichnung"
// cell; a budget form's field; the agenda item an excerpt names; otherwise the paragraph after
// the label block (and after a Beratungsfolge table that directly follows it), or above the
// block in papers without a heading. Reading the paragraph itself is title_paragraph.h's job.
// Karlsruhe Stellungnahmen then get the name the city gives their paper (thema_composition.h).
#include <algorithm>

#include "indexer/extract/field_extractors.h"
#include "indexer/extract/scan.h"
#include "indexer/extract/thema_composition.h"
#include "indexer/extract/title_paragraph.h"

namespace ratsarchiv::indexer::extract {

namespace {

// "Thema: Hochwasserschutz" where the newer layout prints its title, after a label block of
// "Vorlage Nr.:" with "Eingang:" or "Verantwortlich:" (no Gremium column): the submitter typed
// the word into the title, and the city's names keep it (5 of 5 Karlsruhe labels of such heads).
// Under other label blocks "Thema:" is a label, no part of the title.
bool typed_in_title_place(const Head& head, std::size_t line_index) {
    const auto& labels = head.labels;
    bool newer_block = labels.count("vorlage") != 0 && labels.count("gremium") == 0 &&
                       (labels.count("eingang") != 0 || labels.count("verantwortlich") != 0);
    return newer_block && head.block_end > 0 && line_index >= head.block_end &&
           starts_with_ci(head.lines[line_index], "Thema:");
}

// "Transferaufwendungen", "Personalaufwendungen (Sperrvermerk)", "Auszahlungen für
// Baumaßnahmen": the kind of expense a budget motion is about.
bool is_expense_kind(std::string_view line) {
    constexpr std::size_t kMaxKind = 60;
    return line.size() <= kMaxKind &&
           (find_ci(line, "aufwendungen") != std::string_view::npos ||
            starts_with_ci(line, "Auszahlungen") || starts_with_ci(line, "Einzahlungen") ||
            starts_with_ci(line, "Ertr\xC3\xA4ge") || starts_with_ci(line, "Erl\xC3\xB6se"));
}

// A budget motion's form ("Seite HH-Plan" / "Erlös-/Aufwandsart | Ein-/Auszahlungsart" / the
// kinds of expense / the budget item it is about): the item is the title. (The forms from 2022
// on put amounts and selection fields there instead; their item is not found this way.)
std::string budget_item_title(const Head& head, std::size_t label_line) {
    std::size_t k = label_line + 1;
    while (k < head.lines.size() && (head.lines[k].empty() || is_expense_kind(head.lines[k]))) {
        ++k;
    }
    return title_from(head, k);
}

// A Fraktion's budget motion ("HAUSHALT 2031" / "Antrag zum Thema" / "Thema  Ausbau des ÖPNV
// beschleunigen" or the title alone / "Zuordnung im Haushaltsplan"): the form's Thema field.
std::string budget_motion_title(const Head& head, std::size_t form_line) {
    std::size_t k = form_line + 1;
    while (k < head.lines.size() && head.lines[k].empty()) {
        ++k;
    }
    if (k < head.lines.size() && head.lines[k] == "Thema") {
        return title_from(head, k + 1);
    }
    if (k >= head.lines.size()) {
        return {};
    }
    std::string_view first = cells(head.lines[k]).front();
    for (std::string_view label : {"Thema:", "Thema "}) {
        if (first.starts_with(label)) {
            first = trim(first.substr(label.size())); // the field's label on the value's line
            break;
        }
    }
    return continued_title(head, k, first);
}

std::string labeled_title(const Head& head) {
    for (std::size_t i = 0; i < head.lines.size() && i < 60; ++i) {
        std::string_view line = head.lines[i];
        if (head.type.empty() && equals_ci(line, "Antrag zum Thema")) {
            return budget_motion_title(head, i);
        }
        if (starts_with_ci(line, "Erl\xC3\xB6s-/Aufwandsart")) {
            return budget_item_title(head, i);
        }
        // The label on a line of its own, without colon, over a title of three words or more
        // (a table's column title "Thema" stands over a short cell), in the head (prose may
        // end a line with the word).
        constexpr std::size_t kHeadLines = 20;
        if (line == "Thema" && i < std::max(head.block_end, kHeadLines) &&
            i + 1 < head.lines.size() &&
            std::count(head.lines[i + 1].begin(), head.lines[i + 1].end(), ' ') >= 2) {
            return title_from(head, i + 1);
        }
        if (starts_with_ci(line, "Thema:") || starts_with_ci(line, "Betreff:")) {
            std::string_view rest = trim(line.substr(line.find(':') + 1));
            if (!rest.empty() && typed_in_title_place(head, i)) {
                return continued_title(head, i, cells(line).front());
            }
            if (!rest.empty()) {
                return continued_title(head, i, cells(rest).front());
            }
            return title_from(head, i + 1);
        }
    }
    for (std::string_view label : {"Bezeichnung", "Kurztitel", "Betreff"}) {
        if (auto value = cell_below(head, label)) {
            return *value;
        }
    }
    return {};
}

// "Information: Sanierungsgebiet ...": the paper's own kind typed before the title of an
// Informationsvorlage says nothing the type does not; the title starts after it.
void strip_own_kind(const Head& head, std::string& title) {
    constexpr std::string_view kInformation = "Information: ";
    bool information = head.type == "Informationsvorlage" || head.type == "Information";
    if (information && title.starts_with(kInformation) && title.size() > kInformation.size()) {
        title.erase(0, kInformation.size());
    }
}

// "TOP 5: Poollösung bei Schulbegleitung", "TOP21: Südumfahrung Hagsfeld" among the first lines
// of a paper that is no Niederschrift: an excerpt or an attachment names the agenda item it
// belongs to. A single word ("TOP 3: Mitteilungen") names a section, not the item.
std::string agenda_item_title(const Head& head) {
    constexpr std::size_t kHeadLines = 8;
    std::size_t seen = 0;
    for (std::size_t i = 0; i < head.lines.size() && seen < kHeadLines; ++i) {
        std::string_view line = head.lines[i];
        if (line.empty()) {
            continue;
        }
        ++seen;
        if (!line.starts_with("TOP")) {
            continue;
        }
        std::size_t p = 3;
        while (p < line.size() && line[p] == ' ') {
            ++p;
        }
        std::size_t digits = p;
        while (p < line.size() && (is_digit(line[p]) || line[p] == '.')) {
            ++p;
        }
        if (p == digits || p >= line.size() || line[p] != ':') {
            continue;
        }
        std::string_view rest = trim(line.substr(p + 1));
        if (rest.find(' ') != std::string_view::npos) {
            return continued_title(head, i, rest);
        }
    }
    return {};
}

// A paper without a heading that opens with its title ("Gedruckt auf ..." / "Kostenlose
// FFP2-Masken für ..." / "SPD-Gemeinderatsfraktion" / "Eingang: ..." / "Vorlage Nr.: ..." /
// Gremium table / body): the title stands above the label block, the body follows the table.
// "" when the first title line is no line above the block.
std::string title_above_block(const Head& head, bool keep_topic) {
    std::size_t block_start = head.block_end;
    for (const auto& [key, line] : head.label_value_line) {
        block_start = std::min(block_start, line);
    }
    std::size_t first = first_title_line(head, 0);
    while (first < block_start && is_letterhead(head.lines[first])) {
        first = first_title_line(head, first + 1); // "STADT ASCHERSLEBEN" over the labels
    }
    std::string_view rest;
    if (first >= block_start || first >= head.lines.size() ||
        !label_key(head.lines[first], rest).empty()) {
        return {};
    }
    return title_from(head, first, keep_topic);
}

// The title as the head prints it.
void printed_thema(const Head& head, std::size_t table_end, CouncilDocument& doc) {
    doc.thema = labeled_title(head);
    if (doc.thema.empty() && head.type != "Niederschrift") {
        doc.thema = agenda_item_title(head);
    }
    if (!doc.thema.empty()) {
        return;
    }
    if (head.type == "Niederschrift") {
        // "Niederschrift 58. Plenarsitzung Gemeinderat", or the session from the label block.
        std::string_view heading = cells(head.lines[head.type_line]).front();
        if (heading.size() > 14) {
            doc.thema = std::string(heading);
        } else if (auto it = head.labels.find("gremium"); it != head.labels.end()) {
            doc.thema = "Niederschrift " + it->second;
        }
        return;
    }
    std::size_t start = head.block_end;
    if (start == 0) {
        start = head.type_line < head.lines.size() ? head.type_line + 1 : 0;
    }
    // A Beratungsfolge table right after the labels (Aschersleben) comes before the title.
    std::size_t i = start;
    while (i < head.lines.size() && (head.lines[i].empty() || is_preamble(head.lines[i]))) {
        ++i;
    }
    bool table_after_block = i < head.lines.size() && table_end > i &&
                             (ends_title(head.lines[i]) || starts_with_ci(head.lines[i], "Nr."));
    if (table_after_block) {
        start = table_end;
    }
    bool keep_topic = city_keeps_topic_line(first_session_date(doc));
    if (table_after_block && head.type.empty()) {
        doc.thema = title_above_block(head, keep_topic);
        if (!doc.thema.empty()) {
            return;
        }
    }
    doc.thema = title_from(head, start, keep_topic);
    strip_own_kind(head, doc.thema);
    if (doc.thema.empty() && head.type_line + 1 < start) {
        // "Informationsvorlage" / paper note / "Audit European Energy Award" / "Vorlage Nr.:":
        // a title printed above the label block.
        doc.thema = title_from(head, head.type_line + 1, keep_topic);
    }
}
} // namespace

void extract_thema(const Head& head, std::size_t table_end, CouncilDocument& doc) {
    printed_thema(head, table_end, doc);
    compose_thema(head, doc); // the city's name of a Stellungnahme's paper
}

} // namespace ratsarchiv::indexer::extract
