// refs: document numbers the text cites. A Niederschrift lists the Vorlagen it discussed
// ("Vorlage: 2024/1074/2"); other papers cite numbers after a paper word ("mit der
// Stellungnahme S0118/23", "(Vorlage I/ 91/2019)") or as prefixed numbers ("A0105/22").
// Magdeburg's "zum/zur" cell names the paper a Stellungnahme answers.
//
// A Niederschrift excerpt is filed under the paper of its TOP: the first "Vorlage:" line under
// the TOP heading (relation "records"); papers listed after it (sub-items, "dazu:" Anträge) are
// discussed with it ("refers"). A whole protocol (several TOP headings) records every paper.
// Measured on Karlsruhe: in files whose text is not filed under several papers at once, the labeled
// paper is the first "Vorlage:" number in 99% of them.
#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "indexer/extract/field_extractors.h"
#include "indexer/extract/scan.h"
#include "indexer/extract/thema_composition.h"
#include "schema/document_types.h"

namespace ratsarchiv::indexer::extract {

namespace {
// Cited numbers sit in the head and the first page; the rest of a long file is discussion.
constexpr std::size_t kCiteScanBytes = 5000;
// How far before a number a paper word may stand ("Vorlage Nr. ", "Informationsvorlage Nr. ").
constexpr std::size_t kKeywordReach = 28;

void add_ref(CouncilDocument& doc, const std::string& number, std::string_view relation) {
    if (number.empty() || number == doc.number) {
        return;
    }
    auto same = [&](const Reference& r) { return r.number == number; };
    if (std::find_if(doc.refs.begin(), doc.refs.end(), same) == doc.refs.end()) {
        doc.refs.push_back({number, std::string(relation), {}, {}});
    }
}

bool keyword_before(std::string_view text, std::size_t pos) {
    constexpr std::array<std::string_view, 7> kWords{
        "Vorlage", "Drucksache", "Stellungnahme", "Antrag", "Anfrage", "Nr.", "Beschluss"};
    std::size_t from = pos > kKeywordReach ? pos - kKeywordReach : 0;
    std::string_view window = text.substr(from, pos - from);
    for (std::string_view w : kWords) {
        if (find_ci(window, w) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

bool letter_prefixed(const std::string& number) {
    std::size_t letters = 0;
    while (letters < number.size() && number[letters] >= 'A' && number[letters] <= 'Z') {
        ++letters;
    }
    return letters >= 1 && letters <= 3 && letters < number.size() && is_digit(number[letters]);
}

void scan_citations(std::string_view text, CouncilDocument& doc) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        bool may_start = is_digit(c) || (c >= 'A' && c <= 'Z');
        if (!may_start || (i > 0 && (std::isalnum(static_cast<unsigned char>(text[i - 1])) ||
                                     text[i - 1] == '/' || text[i - 1] == '.'))) {
            continue;
        }
        auto m = number_at(text, i);
        if (!m) {
            continue;
        }
        if (letter_prefixed(m->canonical) || keyword_before(text, i)) {
            add_ref(doc, m->canonical, "refers");
        }
        i = m->end;
    }
}

// True when the head holds several TOPs one after another, each with its own decision: a
// whole protocol. An excerpt may head two TOPs treated together ("Punkt 4 ...", "Punkt 5 ...",
// then one "Beschluss:"); it is still filed under its first paper.
bool whole_protocol(const Head& head) {
    std::string first_top;
    bool decided = false;
    for (const auto& line : head.lines) {
        std::size_t p = find_ci(line, " der Tagesordnung");
        if (starts_with_ci(line, "Beschluss")) {
            decided = true;
        }
        if (!starts_with_ci(line, "Punkt ") || p == std::string::npos) {
            continue;
        }
        std::string top = line.substr(6, p - 6);
        top = top.substr(0, top.find('.'));
        if (first_top.empty()) {
            first_top = top;
        } else if (top != first_top && decided) {
            return true;
        }
    }
    return false;
}

// The number after a "Vorlage" label at `pos` of `line`: "Vorlage: 2024/1074/2",
// "Vorlage Nr. 2014/0472", "Vorlagen: ...".
std::optional<NumberMatch> vorlage_number_at(std::string_view line, std::size_t pos) {
    constexpr std::array<std::string_view, 5> kLabels{
        "Vorlage:", "Vorlagen:", "Vorlage Nr.:", "Vorlage Nr.", "Vorlage "};
    for (std::string_view label : kLabels) {
        if (starts_with_ci(line.substr(pos), label)) {
            if (auto m = number_at(line, pos + label.size())) {
                return m;
            }
        }
    }
    return std::nullopt;
}

// "Antrag: GRÜNE; Vorlage: 2024/0305": the label after the submitter on one line.
std::optional<NumberMatch> vorlage_number_in(std::string_view line) {
    if (auto m = vorlage_number_at(line, 0)) {
        return m;
    }
    std::size_t joint = find_ci(line, "; Vorlage");
    return joint == std::string_view::npos ? std::nullopt : vorlage_number_at(line, joint + 2);
}

void niederschrift_refs(const Head& head, CouncilDocument& doc) {
    // An excerpt of one TOP is filed under its first paper; a whole protocol records them all.
    bool whole = whole_protocol(head);
    for (const auto& line : head.lines) {
        if (auto m = vorlage_number_in(line)) {
            add_ref(doc, m->canonical, whole || doc.refs.empty() ? "records" : "refers");
        }
    }
    if (!doc.refs.empty()) {
        return;
    }
    // Without a "Vorlage:" line the paper is named where the chair calls the TOP: "ruft
    // Tagesordnungspunkt 1, Vorlage Nr. 2013/0309, zur Behandlung auf".
    std::string_view text = head.cleaned.substr(0, std::min(head.cleaned.size(), kCiteScanBytes));
    for (std::size_t p = find_ci(text, "Vorlage Nr."); p != std::string_view::npos;
         p = find_ci(text, "Vorlage Nr.", p + 1)) {
        if (auto m = vorlage_number_at(text, p)) {
            add_ref(doc, m->canonical, "records");
            return;
        }
    }
}
// The type a Stellungnahme's body calls the answered paper by ("Zur obigen Anfrage ...",
// "Das Anliegen des Antrages ..."): the first such word after the head.
std::string answered_type_in_text(std::string_view text) {
    constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kWords{
        {{"Anfrage", "Anfrage"},
         {"Antrages", "Antrag"},
         {"Antrags", "Antrag"},
         {"Antrag", "Antrag"}}};
    std::size_t best = std::string_view::npos;
    std::string_view type;
    for (const auto& [word, name] : kWords) {
        for (std::size_t p = text.find(word); p != std::string_view::npos;
             p = text.find(word, p + 1)) {
            std::size_t e = p + word.size();
            bool whole = (p == 0 || !std::isalpha(static_cast<unsigned char>(text[p - 1]))) &&
                         (e >= text.size() || !std::isalpha(static_cast<unsigned char>(text[e])));
            if (whole) {
                if (p < best) {
                    best = p;
                    type = name;
                }
                break;
            }
        }
    }
    return std::string(type);
}

// Karlsruhe: "STELLUNGNAHME zum Antrag" names the answered paper's type, and the lines below it
// up to the label block ("vom:") name who submitted it.
void answered_from_heading(const Head& head, Reference& ref) {
    // The heading wrapped by the PDF ("STELLUNGNAHME zum gemein-" / "samen Änderungsantrag"),
    // with the submitter lines under it (thema_composition.h reads both).
    if (AnsweredPaper paper = answered_paper(head); !paper.kind.empty()) {
        std::string type = schema::normalize_document_type(paper.kind);
        ref.type = type.empty() ? paper.kind : type;
        ref.submitter.clear();
        for (const auto& line : paper.submitters) {
            ref.submitter += (ref.submitter.empty() ? "" : ", ") + line;
        }
        return;
    }
    const std::string& heading = head.lines[head.type_line];
    for (std::string_view word : {" zum ", " zur "}) {
        std::size_t p = find_ci(heading, word);
        if (p != std::string::npos) {
            ref.type = schema::normalize_document_type(heading.substr(p + word.size()));
        }
    }
    std::string submitter;
    for (std::size_t i = head.type_line + 1; i < head.lines.size() && i < head.type_line + 10;
         ++i) {
        std::string_view line = trim(head.lines[i]);
        std::string_view rest;
        if (!label_key(line, rest).empty() || starts_with_ci(line, "vom") || find_date(line)) {
            break;
        }
        // The newer layout prints "Gedruckt auf 100 Prozent Recyclingpapier" between them.
        bool paper_note = find_ci(line, "Recyclingpapier") != std::string_view::npos ||
                          starts_with_ci(line, "Gedruckt auf");
        if (!line.empty() && !paper_note) {
            submitter += (submitter.empty() ? "" : ", ") + std::string(line);
        }
    }
    // The newer layout names the submitter under the title instead: "Anfrage: Die Linke".
    for (std::size_t i = head.type_line + 1; i < head.lines.size() && submitter.empty(); ++i) {
        std::string_view line = trim(head.lines[i]);
        std::size_t colon = line.find(": ");
        if (colon != std::string_view::npos && colon < 30 &&
            schema::normalize_document_type(line.substr(0, colon)) == ref.type) {
            submitter = std::string(trim(line.substr(colon + 2)));
        }
    }
    ref.submitter = submitter;
}

// Magdeburg: the "zum/zur" cell holds "A0105/22 – CDU-Ratsfraktion".
void answered_from_cell(std::string_view cell, const NumberMatch& m, Reference& ref) {
    std::string_view rest = cell.substr(m.end);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '-' || rest.front() == '\t')) {
        rest.remove_prefix(1);
    }
    for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94"}) {
        if (rest.substr(0, dash.size()) == dash) {
            rest.remove_prefix(dash.size());
        }
    }
    ref.submitter = std::string(trim(rest));
}

