// Document type vocabulary (see document_types.h).
#include "schema/document_types.h"

#include <algorithm>

#include "schema/text_fold.h"

namespace ratsarchiv::schema {

namespace {
// Folded heading word -> vocabulary type. Longer words first where one contains another.
struct TypeWord {
    std::string_view folded;
    std::string_view type;
};
constexpr std::array<TypeWord, 33> kTypeWords{{
    {"drucksache", "Beschlussvorlage"},
    {"ergaenzungsanfrage", "Anfrage"},
    {"interfraktionelleranfrage", "Anfrage"},
    {"interfraktionelleanfrage", "Anfrage"},
    {"interfraktionelleraenderungsantrag", "Änderungsantrag"},
    {"interfraktionellerergaenzungsantrag", "Änderungsantrag"},
    {"beschlussvorlage", "Beschlussvorlage"},
    {"informationsvorlage", "Informationsvorlage"},
    {"mitteilungsvorlage", "Informationsvorlage"},
    {"stellungnahme", "Stellungnahme"},
    {"aenderungsantrag", "Änderungsantrag"},
    {"ergaenzungsantrag", "Änderungsantrag"},
    {"interfraktionellerantrag", "Antrag"},
    // "GEMEINSAMER ANTRAG" of several Fraktionen, "Ergänzungs-/Änderungsantrag" (the heading
    // key keeps the slash).
    {"gemeinsamerantrag", "Antrag"},
    {"gemeinsameanfrage", "Anfrage"},
    {"gemeinsameraenderungsantrag", "Änderungsantrag"},
    {"ergaenzungs/aenderungsantrag", "Änderungsantrag"},
    {"aenderungs/ergaenzungsantrag", "Änderungsantrag"},
    {"interfraktionelleranfrage", "Anfrage"},
    {"pruefantrag", "Antrag"},
    {"dringlichkeitsantrag", "Antrag"},
    {"antrag", "Antrag"},
    {"anfrage", "Anfrage"},
    {"kleineanfrage", "Anfrage"},
    {"grosseanfrage", "Anfrage"},
    {"niederschrift", "Niederschrift"},
    {"protokoll", "Niederschrift"},
    {"information", "Information"},
    {"mitteilung", "Mitteilung"},
    {"vorlage", "Vorlage"},
    {"anlage", "Anlage"},
    {"beschluss", "Beschluss"},
    {"beschlussauszug", "Beschluss"},
}};

// The heading without spaces and with its first word(s) folded: "I N F O R M A T I O N" and
// "STELLUNGNAHME zum Antrag" both become comparable keys.
std::string heading_key(std::string_view line) {
    std::string folded = fold_keyword(line);
    std::string key;
    for (char c : folded) {
        if (c != ' ' && c != '-' && c != '\t') {
            key += c;
        }
    }
    return key;
}
} // namespace

std::string normalize_document_type(std::string_view line) {
    if (line.size() > 80) {
        return {};
    }
    std::string key = heading_key(line);
    // "stellungnahmezumantrag", "stellungnahmederverwaltung": the heading word comes first.
    for (const auto& word : kTypeWords) {
        if (key == word.folded) {
            return std::string(word.type);
        }
    }
    if (key.rfind("stellungnahme", 0) == 0) {
        return "Stellungnahme";
    }
    if (key.rfind("niederschrift", 0) == 0) {
        return "Niederschrift";
    }
    // "Anlage 1", "Anlage 2a": an attachment filed as its own document.
    if (key.rfind("anlage", 0) == 0 && key.size() > 6 && key.size() <= 9 && key[6] >= '0' &&
        key[6] <= '9') {
        return "Anlage";
    }
    return {};
}

bool submits_itself(std::string_view type) {
    return type == "Antrag" || type == "Anfrage" || type == "\xC3\x84nderungsantrag";
}

bool is_document_type(std::string_view type) {
    return std::find(kDocumentTypes.begin(), kDocumentTypes.end(), type) != kDocumentTypes.end();
}

} // namespace ratsarchiv::schema
