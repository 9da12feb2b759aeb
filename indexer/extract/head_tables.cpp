// Table helpers shared by the extractors: the cell below a label cell, the closing lines.
#include "indexer/extract/field_extractors.h"
#include "indexer/extract/scan.h"

namespace ratsarchiv::indexer::extract {

std::optional<std::string> cell_below(const Head& head, std::string_view label,
                                      std::string_view not_in_row) {
    for (std::size_t i = 0; i < head.lines.size() && i < 40; ++i) {
        if (!not_in_row.empty() && find_ci(head.lines[i], not_in_row) != std::string::npos) {
            continue;
        }
        auto row = cells(head.lines[i]);
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (!equals_ci(row[c], label)) {
                continue;
            }
            for (std::size_t j = i + 1; j < head.lines.size() && j < i + 4; ++j) {
                if (head.lines[j].empty()) {
                    continue;
                }
                auto below = cells(head.lines[j]);
                if (c < below.size() && !below[c].empty()) {
                    return std::string(below[c]);
                }
                break;
            }
        }
    }
    return std::nullopt;
}

std::vector<std::string_view> tail_lines(std::string_view cleaned, std::size_t bytes) {
    std::size_t start = cleaned.size() > bytes ? cleaned.size() - bytes : 0;
    if (start > 0) {
        std::size_t nl = cleaned.find('\n', start);
        start = nl == std::string_view::npos ? cleaned.size() : nl + 1;
    }
    std::vector<std::string_view> lines;
    while (start < cleaned.size()) {
        std::size_t end = cleaned.find('\n', start);
        if (end == std::string_view::npos) {
            end = cleaned.size();
        }
        lines.push_back(cleaned.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

} // namespace ratsarchiv::indexer::extract
