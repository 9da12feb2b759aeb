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
    s = strip_session(s);
    for (std::string_view article : {"Der ", "Die ", "Das ", "des ", "der ", "dem ", "den "}) {
        if (starts_with(s, article) && !names_a_person(s.substr(article.size()))) {
            s.remove_prefix(article.size());
            break;
        }
    }
    if (starts_with(s, "Gemeinderates")) {
        return "Gemeinderat" + std::string(s.substr(13));
    }
    return nominative(std::string(s));
}

} // namespace ratsarchiv::schema
