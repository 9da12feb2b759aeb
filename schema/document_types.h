// The fixed vocabulary of document types and the normalization of the words documents use for
// them ("BESCHLUSSVORLAGE", "Stellungnahme zur Anfrage", "I N F O R M A T I O N", ...).
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace ratsarchiv::schema {

/// Every type a document can have; the facet shows these spellings.
inline constexpr std::array<std::string_view, 12> kDocumentTypes{
    "Beschlussvorlage", "Informationsvorlage",
    "Vorlage",          "Information",
    "Antrag",           "Änderungsantrag",
    "Anfrage",          "Stellungnahme",
    "Niederschrift",    "Anlage",
    "Mitteilung",       "Beschluss"};

/// The vocabulary type named by a document's type line, or "" when the line names none.
/// Accepts upper case and letter-spaced headings; "Stellungnahme zum Antrag" is a
/// Stellungnahme, "Ergänzungsantrag" an Änderungsantrag, "Interfraktioneller Antrag" an
/// Antrag, "Protokoll" a Niederschrift.
std::string normalize_document_type(std::string_view line);

/// True when `type` is one of kDocumentTypes.
bool is_document_type(std::string_view type);

/// True for the types of papers that councillors and groups submit and that name their
/// submitters themselves: Antrag, Anfrage, Änderungsantrag.
bool submits_itself(std::string_view type);

} // namespace ratsarchiv::schema
