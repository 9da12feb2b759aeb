// session: the session a Niederschrift records. Its committee is in its title ("Niederschrift
// 34. Sitzung Hauptausschuss", "Niederschrift 28. Plenarsitzung des Gemeinderates") or in its
// "Gremium:" line, normalized like the Beratungsfolge's Gremien so that the Niederschrift and
// the papers' steps name one session; its day is the session date the document is dated by.
// The agenda: each paper the Niederschrift cites is put under the last "Punkt N der
// Tagesordnung" heading before the paper's number first appears.
#include <algorithm>

#include "indexer/extract/field_extractors.h"
#include "indexer/extract/scan.h"
#include "schema/gremium_names.h"

namespace ratsarchiv::indexer::extract {

namespace {

constexpr std::string_view kTopHeading = "Punkt ";
constexpr std::string_view kTopHeadingEnd = " der Tagesordnung";

// "Niederschrift 34. Sitzung Hauptausschuss (gemeinsam mit …)" -> "Hauptausschuss".
std::string gremium_of_title(std::string_view title) {
    std::string_view name = trim(title);
    for (std::string_view lead : {"Niederschrift über die ", "Niederschrift der ",
                                  "Niederschrift des ", "Niederschrift ", "NIEDERSCHRIFT "}) {
        if (starts_with_ci(name, lead)) {
            name = trim(name.substr(lead.size()));
            break;
        }
    }
    name = trim(name.substr(0, name.find('(')));
    // "Niederschrift Sitzung Ausschuss für …": a session word without a number before it.
    for (std::string_view lead : {"öffentliche Sitzung ", "Sitzung "}) {
        if (starts_with_ci(name, lead) && !starts_with_ci(name, "Sitzung des ") &&
            !starts_with_ci(name, "Sitzung der ")) {
            return schema::normalize_gremium(trim(name.substr(lead.size())));
        }
    }
    // A title that is no session name ("über die vollzogene Verpflichtung …") names no committee.
    if (name.empty() || find_ci(name, "sitzung") == std::string_view::npos) {
        return {};
    }
    return schema::normalize_gremium(name);
}

// The "Gremium: 34. Sitzung Hauptausschuss" line of the head, if any.
std::string gremium_of_label(std::string_view text) {
    const std::size_t head = std::min<std::size_t>(text.size(), 2000);
    std::size_t at = find_ci(text.substr(0, head), "Gremium:");
    if (at == std::string_view::npos) {
        return {};
    }
    std::string_view rest = text.substr(at + 8);
    return gremium_of_title(trim(rest.substr(0, rest.find('\n'))));
}

struct TopHeading {
    std::size_t offset;
    std::string top;
};

// "Punkt 5 der Tagesordnung", "Punkt 12.1 der Tagesordnung" at the start of a line.
std::vector<TopHeading> top_headings(std::string_view text) {
    std::vector<TopHeading> headings;
    std::size_t line_start = 0;
    while (line_start < text.size()) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string_view::npos) {
            line_end = text.size();
        }
        std::string_view line = trim(text.substr(line_start, line_end - line_start));
        std::size_t end = find_ci(line, kTopHeadingEnd);
        if (starts_with_ci(line, kTopHeading) && end != std::string_view::npos &&
            end > kTopHeading.size() && end - kTopHeading.size() <= 8) {
            std::string_view top = trim(line.substr(kTopHeading.size(), end - kTopHeading.size()));
            if (!top.empty() && is_digit(top.front())) {
                headings.push_back({line_start, std::string(top)});
            }
        }
        line_start = line_end + 1;
    }
    return headings;
}

std::vector<AgendaItem> agenda_of(const CouncilDocument& doc) {
    const std::vector<TopHeading> headings = top_headings(doc.text);
    std::vector<AgendaItem> agenda;
    if (headings.empty()) {
        return agenda;
    }
    for (const auto& ref : doc.refs) {
        if (ref.relation != "records" && ref.relation != "refers") {
            continue;
        }
        const std::size_t at = doc.text.find(ref.number, headings.front().offset);
        if (at == std::string::npos) {
            continue;
        }
        auto after = std::upper_bound(
            headings.begin(), headings.end(), at,
            [](std::size_t offset, const TopHeading& h) { return offset < h.offset; });
        agenda.push_back({std::prev(after)->top, ref.number});
    }
    return agenda;
}

} // namespace

void extract_session_record(CouncilDocument& doc) {
    if (doc.type != "Niederschrift" || doc.date.size() != 10 || doc.date_source != "session") {
        return;
    }
    std::string gremium = gremium_of_title(doc.thema);
    if (gremium.empty()) {
        gremium = gremium_of_label(doc.text);
    }
    if (gremium.empty()) {
        return;
    }
    doc.session = SessionRecord{std::move(gremium), doc.date, agenda_of(doc)};
}

} // namespace ratsarchiv::indexer::extract
