// Submitter name normalization (see submitter_names.h).
#include "schema/submitter_names.h"

#include <algorithm>
#include <array>

#include "schema/text_fold.h"

namespace ratsarchiv::schema {

namespace {
constexpr std::size_t npos = std::string_view::npos;

std::string_view trim(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front())) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (space(s.back()) || s.back() == ',' || s.back() == ';')) {
        s.remove_suffix(1);
    }
    return s;
}

bool starts_with(std::string_view s, std::string_view p) {
    return s.substr(0, p.size()) == p;
}

// Words for a council group at the level of the whole council: they all mean its Fraktion.
constexpr std::array<std::string_view, 6> kCouncilGroups{
    "Gemeinderatsfraktion", "Stadtratsfraktion",        "Ratsfraktion",
    "Kreistagsfraktion",    "Stadtverordnetenfraktion", "Fraktion"};
// A group of a smaller council keeps its own name.
constexpr std::string_view kLocalGroup = "Ortschaftsratsfraktion";
constexpr std::string_view kLocalGroupShort = "OR-Fraktion"; // "CDU-OR-Fraktion"

// "CDU-Gemeinderatsfraktion", "CDU Gemeinderatsfraktion" -> "CDU"; "" when `name` does not end
// in `group`.
std::string_view party_before(std::string_view name, std::string_view group) {
    if (name.size() <= group.size() || name.substr(name.size() - group.size()) != group) {
        return {};
    }
    std::string_view party = name.substr(0, name.size() - group.size());
    if (party.back() != '-' && party.back() != ' ') {
        return {};
    }
    while (!party.empty() && (party.back() == '-' || party.back() == ' ')) {
        party.remove_suffix(1); // "GRÜNE--Fraktion", "SPD -Fraktion"
    }
    return trim(party);
}

// "Fraktion der CDU", "Gemeinderatsfraktion DIE LINKE" -> "CDU", "DIE LINKE".
std::string_view party_after(std::string_view name, std::string_view group) {
    if (!starts_with(name, group) || name.size() <= group.size() + 1 || name[group.size()] != ' ') {
        return {};
    }
    std::string_view party = trim(name.substr(group.size() + 1));
    for (std::string_view article : {"der ", "die ", "des "}) {
        if (starts_with(party, article)) {
            party = trim(party.substr(article.size()));
        }
    }
    return party;
}

// "DIE LINKE." -> "DIE LINKE": the point some years' spelling of a party ends in.
std::string_view without_point(std::string_view party) {
    while (party.size() > 1 && party.back() == '.') {
        party.remove_suffix(1);
    }
    return party;
}

// "Stadträtin Dr. Anna Beispiel" -> "Dr. Anna Beispiel". "Ortschaftsrat Durlach" is the body
// itself: an Ortschaftsrat's office goes only before a name of more than one word.
std::string_view without_title(std::string_view name) {
    for (std::string_view title :
         {"Stadträtin ", "Stadtrat ", "Stadträte ", "StR ", "StRn ", "SR ", "Frau ", "Herr "}) {
        if (starts_with(name, title)) {
            return trim(name.substr(title.size()));
        }
    }
    for (std::string_view title : {"Ortschaftsrätin ", "Ortschaftsrat "}) {
        if (starts_with(name, title) && trim(name.substr(title.size())).find(' ') != npos) {
            return trim(name.substr(title.size()));
        }
    }
    return name;
}
} // namespace

std::string normalize_submitter(std::string_view written) {
    const std::string folded_space = fold_whitespace(written);
    std::string_view name = trim(folded_space);
    if (name.empty()) {
        return {};
    }
    for (std::string_view local : {kLocalGroup, kLocalGroupShort}) {
        if (std::string_view party = party_before(name, local); !party.empty()) {
            return std::string(without_point(party)) + "-" + std::string(kLocalGroup);
        }
    }
    for (std::string_view group : kCouncilGroups) {
        std::string_view party = party_before(name, group);
        if (party.empty()) {
            party = party_after(name, group);
        }
        if (!party.empty()) {
            return std::string(without_point(party)) + "-Fraktion";
        }
    }
    return std::string(without_title(name));
}

std::vector<std::string> split_submitters(std::string_view text) {
    std::vector<std::string> out;
    std::vector<std::string> folded;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(", ", start);
        std::size_t next = end == std::string_view::npos ? text.size() + 1 : end + 2;
        if (std::size_t und = text.substr(start, end - start).find(" und ");
            und != std::string_view::npos &&
            text.substr(start, end - start).find("raktion") != std::string_view::npos) {
            // "CDU- und FDP-Fraktion" is left whole; "SPD-Fraktion und FDP-Fraktion" splits.
            std::string_view part = text.substr(start, und);
            if (!part.empty() && part.back() != '-') {
                end = start + und;
                next = end + 5;
            }
        }
        std::string name = normalize_submitter(
            text.substr(start, (end == std::string_view::npos ? text.size() : end) - start));
        if (!name.empty() &&
            std::find(folded.begin(), folded.end(), fold_keyword(name)) == folded.end()) {
            folded.push_back(fold_keyword(name));
            out.push_back(std::move(name));
        }
        start = next;
    }
    return out;
}

} // namespace ratsarchiv::schema