void add_answered_details(const Head& head, const std::optional<std::string>& cell,
                          CouncilDocument& doc) {
    auto it = std::find_if(doc.refs.begin(), doc.refs.end(),
                           [](const Reference& r) { return r.relation == "answers"; });
    if (it == doc.refs.end()) {
        return;
    }
    if (cell) {
        if (auto m = number_at(*cell, 0)) {
            answered_from_cell(*cell, *m, *it);
        }
    } else if (head.type_line < head.lines.size()) {
        answered_from_heading(head, *it);
    }
    // Magdeburg's Drucksachen letters name the kind: A0105/22 an Antrag, F0123/21 an Anfrage.
    if (it->type.empty() && it->number.size() > 1 && is_digit(it->number[1])) {
        it->type = it->number[0] == 'A' ? "Antrag" : it->number[0] == 'F' ? "Anfrage" : "";
    }
    if (it->type.empty()) {
        std::string_view text =
            head.cleaned.substr(0, std::min(head.cleaned.size(), kCiteScanBytes));
        std::size_t after = cell ? text.find(*cell) : std::string_view::npos;
        it->type = answered_type_in_text(
            after == std::string_view::npos ? text : text.substr(after + cell->size()));
    }
}
} // namespace

void extract_refs(const Head& head, CouncilDocument& doc) {
    if (head.type == "Niederschrift") {
        niederschrift_refs(head, doc);
        return;
    }
    auto answers_cell = cell_below(head, "zum/zur");
    if (answers_cell) {
        if (auto m = number_at(*answers_cell, 0)) {
            add_ref(doc, m->canonical, "answers");
        }
    }
    std::string_view text = head.cleaned.substr(0, std::min(head.cleaned.size(), kCiteScanBytes));
    scan_citations(text, doc);
    // A Karlsruhe "Stellungnahme zum Antrag" carries the number of the paper it answers.
    bool answers_own_number = doc.type == "Stellungnahme" && !doc.number.empty() &&
                              head.type_line < head.lines.size() &&
                              (find_ci(head.lines[head.type_line], " zum ") != std::string::npos ||
                               find_ci(head.lines[head.type_line], " zur ") != std::string::npos ||
                               !answered_paper(head).kind.empty());
    auto answers = [](const Reference& r) { return r.relation == "answers"; };
    if (answers_own_number && std::none_of(doc.refs.begin(), doc.refs.end(), answers)) {
        doc.refs.insert(doc.refs.begin(), Reference{doc.number, "answers", {}, {}});
    }
    add_answered_details(head, answers_cell, doc);
    // "2023/0812/1": an Änderungs- or Ergänzungsantrag numbered under the Vorlage it amends.
    std::size_t first = doc.number.find('/');
    std::size_t last = doc.number.rfind('/');
    if (doc.type == "Änderungsantrag" && first != last && first != std::string::npos) {
        std::string base = doc.number.substr(0, last);
        auto same = [&](const Reference& r) { return r.number == base; };
        if (std::none_of(doc.refs.begin(), doc.refs.end(), same)) {
            doc.refs.insert(doc.refs.begin(), Reference{base, "amends", {}, {}});
        }
    }
    if (doc.type == "Änderungsantrag") {
        for (auto& ref : doc.refs) {
            ref.relation = ref.relation == "refers" ? "amends" : ref.relation;
        }
    }
}

} // namespace ratsarchiv::indexer::extract
