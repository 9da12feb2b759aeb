// From raw bytes to a CouncilDocument: decode, extract fields, assign identity.
#pragma once

#include "indexer/read/raw_file.h"
#include "schema/council_document.h"

namespace ratsarchiv::indexer {

/// Reads one council file as far as possible. Never throws for bad content: problems are in
/// the returned document's diagnostics and the full text is kept.
CouncilDocument read_council_document(const RawFile& file);

} // namespace ratsarchiv::indexer
