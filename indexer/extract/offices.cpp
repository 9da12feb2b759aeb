// body, amt and dezernat: the Körperschaft heading ("Landeshauptstadt Magdeburg - Die
// Oberbürgermeisterin -", "STADT ASCHERSLEBEN"), the issuing office ("Dienststelle:", Magdeburg's
// "Amt Amt 12" or "Stadtamt" column) and the Dezernat ("Verantwortlich: Dez. 6", "Dezernat OB").
#include <array>

#include "indexer/extract/field_extractors.h"
#include "indexer/extract/scan.h"
#include "schema/text_fold.h"

namespace ratsarchiv::indexer::extract {

namespace {
constexpr std::array<std::string_view, 7> kBodyWords{
    "Landeshauptstadt ", "Hansestadt ", "Stadt ",           "Gemeinde ",
    "Landkreis ",        "Kreisstadt ", "Große Kreisstadt "};

// "STADT ASCHERSLEBEN" -> "Stadt Aschersleben"; mixed-case text stays as it is.
std::string title_case_if_upper(std::string_view s) {
    bool has_lower = false;
    for (char c : s) {
        has_lower = has_lower || (c >= 'a' && c <= 'z');
    }
    if (has_lower) {
        return std::string(s);
    }
    std::string lowered = schema::case_fold(s);
    std::string out;
    bool word_start = true;
    for (std::size_t i = 0; i < lowered.size(); ++i) {
        char c = lowered[i];
        if (word_start && c >= 'a' && c <= 'z') {
            out += static_cast<char>(c - 32);
        } else if (word_start && c == '\xC3' && i + 1 < lowered.size()) {
            out += c;
            out += static_cast<char>(lowered[++i] - 0x20);
        } else {
            out += c;
        }
        word_start = c == ' ' || c == '-';
    }
    return out;
}

std::string find_body(const Head& head) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < head.lines.size() && seen < 6; ++i) {
        if (head.lines[i].empty()) {
            continue;
        }
        ++seen;
        std::string_view cell = cells(head.lines[i]).front();
        for (std::string_view word : kBodyWords) {
            if (!starts_with_ci(cell, word)) {
                continue;
            }
            for (std::string_view sep : {" - ", " \xE2\x80\x93 ", " ("}) {
                std::size_t cut = cell.find(sep);
                if (cut != std::string_view::npos) {
                    cell = cell.substr(0, cut);
                }
            }
            if (cell.size() < 60) {
                return title_case_if_upper(trim(cell));
            }
        }
    }
    return {};
}

// Dienststellen that papers name by their official short form (Karlsruhe's office codes);
// the facet shows the full name.
struct OfficeShortForm {
    std::string_view short_form;
    std::string_view name;
};
constexpr std::array<OfficeShortForm, 28> kOfficeShortForms{{
    {"StK", "Stadtkämmerei"},
    {"BD", "Branddirektion"},
    {"VOWO", "Volkswohnung"},
    {"BB", "Bäderbetriebe"},
    {"HGW", "Amt für Hochbau und Gebäudewirtschaft"},
    {"SJB", "Sozial- und Jugendbehörde"},
    {"LA", "Liegenschaftsamt"},
    {"GBA", "Gartenbauamt"},
    {"AfSta", "Amt für Stadtentwicklung"},
    {"SuS", "Schul- und Sportamt"},
    {"TBA", "Tiefbauamt"},
    {"OA", "Ordnungs- und Bürgeramt"},
    {"UA", "Umwelt- und Arbeitsschutz"},
    {"BfI", "Büro für Integration"},
    {"StaDu", "Stadtamt Durlach"},
    {"StPlA", "Stadtplanungsamt"},
    {"SWK", "Stadtwerke"},
    {"POA", "Personal- und Organisationsamt"},
    {"FBA", "Friedhofs- und Bestattungsamt"},
    {"VBK", "Verkehrsbetriebe Karlsruhe"},
    {"RPA", "Rechnungsprüfungsamt"},
    {"stja", "Stadtjugendausschuss"},
    {"KäM", "Stadtkämmerei"},
    {"HA", "Hauptamt"},
    {"KA", "Kulturamt"},
    {"ZJD", "Zentraler Juristischer Dienst"},
}};

