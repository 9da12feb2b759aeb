// Karlsruhe's names of Stellungnahme papers (see thema_composition.h). The styles are the
// city's; the date bounds are where each style holds in its OParl names (measured on the
// Karlsruhe labels: the amendment prefix on 117 of 136 Stellungnahmen to amendments of sessions
// 2014 to 2019-10, 116 of 128 outside 2016-01 to 2016-05; the submitter suffix on all 48
// Stellungnahmen of sessions 2012-07 to 2013-07; the party prefix on all 3 of sessions up to
// 2010).
#include "indexer/extract/thema_composition.h"

#include <algorithm>
#include <array>

#include "indexer/extract/scan.h"
#include "schema/text_fold.h"

namespace ratsarchiv::indexer::extract {

namespace {
// The last session date that still has each style (inclusive, ISO prefixes compare as text).
constexpr std::string_view kPrefixStyleUntil = "2010-12-31";
constexpr std::string_view kSuffixStyleFrom = "2012-07-01";
constexpr std::string_view kSuffixStyleUntil = "2013-07-31";
constexpr std::string_view kAmendmentStyleFrom = "2014-01-01";
constexpr std::string_view kAmendmentStyleUntil = "2019-10-31";
// Sessions in which the city named amendments by their title alone (7 of 8 Stellungnahmen to
// amendments of sessions 2016-01 to 2016-05; all 4 of 2015-12 and all 17 of 2016-06 to 2016-12
// carry the prefix).
constexpr std::string_view kAmendmentGapFrom = "2016-01-01";
constexpr std::string_view kAmendmentGapUntil = "2016-05-31";
// From these sessions on the 2012-13 names abbreviate councillors ("Anfrage StR Kalmbach
// (GfK)", "StRn" for Stadträtin): all 6 Stellungnahmen with councillors of sessions 2013-05 to
// 2013-07, against 3 of 18 of sessions 2012-07 to 2013-04.
constexpr std::string_view kAbbreviatedCouncillorsFrom = "2013-05-01";
// More parties than this and the city's amendment names leave them out ("Änderungsantrag: ").
constexpr std::size_t kMaxNamedParties = 2;
// More councillors than this and the 2012-13 names give their Fraktion instead.
constexpr std::size_t kMaxNamedCouncillors = 2;

// A heading cut by the PDF: "STELLUNGNAHME zum" / "Ergänzungsantrag", "zum gemein-" / "samen".
bool heading_incomplete(std::string_view heading) {
    for (std::string_view open : {"zum", "zur", "-", "gemeinsamen", "interfraktionellen"}) {
        if (ends_with_ci(heading, open)) {
            return true;
        }
    }
    return false;
}

// "zum gemeinsamen Änderungsantrag" -> "Änderungsantrag"; "" for plural or unknown kinds.
std::string answered_kind(std::string_view heading) {
    constexpr std::array<std::string_view, 5> kKinds{"Antrag", "Anfrage", "\xC3\x84nderungsantrag",
                                                     "Erg\xC3\xA4nzungsantrag", "Zusatzantrag"};
    std::size_t space = heading.rfind(' ');
    std::string_view last = space == std::string_view::npos ? heading : heading.substr(space + 1);
    for (std::string_view kind : kKinds) {
        if (equals_ci(last, kind)) {
            return std::string(kind);
        }
    }
    return {};
}

bool ends_submitters(std::string_view line) {
    std::string_view rest;
    return !label_key(line, rest).empty() || starts_with_ci(line, "vom") ||
           starts_with_ci(line, "eingegangen") || starts_with_ci(line, "Gremium") ||
           starts_with_ci(line, "Vorlage") || find_date(line).has_value();
}

bool is_paper_note(std::string_view line) {
    return starts_with_ci(line, "Gedruckt auf") ||
           find_ci(line, "Recyclingpapier") != std::string_view::npos;
}

bool is_councillor(std::string_view line) {
    return line.starts_with("Stadtrat ") || line.starts_with("Stadtr\xC3\xA4tin ");
}

bool is_fraktion(std::string_view line) {
    return ends_with_ci(line, "fraktion");
}

bool is_amendment(std::string_view kind) {
    return kind != "Antrag" && kind != "Anfrage";
}

std::vector<std::string> parties_of(const AnsweredPaper& paper) {
    std::vector<std::string> parties;
    for (const auto& line : paper.submitters) {
        std::string party = submitter_party(line);
        std::string folded = schema::fold_keyword(party);
        bool known = std::any_of(parties.begin(), parties.end(), [&](const std::string& p) {
            return schema::fold_keyword(p) == folded;
        });
        if (!party.empty() && !known) {
            parties.push_back(party);
        }
    }
    return parties;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const auto& part : parts) {
        out += (out.empty() ? "" : std::string(separator)) + part;
    }
    return out;
}

// "Stadtrat Kalmbach" -> "StR Kalmbach", "Stadträtin Zürn" -> "StRn Zürn".
std::string abbreviated_councillor(const std::string& name) {
    if (name.starts_with("Stadtrat ")) {
        return "StR " + name.substr(9);
    }
    if (name.starts_with("Stadtr\xC3\xA4tin ")) {
        return "StRn " + name.substr(12);
    }
    return name;
}

// 2012-13: "Stadtrat Mossuto, Stadtrat Wenzel (FW)", "SPD-Fraktion" (a Fraktion line or more
// than two councillors), or the line itself ("Ortschaftsrat Durlach"); councillors abbreviated
// from kAbbreviatedCouncillorsFrom on.
std::string submitter_suffix(const AnsweredPaper& paper, std::string_view session_date) {
    std::vector<std::string> parties = parties_of(paper);
    std::vector<std::string> councillors;
    for (const auto& line : paper.submitters) {
        if (is_fraktion(line) && !parties.empty()) {
            return submitter_party(line) + "-Fraktion";
        }
        if (is_councillor(line)) {
            std::string name = councillor_short_name(line);
            councillors.push_back(
                session_date >= kAbbreviatedCouncillorsFrom ? abbreviated_councillor(name) : name);
        }
    }
    if (parties.size() == 1 && !councillors.empty()) {
        if (councillors.size() > kMaxNamedCouncillors) {
            return parties.front() + "-Fraktion";
        }
        return join(councillors, ", ") + " (" + parties.front() + ")";
    }
    if (paper.submitters.size() == 1 && parties.empty()) {
        return paper.submitters.front();
    }
    return {};
}
} // namespace

