// Normalization of submitters (Fraktionen, Stadträtinnen and Stadträte), so that the spellings a
// city uses for one Fraktion are one person page: "CDU-Fraktion", "CDU-Gemeinderatsfraktion",
// "CDU Gemeinderatsfraktion", "Fraktion der CDU", "CDU-Ratsfraktion" are "CDU-Fraktion",
// "DIE LINKE.-Gemeinderatsfraktion" is "DIE LINKE-Fraktion". Different groups never merge: a
// party's group in an Ortschaftsrat ("SPD-Ortschaftsratsfraktion", "SPD-OR-Fraktion") is not its
// council group, and two parties' joint Antrag names both. Only the council-level word, the
// article, the hyphen and a party's closing point go; party names are kept as written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ratsarchiv::schema {

/// The normalized name of one submitter as written; "" when it names nobody.
std::string normalize_submitter(std::string_view name);

/// The submitters of a submitter text ("CDU-Gemeinderatsfraktion, GRÜNE-Gemeinderatsfraktion",
/// "SPD und FDP"), each normalized, without repeats.
std::vector<std::string> split_submitters(std::string_view text);

} // namespace ratsarchiv::schema
