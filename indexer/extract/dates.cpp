// The date field: date of receipt ("Eingang:", "eingegangen:", "vom"), else the paper's own
// date ("Datum" as label, inline cell "Datum 02.11.2023" or a table column).
#include "indexer/extract/field_extractors.h"
#include "indexer/extract/scan.h"

namespace ratsarchiv::indexer::extract {

namespace {
std::string date_in(std::string_view value) {
    auto d = find_date(value);
    return d ? d->iso : std::string();
}

// "Datum 02.11.2023" as one cell somewhere in the first lines.
std::string inline_datum_cell(const Head& head) {
    for (std::size_t i = 0; i < head.lines.size() && i < 30; ++i) {
        for (std::string_view cell : cells(head.lines[i])) {
            if (starts_with_ci(cell, "Datum ")) {
                std::string iso = date_in(cell.substr(6));
                if (!iso.empty()) {
                    return iso;
                }
            }
        }
    }
    return {};
}
} // namespace

void extract_date(const Head& head, CouncilDocument& doc) {
    for (const char* key : {"eingang", "vom", "datum"}) {
        if (auto it = head.labels.find(key); it != head.labels.end()) {
            doc.date = date_in(it->second);
            if (!doc.date.empty()) {
                return;
            }
        }
    }
    if (head.type == "Niederschrift") {
        // A Niederschrift is dated by its session: "18. September 2018, 15:30 Uhr".
        if (auto it = head.labels.find("termin"); it != head.labels.end()) {
            doc.date = date_in(it->second);
        }
        for (std::size_t i = head.type_line;
             doc.date.empty() && i < head.lines.size() && i < head.type_line + 4; ++i) {
            doc.date = date_in(head.lines[i]);
        }
        return;
    }
    doc.date = inline_datum_cell(head);
    if (doc.date.empty()) {
        if (auto value = cell_below(head, "Datum", "Gremium")) {
            doc.date = date_in(*value);
        }
    }
}

} // namespace ratsarchiv::indexer::extract
