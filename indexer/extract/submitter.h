// submitters: who submitted an Antrag, Anfrage or amendment, as the paper names them itself. A
// format rule over the places council papers print it: the lines under the type heading
// ("ANTRAG" / "CDU-Gemeinderatsfraktion" / "Stadtrat Max Muster (BSP)"), a heading that says it
// ("Antrag der SPD-Ortschaftsratsfraktion"), the label line of the newer layout
// ("Interfraktioneller Antrag: GRÜNE, SPD"), a sender label ("Absender", "Antragsteller:") and
// the signature block ("Unterzeichnet von:"). The same list reader reads who submitted the paper
// an answer (Stellungnahme) replies to, so both name a group alike.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "schema/council_document.h"

namespace ratsarchiv::indexer::extract {

/// The submitters a list names, as written but each group as the Fraktion it stands for and
/// each person without the office: "CDU, SPD" -> "CDU-Fraktion", "SPD-Fraktion"; "Stadträtin
/// Anna Beispiel (Fraktion DIE LINKE)" -> "Anna Beispiel", "Fraktion DIE LINKE"; "Stadträte Max
/// Muster und Eva Probe (BSP)" -> "Max Muster", "Eva Probe", "BSP-Fraktion" (the group in
/// brackets is the councillors' group; "(pl)", parteilos, is none). Where `ortschaft` is not
/// empty (the
/// paper goes first to that place's Ortschaftsrat), a group is that Ortschaftsrat's: "SPD",
/// "SPD-OR-Fraktion" -> "SPD-Ortschaftsratsfraktion Durlach". Anything else (an association,
/// an Ortsverwaltung, an Ortschaftsrat) as written. Nothing for a list that is no list of
/// submitters (a title: lower-case words, digits).
std::vector<std::string> read_submitter_list(std::string_view list,
                                             std::string_view ortschaft = {});

/// "Durlach" when the first step of the paper's Beratungsfolge is the Ortschaftsrat Durlach;
/// "" otherwise.
std::string first_ortschaft(const CouncilDocument& doc);

} // namespace ratsarchiv::indexer::extract
