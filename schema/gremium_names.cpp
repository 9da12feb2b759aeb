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

// Genitive forms as in "Sitzung des Personal- und Organisationsausschusses".
std::string nominative(std::string name) {
    constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kEndings{{
        {"ausschusses", "ausschuss"},
        {"rates", "rat"},
        {"rats", "rat"},
        {"beirates", "beirat"},
        {"tages", "tag"},
    }};
    for (const auto& [genitive, base] : kEndings) {
        if (ends_with(name, genitive)) {
            name.resize(name.size() - genitive.size());
            name += base;
            return name;
        }
    }
    return name;
}

// A token a Beratungsfolge row leaves in front of the next Gremium name when PDF output runs
// the cells together: TOP numbers ("8.2"), cross marks, Ö/N and role or result words.
bool row_remnant(std::string_view token) {
    constexpr std::array<std::string_view, 16> kWords{"x",
                                                      "X",
                                                      "Ö",
                                                      "N",
                                                      "ö",
                                                      "nö",
                                                      "Vorberatung",
                                                      "Entscheidung",
                                                      "Kenntnisnahme",
                                                      "Behandlung",
                                                      "Beratung",
                                                      "vorberaten",
                                                      "beschlossen",
                                                      "-abgesetzt-",
                                                      "Anhörung",
                                                      "Anhörungen"};
    bool number = !token.empty();
    for (char c : token) {
        number = number && ((c >= '0' && c <= '9') || c == '.');
    }
    for (std::string_view w : kWords) {
        if (token == w) {
            return true;
        }
    }
    return number;
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
        if (!date_cell) {
            break;
        }
        s.remove_suffix(last.size() + 1);
    }
    for (std::string_view role : {" (zur Kenntnis)", " (Vorberatung)", " (Entscheidung)"}) {
        if (ends_with(s, role)) {
            s.remove_suffix(role.size());
        }
    }
    return s;
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
    if (starts_with(s, "Gemeinderates")) {
        return "Gemeinderat" + std::string(s.substr(13));
    }
    return corrected_council(nominative(std::string(s)));
}

} // namespace ratsarchiv::schema
