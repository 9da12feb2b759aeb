// Beratungsfolge steps of heads without a consultation table: the label block of older layouts
// ("Gremium: 36. Plenarsitzung Gemeinderat" / "Termin: 26.06.2012"), a one-row table the PDF
// emitted column by column ("Gremium" / "Termin" / "TOP" / "Status" / name / date / TOP /
// status), one row without a header ("Ortschaftsrat Wolfartsweier 04.03.2026 TOP 1 Ö
// Beschluss"), or a sentence "für die Sitzung des Personal- und Organisationsausschusses".
#pragma once

#include <string_view>

#include "indexer/extract/layout.h"
#include "schema/council_document.h"

namespace ratsarchiv::indexer::extract {

/// Appends the step(s) the first of these forms gives, when the head has one.
void read_block_steps(const Head& head, CouncilDocument& doc);

/// True when `name` can be a committee name ("" too: the name stands on the line before), not
/// a sentence with a date ("Am 9. Juni 2024 stehen ..."). Defined in beratungsfolge.cpp.
bool is_gremium_name(std::string_view name);

/// True for column markers and titles between Beratungsfolge rows ("x", "ö", "nö",
/// "Ergebnis", "Termin", ...). Defined in beratungsfolge.cpp.
bool is_beratung_marker(std::string_view line);

} // namespace ratsarchiv::indexer::extract
