// refs: document numbers the text cites. A Niederschrift lists the Vorlagen it discussed
// ("Vorlage: 2024/1074/2"); other papers cite numbers after a paper word ("mit der
// Stellungnahme S0118/23", "(Vorlage I/ 91/2019)") or as prefixed numbers ("A0105/22").
// Magdeburg's "zum/zur" cell names the paper a Stellungnahme answers.
#include <algorithm>
#include <array>

#include "indexer/extract/field_extractors.h"
#include "indexer/extract/scan.h"

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
        doc.refs.push_back({number, std::string(relation)});
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

void niederschrift_refs(const Head& head, CouncilDocument& doc) {
    for (const auto& line : head.lines) {
        for (std::string_view label : {"Vorlage:", "Vorlagen:", "Vorlage Nr.:", "Vorlage "}) {
            if (starts_with_ci(line, label)) {
                if (auto m = number_at(line, label.size())) {
                    add_ref(doc, m->canonical, "refers");
                }
            }
        }
    }
}
} // namespace

void extract_refs(const Head& head, CouncilDocument& doc) {
    if (head.type == "Niederschrift") {
        niederschrift_refs(head, doc);
        return;
    }
    if (auto value = cell_below(head, "zum/zur")) {
        if (auto m = number_at(*value, 0)) {
            add_ref(doc, m->canonical, "answers");
        }
    }
    std::string_view text = head.cleaned.substr(0, std::min(head.cleaned.size(), kCiteScanBytes));
    scan_citations(text, doc);
    // A Karlsruhe "Stellungnahme zum Antrag" carries the number of the paper it answers.
    bool answers_own_number = doc.type == "Stellungnahme" && !doc.number.empty() &&
                              head.type_line < head.lines.size() &&
                              (find_ci(head.lines[head.type_line], " zum ") != std::string::npos ||
                               find_ci(head.lines[head.type_line], " zur ") != std::string::npos);
    auto answers = [](const Reference& r) { return r.relation == "answers"; };
    if (answers_own_number && std::none_of(doc.refs.begin(), doc.refs.end(), answers)) {
        doc.refs.insert(doc.refs.begin(), Reference{doc.number, "answers"});
    }
    // "2023/0812/1": an Änderungs- or Ergänzungsantrag numbered under the Vorlage it amends.
    std::size_t first = doc.number.find('/');
    std::size_t last = doc.number.rfind('/');
    if (doc.type == "Änderungsantrag" && first != last && first != std::string::npos) {
        std::string base = doc.number.substr(0, last);
        auto same = [&](const Reference& r) { return r.number == base; };
        if (std::none_of(doc.refs.begin(), doc.refs.end(), same)) {
            doc.refs.insert(doc.refs.begin(), Reference{base, "amends"});
        }
    }
    if (doc.type == "Änderungsantrag") {
        for (auto& ref : doc.refs) {
            ref.relation = ref.relation == "refers" ? "amends" : ref.relation;
        }
    }
}

} // namespace ratsarchiv::indexer::extract
