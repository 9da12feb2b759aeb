// Umlaut and ß spellings: people type "Buergermeister" and "Strasse" for "Bürgermeister" and
// "Straße". ß needs nothing here (case folding already maps it to "ss" on both sides); this file
// produces the ä/ae, ö/oe, ü/ue alternatives the query side looks up.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ratsarchiv::analysis {

/// "bürger" -> "buerger": the spelling without umlauts (input already case-folded).
std::string without_umlauts(std::string_view folded);

/// Every spelling of `folded` with some "ae"/"oe"/"ue" read as "ä"/"ö"/"ü" ("buerger" ->
/// "bürger"), the input itself excluded; at most 15 variants.
std::vector<std::string> umlaut_readings(std::string_view folded);

} // namespace ratsarchiv::analysis
