// The thema (title): "Thema: ..." or Magdeburg's "Bezeichnung" cell; otherwise the paragraph
// after the label block (and after a Beratungsfolge table that directly follows it), up to a
// blank line, a table or a label. A title wrapped by the PDF continues only from a long line.
#include <array>

#include "indexer/extract/field_extractors.h"
#include "indexer/extract/scan.h"
#include "indexer/extract/text_clean.h"

namespace ratsarchiv::indexer::extract {

namespace {
// A title line shorter than this ended on purpose; a longer one was wrapped by the PDF.
constexpr std::size_t kWrapWidth = 58;
// A first title line ending in ':' and shorter than this names a topic, not the title.
constexpr std::size_t kTopicWidth = 45;

// Lines between the label block and the title that belong to neither.
bool is_preamble(std::string_view line) {
    constexpr std::array<std::string_view, 9> kPreambles{
        "für die Sitzung", "Beratung in ", "Anzahl Anlagen", "Tagesordnungspunkt",
        "- Kurzfassung -", "Kurzfassung",  "Gedruckt auf",   "Prozent Recyclingpapier",
        "Recyclingpapier"};
    for (std::string_view p : kPreambles) {
        if (starts_with_ci(line, p)) {
            return true;
        }
    }
    return is_page_furniture(line) || is_status_word(line);
}

bool ends_title(std::string_view line) {
    std::string_view rest;
    return line.empty() || !label_key(line, rest).empty() || is_status_word(line) ||
           starts_with_ci(line, "Gremium") || starts_with_ci(line, "Gremien") ||
           starts_with_ci(line, "Beratungsfolge") || starts_with_ci(line, "- Kurzfassung") ||
           starts_with_ci(line, "Kurzfassung");
}

std::string title_from(const Head& head, std::size_t start) {
    std::size_t i = start;
    while (i < head.lines.size() && (head.lines[i].empty() || is_preamble(head.lines[i]))) {
        ++i;
    }
    std::string title;
    std::size_t previous_length = 0;
    bool first_line_topic = false;
    for (; i < head.lines.size(); ++i) {
        std::string_view line = cells(head.lines[i]).front();
        if (ends_title(line)) {
            break;
        }
        bool wrapped = title.empty() || previous_length >= kWrapWidth ||
                       (!title.empty() && (title.back() == '-' || title.back() == ':')) ||
                       starts_lower(line);
        if (!wrapped) {
            break;
        }
        if (title.empty()) {
            first_line_topic = line.ends_with(":");
        }
        append_joined(title, line);
        previous_length = head.lines[i].size();
    }
    // "Kombilösung:" / "BUND-Gutachten ...": a short topic line heads the actual title.
    std::size_t colon = title.find(": ");
    if (colon != std::string::npos && colon + 1 < kTopicWidth && first_line_topic) {
        title.erase(0, colon + 2);
    }
    return title;
}

std::string labeled_title(const Head& head) {
    for (std::size_t i = 0; i < head.lines.size() && i < 60; ++i) {
        std::string_view line = head.lines[i];
        if (starts_with_ci(line, "Thema:") || starts_with_ci(line, "Betreff:")) {
            std::string_view rest = trim(line.substr(line.find(':') + 1));
            if (!rest.empty()) {
                return std::string(cells(rest).front());
            }
            return title_from(head, i + 1);
        }
    }
    if (auto value = cell_below(head, "Bezeichnung")) {
        return *value;
    }
    return {};
}
} // namespace

void extract_thema(const Head& head, std::size_t table_end, CouncilDocument& doc) {
    doc.thema = labeled_title(head);
    if (!doc.thema.empty() || head.type == "Niederschrift") {
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
    if (i < head.lines.size() && table_end > i &&
        (ends_title(head.lines[i]) || starts_with_ci(head.lines[i], "Nr."))) {
        start = table_end;
    }
    doc.thema = title_from(head, start);
}

} // namespace ratsarchiv::indexer::extract
