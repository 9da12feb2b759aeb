// The issuing office of a paper that prints no Dienststelle: older Karlsruhe Stellungnahmen
// ("Vorlage Nr.: / Verantwortlich: Dez. 4" without an office column) and motions (Antrag,
// Anfrage, Änderungsantrag) name the office that answers them only in their text: "Das
// Stadtplanungsamt bereitet derzeit ...", "Die Ortsverwaltung Grötzingen wird gebeten ...".
#pragma once

#include <string>
#include <string_view>

#include "indexer/extract/layout.h"

namespace ratsarchiv::indexer::extract {

/// The first municipal office named in `text` in its nominative form ("des Gartenbauamtes" ->
/// "Gartenbauamt", "der Ortsverwaltung Grö." -> "Ortsverwaltung Grötzingen"), or "" when there
/// is none. Offices of other authorities (Landratsamt, Finanzamt, Bundesamt ...), the
/// Ehrenamt and the Bürgermeisteramt (the administration as a whole) are not offices here.
std::string first_office_mention(std::string_view text);

/// first_office_mention() over the head's lines from the type heading on, joined as
/// paragraphs (line-break hyphens rejoined).
std::string office_named_in_head(const Head& head);

/// The full name of a Karlsruhe Ortschaft that `place` abbreviates ("Grö.", "Wo"), or ""
/// when it names none or several.
std::string_view ortschaft_named(std::string_view place);

} // namespace ratsarchiv::indexer::extract