// Karlsruhe's Ortschaften, which "OV Wo" or "OV Wolf" abbreviate.
constexpr std::array<std::string_view, 8> kOrtschaften{
    "Durlach",    "Grötzingen",  "Hohenwettersbach", "Neureut",
    "Stupferich", "Wettersbach", "Wolfartsweier",    "Grünwettersbach"};

// "OV Grötzingen", "OV Wo": Ortsverwaltung plus the place its short form names uniquely.
std::string ortsverwaltung(std::string_view place) {
    std::string_view match;
    for (std::string_view o : kOrtschaften) {
        if (o.starts_with(place)) {
            if (!match.empty()) {
                return "Ortsverwaltung " + std::string(place); // ambiguous: keep as written
            }
            match = o;
        }
    }
    return "Ortsverwaltung " + std::string(match.empty() ? place : match);
}

std::string expand_office(std::string value) {
    for (const auto& office : kOfficeShortForms) {
        if (equals_ci(value, office.short_form)) {
            return std::string(office.name);
        }
    }
    for (std::string_view prefix : {"OV ", "Ortsverwaltung "}) {
        if (value.starts_with(prefix) && value.size() > prefix.size() + 1) {
            return ortsverwaltung(std::string_view(value).substr(prefix.size()));
        }
    }
    return value;
}

// "Stadt Karlsruhe" / "Stadtamt Durlach": a letterhead names the issuing office on the line
// below the body, where it is an office ("...amt", "Amt für ...", "Ortsverwaltung ...").
std::string letterhead_office(const Head& head) {
    std::size_t seen = 0;
    bool after_body = false;
    for (std::size_t i = 0; i < head.lines.size() && seen < 8; ++i) {
        std::string_view line = trim(head.lines[i]);
        if (line.empty()) {
            continue;
        }
        ++seen;
        bool office = starts_with_ci(line, "Stadtamt ") ||
                      starts_with_ci(line, "Ortsverwaltung ") || starts_with_ci(line, "Amt für ") ||
                      (line.find(' ') == std::string_view::npos && line.ends_with("amt"));
        if (after_body && office && line.size() < 60) {
            return std::string(line);
        }
        after_body = starts_with_ci(line, "Stadt ") || starts_with_ci(line, "Landeshauptstadt ");
    }
    return {};
}

std::string find_amt(const Head& head) {
    if (auto it = head.labels.find("dienststelle"); it != head.labels.end()) {
        // "TBA/Wifö", "Amt für Stadtentwicklung/ Wirtschaftsförderung": the leading office.
        std::string value = it->second;
        std::size_t slash = value.find('/');
        if (slash != std::string::npos && slash > 1) {
            value = std::string(trim(std::string_view(value).substr(0, slash)));
        }
        return expand_office(value);
    }
    for (std::size_t i = 0; i < head.lines.size() && i < 20; ++i) {
        for (std::string_view cell : cells(head.lines[i])) {
            if (starts_with_ci(cell, "Amt Amt ")) {
                return std::string(cell.substr(4));
            }
        }
    }
    if (auto value = cell_below(head, "Stadtamt")) {
        return *value;
    }
    return letterhead_office(head);
}

std::string find_dezernat(const Head& head) {
    if (auto it = head.labels.find("verantwortlich"); it != head.labels.end()) {
        std::string_view v = it->second;
        if (starts_with_ci(v, "Dez. ") || starts_with_ci(v, "Dez ")) {
            return "Dezernat " + std::string(trim(v.substr(v.find(' ') + 1)));
        }
        if (starts_with_ci(v, "Dezernat ")) {
            return std::string(v);
        }
    }
    for (std::size_t i = 0; i < head.lines.size() && i < 20; ++i) {
        for (std::string_view cell : cells(head.lines[i])) {
            if (starts_with_ci(cell, "Dezernat ")) {
                std::size_t end = cell.find(' ', 9);
                return std::string(cell.substr(0, end));
            }
        }
    }
    return {};
}
} // namespace

void extract_offices(const Head& head, CouncilDocument& doc) {
    doc.body = find_body(head);
    doc.amt = find_amt(head);
    doc.dezernat = find_dezernat(head);
}

} // namespace ratsarchiv::indexer::extract
