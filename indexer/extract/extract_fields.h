// Field extraction from the decoded text of one council document.
#pragma once

#include <string_view>

#include "schema/council_document.h"

namespace ratsarchiv::indexer {

/// Fills the fields of `doc` (type, number, date, thema, body, amt, dezernat, signatory,
/// public, beratungsfolge, refs, attachments) from `text`. Never throws on odd content: what
/// cannot be found stays empty, and problems are added to doc.diagnostics.
void extract_fields(std::string_view text, CouncilDocument& doc);

} // namespace ratsarchiv::indexer
