// signatory: the name a paper closes with, above its Anlagen list. A title line under the name
// ("Oberbürgermeister") is skipped; "Unterzeichnet von:" names the first signer.
#include <array>

#include "indexer/extract/field_extractors.h"
#include "indexer/extract/scan.h"

namespace ratsarchiv::indexer::extract {

namespace {
constexpr std::size_t kTailBytes = 3000;

bool is_office_title(std::string_view line) {
    constexpr std::array<std::string_view, 11> kTitles{
        "Oberbürgermeister", "Bürgermeister", "Beigeordnete",         "Dezernent",
        "Landrat",           "Stadtdirektor", "Fraktionsvorsitzende", "Stadträtin",
        "Stadtrat",          "Ortsvorsteher", "Vorsitzende"};
    for (std::string_view t : kTitles) {
        if (starts_with_ci(line, t) && line.size() <= t.size() + 3) {
            return true;
        }
    }
    return false;
}

std::string_view first_cell(std::string_view line) {
    return trim(line.substr(0, line.find('\t')));
}
} // namespace

// "Simone Borris", "Dr. Trümper", "Grantz": up to four capitalized words, no digits or
// sentence punctuation.
bool looks_like_person_name(std::string_view line) {
    if (line.empty() || line.size() > 40 || !starts_upper(line)) {
        return false;
    }
    std::size_t words = 1;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (is_digit(c) || c == ':' || c == ',' || c == ';' || c == '(' || c == '/') {
            return false;
        }
        if (c == ' ') {
            ++words;
            std::string_view next = line.substr(i + 1);
            if (!starts_upper(next) && !next.starts_with("von ") && !next.starts_with("van ")) {
                return false;
            }
        }
    }
    bool ends_sentence = line.back() == '.' && !line.ends_with("Dr.") && !line.ends_with("jun.");
    return words <= 4 && !ends_sentence && !is_office_title(line);
}

void extract_signatory(const Head& head, CouncilDocument& doc) {
    auto lines = tail_lines(head.cleaned, kTailBytes);
    std::size_t end = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (starts_with_ci(lines[i], "Unterzeichnet von")) {
            for (std::size_t j = i + 1; j < lines.size(); ++j) {
                std::string_view name = first_cell(lines[j]);
                if (!name.empty()) {
                    if (looks_like_person_name(name)) {
                        doc.signatory = std::string(name);
                    }
                    return;
                }
            }
        }
        if (end == lines.size() && starts_with_ci(lines[i], "Anlage") &&
            (lines[i].size() == 6 || lines[i][6] == ':' || lines[i][6] == ' ' ||
             lines[i][6] == 'n')) {
            end = i;
        }
    }
    bool skipped_title = false;
    for (std::size_t k = end; k-- > 0;) {
        std::string_view line = first_cell(lines[k]);
        if (line.empty()) {
            continue;
        }
        if (is_office_title(line) && !skipped_title) {
            skipped_title = true;
            continue;
        }
        if (looks_like_person_name(line)) {
            doc.signatory = std::string(line);
        }
        return;
    }
}

} // namespace ratsarchiv::indexer::extract
