// body, amt and dezernat: the Körperschaft heading ("Landeshauptstadt Magdeburg - Die
// Oberbürgermeisterin -", "STADT ASCHERSLEBEN"), the issuing office ("Dienststelle:", Magdeburg's
// "Amt Amt 12" or "Stadtamt" column) and the Dezernat ("Verantwortlich: Dez. 6", "Dezernat OB").
#include <algorithm>
#include <array>

#include "indexer/extract/field_extractors.h"
#include "indexer/extract/office_mentions.h"
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

// "OV Grötzingen", "OV Wo", "Ortsverwaltung Grö.": Ortsverwaltung plus the place its short
// form names uniquely; an ambiguous short form stays as written.
std::string ortsverwaltung(std::string_view place) {
    std::string_view full = ortschaft_named(place);
    return "Ortsverwaltung " + std::string(full.empty() ? place : full);
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

// "Team Sauberes Karlsruhe": every word capitalized, a name of its own. "Fußballstadion im
// Wildpark" describes the business and is named together with "Eigenbetrieb".
bool is_proper_name(std::string_view s) {
    if (s.size() < 3) {
        return false;
    }
    for (std::size_t start = 0; start < s.size();) {
        std::size_t space = s.find(' ', start);
        std::string_view word =
            s.substr(start, space == std::string_view::npos ? s.npos : space - start);
        if (!word.empty() && !starts_upper(word)) {
            return false;
        }
        start = space == std::string_view::npos ? s.size() : space + 1;
    }
    return true;
}

// "Verantwortlich: Dez. 1" / "Dienststelle:" with nothing after it: the one-line label layout
// whose office cell was left empty.
bool empty_dienststelle_line(const Head& head) {
    for (std::size_t i = 0; i < head.lines.size() && i < 25; ++i) {
        std::string_view line = trim(head.lines[i]);
        if (equals_ci(line, "Dienststelle:")) {
            return true;
        }
    }
    return false;
}

// A Dienststelle value as the facet shows it: "TBA/Wifö" and "Amt für Stadtentwicklung/
// Wirtschaftsförderung" name their leading office; "Eigenbetrieb Team Sauberes Karlsruhe" is the
// Eigenbetrieb "Team Sauberes Karlsruhe"; short forms are expanded.
std::string dienststelle_office(std::string value) {
    std::size_t slash = value.find('/');
    if (slash != std::string::npos && slash > 1) {
        value = std::string(trim(std::string_view(value).substr(0, slash)));
    }
    constexpr std::string_view kEigenbetrieb = "Eigenbetrieb ";
    if (value.starts_with(kEigenbetrieb) && is_proper_name(value.substr(kEigenbetrieb.size()))) {
        value.erase(0, kEigenbetrieb.size());
    }
    // "Ordnungs – und Bürgeramt": a dash typed with spaces around it.
    for (std::size_t p = value.find(" \xE2\x80\x93 und "); p != std::string::npos;
         p = value.find(" \xE2\x80\x93 und ")) {
        value.replace(p, 5, "- ");
    }
    return expand_office(value);
}

// A Dienststelle that names no single office: left empty, "versch." (several).
bool names_no_office(std::string_view value) {
    return value.empty() || equals_ci(value, "versch.") || equals_ci(value, "verschiedene") ||
           value == "Ortsverwaltung" || value == "Stadtamt";
}

std::string find_amt(const Head& head, const std::string& dezernat) {
    if (auto it = head.labels.find("dienststelle"); it != head.labels.end()) {
        std::string value = dienststelle_office(it->second);
        if (!names_no_office(value)) {
            return value;
        }
        // The Dezernat answers for a paper of several of its offices.
        if (!dezernat.empty() && value != "Ortsverwaltung" && value != "Stadtamt") {
            return dezernat;
        }
    }
    if (!dezernat.empty() && head.labels.count("dienststelle") == 0 &&
        empty_dienststelle_line(head)) {
        return dezernat;
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
    if (std::string office = letterhead_office(head); !office.empty()) {
        return office;
    }
    // A Stellungnahme answers for the office that wrote it, a motion asks an office to act:
    // without an office column both name that office in their text (an older Stellungnahme:
    // "Das Stadtplanungsamt bereitet derzeit ..."; an Antrag: "Die Ortsverwaltung Grötzingen
    // wird gebeten ..."). Other papers name offices they merely concern.
    constexpr std::array<std::string_view, 4> kAnsweringTypes{"Stellungnahme", "Antrag", "Anfrage",
                                                              "\xC3\x84nderungsantrag"};
    if (std::find(kAnsweringTypes.begin(), kAnsweringTypes.end(), head.type) ==
        kAnsweringTypes.end()) {
        return {};
    }
    return office_named_in_head(head);
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
    doc.dezernat = find_dezernat(head);
    doc.amt = find_amt(head, doc.dezernat);
}

} // namespace ratsarchiv::indexer::extract
