// The number field: "Vorlage Nr.: 2022/1004/1" (label, possibly in a separate column),
// Magdeburg's "Stellungnahme-Nr." table cell, or a number line under the heading ("I0276/23").
#include "indexer/extract/field_extractors.h"
#include "indexer/extract/scan.h"

namespace ratsarchiv::indexer::extract {

namespace {
// A number at the start of `value`, also after "Nr." and for old all-digit numbers ("1099").
std::string number_in(std::string_view value) {
    value = trim(value);
    if (starts_with_ci(value, "Nr.")) {
        value = trim(value.substr(3));
    }
    if (auto m = number_at(value, 0)) {
        return m->canonical;
    }
    std::size_t digits = 0;
    while (digits < value.size() && is_digit(value[digits])) {
        ++digits;
    }
    bool alone = digits == value.size() || value[digits] == ' ' || value[digits] == '\t';
    if (digits >= 3 && digits <= 6 && alone) {
        return std::string(value.substr(0, digits));
    }
    return {};
}

// The number on the heading's own line ("ANTRAG DHH/2025/3106"), else a line under the heading
// that holds only a prefixed number, as in Magdeburg Informationen.
std::string number_line_after_heading(const Head& head) {
    if (auto m = number_after_first_word(cells(head.lines[head.type_line]).front())) {
        return m->canonical;
    }
    std::size_t seen = 0;
    for (std::size_t i = head.type_line + 1; i < head.lines.size() && seen < 4; ++i) {
        std::string_view line = head.lines[i];
        if (line.empty()) {
            continue;
        }
        ++seen;
        auto m = number_at(line, 0);
        if (m && m->end == line.size()) {
            return m->canonical;
        }
    }
    return {};
}
} // namespace

void extract_number(const Head& head, CouncilDocument& doc) {
    if (auto it = head.labels.find("vorlage"); it != head.labels.end()) {
        doc.number = number_in(it->second);
    }
    for (std::string_view label : {"Stellungnahme-Nr.", "Nummer", "Drucksache", "Drucksachen-Nr.",
                                   "Vorlagen-Nr.", "Informations-Nr.", "Antrags-Nr."}) {
        if (!doc.number.empty()) {
            break;
        }
        if (auto value = cell_below(head, label)) {
            doc.number = number_in(*value);
        }
    }
    if (doc.number.empty() && head.type_line < head.lines.size()) {
        doc.number = number_line_after_heading(head);
    }
}

} // namespace ratsarchiv::indexer::extract
