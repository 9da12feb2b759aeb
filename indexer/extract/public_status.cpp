// public: the document's own status: "Öffentlichkeitsstatus öffentlich", a status line or
// cell in the head ("öffentlich", "nichtöffentlich"), or "Beratung in öffentlicher Sitzung: ja".
#include "indexer/extract/field_extractors.h"
#include "indexer/extract/scan.h"

namespace ratsarchiv::indexer::extract {

namespace {
std::optional<bool> status_of(std::string_view word) {
    if (!is_status_word(word)) {
        return std::nullopt;
    }
    return !starts_with_ci(word, "nicht");
}
} // namespace

void extract_public_status(const Head& head, CouncilDocument& doc) {
    for (std::size_t i = 0; i < head.lines.size() && i < 30; ++i) {
        auto row = cells(head.lines[i]);
        for (std::size_t c = 0; c < row.size(); ++c) {
            std::string_view cell = row[c];
            if (starts_with_ci(cell, "\xC3\x96"
                                     "ffentlichkeitsstatus")) {
                std::string_view value = trim(cell.substr(cell.find("status") + 6));
                if (value.empty() && c + 1 < row.size()) {
                    value = row[c + 1];
                }
                if (auto s = status_of(value)) {
                    doc.is_public = s;
                    return;
                }
            }
            if (starts_with_ci(cell, "Beratung in \xC3\xB6"
                                     "ffentlicher Sitzung") &&
                c + 1 < row.size()) {
                doc.is_public = equals_ci(row[c + 1], "ja");
                return;
            }
        }
    }
    if (!head.block_status.empty()) {
        doc.is_public = status_of(head.block_status);
        return;
    }
    for (std::size_t i = 0; i < head.lines.size() && i < 30; ++i) {
        if (auto s = status_of(cells(head.lines[i]).front())) {
            doc.is_public = s;
            return;
        }
    }
}

} // namespace ratsarchiv::indexer::extract
