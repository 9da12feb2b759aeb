// The public status of one Beratungsfolge row, read from the table's status column: Karlsruhe's
// "ö nö" cross columns (the cross's position kept as column spacing, or on a line of its own),
// "Ö / N" letter columns and "Öffentlichkeitsstatus" word columns ("ö", "nö"). PDF text often
// wraps a row after its date: the TOP, the status and the role then stand on the next line
// ("Haupt- und Finanzausschuss 11.11.2025" / "7 N Vorberatung").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "indexer/extract/layout.h"
#include "schema/council_document.h"

namespace ratsarchiv::indexer::extract {

/// Sets `step.is_public` from the status column of the row at head line `row`. `rest` is the
/// row's text after its date, `columns` the table's header lines joined by '\n'. A table
/// without a known status column leaves the step as it is.
void read_public_column(const Head& head, std::size_t row, std::string_view rest,
                        const std::string& columns, BeratungStep& step);

/// Which column of an "ö nö" pair a cross stands in, from the spacing of the raw text after a
/// row's date ("4  X" nö, "17 X" ö); nullopt when there is no cross.
std::optional<bool> crossed_column(std::string_view raw_rest);

/// The status an "Ö / N" (or "ö"/"nö") token in `rest` gives; nullopt when there is none.
std::optional<bool> status_letter(std::string_view rest);

/// A label block's Gremium named as its session ("Öffentliche Sitzung des Ortschaftsrates
/// Wolfartsweier", "nicht öffentliche Sitzung der ..."): sets `status` from the session's
/// status words (nullopt for "Öffentliche/Nicht öffentliche") and returns the committee's
/// words; returns `name` unchanged when it names no session with a status.
std::string_view strip_session_status(std::string_view name, std::optional<bool>& status);

} // namespace ratsarchiv::indexer::extract