AnsweredPaper answered_paper(const Head& head) {
    AnsweredPaper paper;
    if (head.type != "Stellungnahme" || head.type_line >= head.lines.size()) {
        return paper;
    }
    // Karlsruhe's layout: "STELLUNGNAHME zum ..." in capitals over a label block whose
    // "Verantwortlich:" names the Dezernat (older files print no letterhead).
    std::string heading = head.lines[head.type_line];
    if (!heading.starts_with("STELLUNGNAHME zu") || head.labels.count("verantwortlich") == 0) {
        return paper;
    }
    std::size_t i = head.type_line + 1;
    for (; i < head.lines.size() && heading_incomplete(heading); ++i) {
        append_joined(heading, head.lines[i]);
    }
    paper.kind = answered_kind(heading);
    paper.joint = find_ci(heading, "gemeinsam") != std::string::npos ||
                  find_ci(heading, "interfraktionell") != std::string::npos;
    for (; i < head.lines.size() && !ends_submitters(head.lines[i]); ++i) {
        std::string_view line = trim(head.lines[i]);
        if (!line.empty() && !is_paper_note(line)) {
            paper.submitters.emplace_back(line);
        }
    }
    return paper;
}

std::string submitter_party(std::string_view line) {
    line = trim(line);
    if (line.ends_with(")")) {
        std::size_t open = line.rfind('(');
        if (open != std::string_view::npos) {
            return std::string(trim(line.substr(open + 1, line.size() - open - 2)));
        }
    }
    for (std::string_view suffix : {"-Gemeinderatsfraktion", "-Fraktion"}) {
        if (ends_with_ci(line, suffix) && line.size() > suffix.size()) {
            return std::string(line.substr(0, line.size() - suffix.size()));
        }
    }
    return {};
}

std::string councillor_short_name(std::string_view line) {
    line = trim(line);
    if (!is_councillor(line)) {
        return {};
    }
    line = trim(line.substr(0, line.find('(')));
    std::vector<std::string_view> words;
    for (std::size_t p = 0; p < line.size();) {
        std::size_t e = std::min(line.find(' ', p), line.size());
        if (e > p) {
            words.push_back(line.substr(p, e - p));
        }
        p = e + 1;
    }
    if (words.size() < 3) {
        return std::string(line);
    }
    // "Stadtrat Dr. Eberhard Fischer": the office, academic titles, then the surname.
    std::string name(words.front());
    for (std::size_t w = 1; w + 1 < words.size() && words[w].ends_with("."); ++w) {
        name.append(" ").append(words[w]);
    }
    return name.append(" ").append(words.back());
}

std::string compose_city_title(const std::string& title, const AnsweredPaper& paper,
                               std::string_view session_date, std::string_view last_session) {
    if (title.empty() || paper.kind.empty() || session_date.empty()) {
        return title;
    }
    std::vector<std::string> parties = parties_of(paper);
    if (session_date <= kPrefixStyleUntil && parties.size() == 1) {
        return paper.kind + " " + parties.front() + ": " + title;
    }
    if (session_date >= kSuffixStyleFrom && session_date <= kSuffixStyleUntil) {
        std::string submitter = submitter_suffix(paper, session_date);
        return submitter.empty() ? title : title + ": " + paper.kind + " " + submitter;
    }
    bool amendment_gap = session_date >= kAmendmentGapFrom && session_date <= kAmendmentGapUntil;
    bool renamed_later = last_session > kAmendmentStyleUntil;
    if (session_date >= kAmendmentStyleFrom && session_date <= kAmendmentStyleUntil &&
        !amendment_gap && !renamed_later && is_amendment(paper.kind)) {
        if (parties.empty() || parties.size() > kMaxNamedParties) {
            return paper.kind + ": " + title;
        }
        return paper.kind + " " + join(parties, ", ") + ": " + title;
    }
    return title;
}

std::string first_session_date(const CouncilDocument& doc) {
    for (const auto& step : doc.beratungsfolge) {
        if (step.date) {
            return *step.date;
        }
    }
    return doc.date;
}

std::string last_session_date(const CouncilDocument& doc) {
    std::string last;
    for (const auto& step : doc.beratungsfolge) {
        if (step.date && *step.date > last) {
            last = *step.date;
        }
    }
    return last.empty() ? doc.date : last;
}

bool city_keeps_topic_line(std::string_view session_date) {
    return !session_date.empty() && session_date < kAmendmentStyleFrom;
}

void compose_thema(const Head& head, CouncilDocument& doc) {
    if (doc.type != "Stellungnahme" || doc.thema.empty()) {
        return;
    }
    doc.thema = compose_city_title(doc.thema, answered_paper(head), first_session_date(doc),
                                   last_session_date(doc));
}

} // namespace ratsarchiv::indexer::extract
