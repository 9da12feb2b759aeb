// The type field: the heading names it. A paper without a heading is a budget motion under
// "Antrag zum Thema", or is named by the heading of its summary ("Beschlussantrag
// (Kurzfassung)", "Information (Kurzfassung)") where it has one; papers headed only "Vorlage Nr.
// ..." are Vorlagen otherwise.
#include "indexer/extract/field_extractors.h"
#include "indexer/extract/scan.h"

namespace ratsarchiv::indexer::extract {

namespace {
// The Karlsruhe Vorlage forms open their summary with the kind of the paper: a decision
// proposal or an information (2 of 2 labeled headless papers with such a summary agree).
std::string summary_kind(const Head& head) {
    constexpr std::size_t kSummaryReach = 6000;
    std::string_view text = head.cleaned.substr(0, kSummaryReach);
    struct SummaryKind {
        std::string_view heading;
        std::string_view type;
    };
    constexpr SummaryKind kKinds[] = {{"Beschlussantrag (Kurzfassung)", "Beschlussvorlage"},
                                      {"Information (Kurzfassung)", "Informationsvorlage"}};
    for (const auto& kind : kKinds) {
        for (std::size_t at = text.find(kind.heading); at != std::string_view::npos;
             at = text.find(kind.heading, at + 1)) {
            std::size_t line_start = text.rfind('\n', at);
            line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
            if (trim(text.substr(line_start, at - line_start)).empty()) {
                return std::string(kind.type); // the heading opens its line
            }
        }
    }
    return {};
}

// "Antrag zum Thema" over a Fraktion's budget motion form (which prints no other heading).
bool is_budget_motion(const Head& head) {
    constexpr std::size_t kHeadLines = 30;
    for (std::size_t i = 0; i < head.lines.size() && i < kHeadLines; ++i) {
        if (equals_ci(head.lines[i], "Antrag zum Thema")) {
            return true;
        }
    }
    return false;
}
} // namespace

void extract_type(const Head& head, CouncilDocument& doc) {
    if (!head.type.empty()) {
        doc.type = head.type;
        return;
    }
    if (is_budget_motion(head)) {
        doc.type = "Antrag";
        return;
    }
    if (head.labels.count("vorlage") != 0) {
        std::string kind = summary_kind(head);
        doc.type = kind.empty() ? "Vorlage" : kind;
    }
}

} // namespace ratsarchiv::indexer::extract
