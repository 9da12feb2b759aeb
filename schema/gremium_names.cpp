// Gremium name normalization (see gremium_names.h).
#include "schema/gremium_names.h"

#include <array>

#include "schema/text_fold.h"

namespace ratsarchiv::schema {

namespace {
bool starts_with(std::string_view s, std::string_view p) {
    return s.substr(0, p.size()) == p;
}
bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// "23. Plenarsitzung ", "5. Sitzung ", "12. öffentliche Sitzung des ": a session, not a name.
std::string_view strip_session(std::string_view s) {
    for (std::string_view session :
         {"Öffentliche Sitzung des ", "öffentliche Sitzung des ", "Öffentliche Sitzung der ",
          "öffentliche Sitzung der ", "für die Sitzung des ", "für die Sitzung der ",
          "Sitzung des ", "Sitzung der "}) {
        if (starts_with(s, session)) {
            return s.substr(session.size());
        }
    }
    std::size_t i = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        ++i;
    }
    if (i == 0 || i + 1 >= s.size() || s[i] != '.' || s[i + 1] != ' ') {
        return s;
    }
    std::string_view rest = s.substr(i + 2);
    constexpr std::array<std::string_view, 6> kSessions{
        "Plenarsitzung des ", "Plenarsitzung ", "Sitzung des ",
        "Sitzung der ",       "Sitzung ",       "öffentliche Sitzung "};
    for (std::string_view session : kSessions) {
        if (starts_with(rest, session)) {
            return rest.substr(session.size());
        }
    }
    return s;
}

// Genitive forms as in "Sitzung des Personal- und Organisationsausschusses", "des Ausschusses
// für Umwelt und Gesundheit", "des Ortsbeirates Mitte": the committee's head noun is the first
// word that ends in a committee noun; in the genitive it is put back into its own form, wherever
// it stands in the name.
std::string nominative(std::string name) {
    constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kEndings{{
        {"ausschusses", "ausschuss"},
        {"rates", "rat"},
        {"rats", "rat"},
        {"beirates", "beirat"},
        {"tages", "tag"},
        {"gremiums", "gremium"},
    }};
    constexpr std::array<std::string_view, 7> kNominatives{
        "ausschuss", "rat", "beirat", "tag", "gremium", "vertretung", "kommission"};
    std::size_t begin = 0;
    while (begin < name.size()) {
        std::size_t end = name.find(' ', begin);
        if (end == std::string::npos) {
            end = name.size();
        }
        std::string_view word = std::string_view(name).substr(begin, end - begin);
        std::string lower(word);
        if (!lower.empty() && lower[0] >= 'A' && lower[0] <= 'Z') {
            lower[0] = static_cast<char>(lower[0] + 32); // "Ausschusses" as "ausschusses"
        }
        for (const auto& [genitive, base] : kEndings) {
            if (ends_with(lower, genitive)) {
                // The base keeps the word's own first letter: "Ausschusses" -> "Ausschuss".
                std::size_t cut = end - genitive.size();
                return name.substr(0, cut) + name.substr(cut, base.size()) + name.substr(end);
            }
        }
        for (std::string_view noun : kNominatives) {
            if (ends_with(lower, noun)) {
                return name; // already in its own form: a later genitive belongs to the name
            }
        }
        begin = end + 1;
    }
    return name;
}

// A token a Beratungsfolge row leaves in front of the next Gremium name when PDF output runs
// the cells together: TOP numbers ("8.2"), check boxes and cross marks, Ö/N, and role or result
// words in either case ("Vorberatung", "einstimmig Zustimmung", "mehrheitlich zugestimmt").
bool row_remnant(std::string_view token) {
    constexpr std::array<std::string_view, 24> kWords{"x",
                                                      "ö",
                                                      "n",
                                                      "nö",
                                                      "vorberatung",
                                                      "entscheidung",
                                                      "kenntnisnahme",
                                                      "behandlung",
                                                      "beratung",
                                                      "vorberaten",
                                                      "beschlossen",
                                                      "-abgesetzt-",
                                                      "anhörung",
                                                      "anhörungen",
                                                      "einstimmig",
                                                      "mehrheitlich",
                                                      "zugestimmt",
                                                      "zustimmung",
                                                      "empfehlung",
                                                      "offenlage",
                                                      "☐",
                                                      "☒",
                                                      "☑",
                                                      "abgelehnt"};
    bool number = !token.empty();
    for (char c : token) {
        number = number && ((c >= '0' && c <= '9') || c == '.');
    }
    std::string lower(token);
    if (!lower.empty() && lower.back() == ')' && lower.find('(') == std::string::npos) {
        lower.pop_back(); // "Empfehlung)": the rest of a note in the row before
    }
    for (char& c : lower) {
        c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    if (lower.rfind("\xC3\x96", 0) == 0) { // Ö
        lower[1] = '\xB6';
    }
    for (std::string_view w : kWords) {
        if (lower == w) {
            return true;
        }
    }
    // The kind of decision ("Auslegungsbeschluss Gemeinderat"), an inflected result word
    // ("einstimmige"), the table's header run together ("GremiumTerminTOPÖNÖErgebnis").
    return number || ends_with(lower, "beschluss") || lower.rfind("einstimmig", 0) == 0 ||
           lower.rfind("gremiumtermin", 0) == 0;
}

// "Gemeinderat (Auslegungsbeschluss)", "Bauausschuss (verwiesen aus GR)": a note on the step in
// parentheses, not part of the name; "(AUG)"-style abbreviations of the name stay.
std::string_view strip_step_note(std::string_view s) {
    if (s.empty() || s.back() != ')') {
        return s;
    }
    std::size_t open = s.rfind(" (");
    if (open == std::string_view::npos) {
        return s;
    }
    std::string_view note = s.substr(open + 2, s.size() - open - 3);
    bool lower_case = !note.empty() && note[0] >= 'a' && note[0] <= 'z';
    bool decision = ends_with(note, "beschluss") || ends_with(note, "Beschluss");
    return lower_case || decision ? s.substr(0, open) : s;
}

// "5 Ö Entscheidung Planungsausschuss" -> "Planungsausschuss"; "Gemeinderat 07./" (a date cell
// broken across the name) -> "Gemeinderat"; "Gemeinderat (zur Kenntnis)" -> "Gemeinderat".
std::string_view strip_row_remnants(std::string_view s) {
    for (std::size_t space = s.find(' '); space != std::string_view::npos && space + 1 < s.size();
         space = s.find(' ')) {
        if (!row_remnant(s.substr(0, space))) {
            break;
        }
        s.remove_prefix(space + 1);
    }
    for (std::size_t space = s.rfind(' '); space != std::string_view::npos; space = s.rfind(' ')) {
        std::string_view last = s.substr(space + 1);
        bool date_cell =
            !last.empty() && last.find_first_not_of("0123456789./") == std::string_view::npos;
        bool dash = last == "-" || last == "\xE2\x80\x93"; // "Gemeinderat - Offenlage -"
        if (!date_cell && !dash && !row_remnant(last)) {
            break;
        }
        s.remove_suffix(last.size() + 1);
        if (ends_with(s, " -") || ends_with(s, " \xE2\x80\x93")) {
            s.remove_suffix(ends_with(s, " -") ? 2 : 4);
        }
    }
    // "Gemeinderat Gemeinderat": one name printed twice by a broken table.
    std::size_t half = s.size() / 2;
    if (s.size() % 2 == 1 && s[half] == ' ' && s.substr(0, half) == s.substr(half + 1)) {
        s = s.substr(0, half);
    }
    for (std::string_view role : {" (zur Kenntnis)", " (Vorberatung)", " (Entscheidung)"}) {
        if (ends_with(s, role)) {
            s.remove_suffix(role.size());
        }
    }
    return strip_step_note(s);
}

// "Gemeinderatssitzung" and "Plenarsitzung Gemeinderat" name a session of the Gemeinderat.
std::string strip_session_word(std::string_view s) {
    if (starts_with(s, "Plenarsitzung ")) {
        s.remove_prefix(14);
    }
    for (std::string_view body : {"Gemeinderat", "Ortschaftsrat"}) {
        if (starts_with(s, body) && s.substr(body.size()) == "ssitzung") {
            return std::string(body);
        }
    }
    return std::string(s);
}

// True when `a` becomes `b` by one inserted, deleted, replaced or swapped byte.
bool one_edit_apart(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) {
        std::swap(a, b);
    }
    if (b.size() - a.size() > 1) {
        return false;
    }
    std::size_t i = 0;
    while (i < a.size() && a[i] == b[i]) {
        ++i;
    }
    if (a.size() == b.size()) {
        return a.substr(i + 1) == b.substr(i + 1) ||
               (i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
                a.substr(i + 2) == b.substr(i + 2));
    }
    return a.substr(i) == b.substr(i + 1);
}

// "Gemeiderat", "Gemeinderrat", "Gemeindrat": a typing error in the council's own name. Only
// the councils themselves are corrected; committee names are too alike to guess at.
std::string corrected_council(std::string name) {
    std::size_t space = name.find(' ');
    std::string_view first = std::string_view(name).substr(0, space);
    for (std::string_view council : {"Gemeinderat", "Ortschaftsrat", "Stadtrat"}) {
        if (first != council && first.size() >= 8 && one_edit_apart(first, council)) {
            return std::string(council) +
                   (space == std::string::npos ? std::string() : name.substr(space));
        }
    }
    return name;
}

// Persons (Der Oberbürgermeister, Die Oberbürgermeisterin) keep their article: it is how the
// office is named on the paper; committees lose it.
bool names_a_person(std::string_view rest) {
    return starts_with(rest, "Oberbürgermeister") || starts_with(rest, "Bürgermeister") ||
           starts_with(rest, "Beigeordnete") || starts_with(rest, "Landrat");
}
} // namespace

std::string normalize_gremium(std::string_view name) {
    std::string folded = fold_whitespace(name);
    std::string_view s = folded;
    while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ':')) {
        s.remove_suffix(1);
    }
    s = strip_row_remnants(strip_session(s));
    std::string unsessioned = strip_session_word(s);
    s = unsessioned;
    for (std::string_view article : {"Der ", "Die ", "Das ", "des ", "der ", "dem ", "den "}) {
        if (starts_with(s, article) && !names_a_person(s.substr(article.size()))) {
            s.remove_prefix(article.size());
            break;
        }
    }
    // The genitive of a council before its place: "Ortschaftsrates Wolfartsweier".
    for (std::string_view council : {"Gemeinderates", "Ortschaftsrates"}) {
        if (starts_with(s, council)) {
            return corrected_council(std::string(council.substr(0, council.size() - 2)) +
                                     std::string(s.substr(council.size())));
        }
    }
    return corrected_council(nominative(std::string(s)));
}

} // namespace ratsarchiv::schema
