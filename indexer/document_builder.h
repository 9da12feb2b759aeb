// Turns a CouncilDocument into the Xapian document the index stores: terms (via the shared
// analyzer and the field table), value slots and the stored JSON.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "schema/analysis/german_analyzer.h"
#include "schema/council_document.h"
#include "schema/visibility.h"

namespace ratsarchiv::indexer {

/// A document ready to be written.
struct BuiltDocument {
    Xapian::Document xapian;
    std::string id_term;                     ///< unique term to replace by
    std::vector<std::string> spelling_words; ///< empty for non-public documents
};

/// Builds the index form of `doc`. Completion and spelling words are produced only for public
/// documents, so they can never reveal a non-public one.
BuiltDocument build_document(const CouncilDocument& doc, const analysis::GermanAnalyzer& analyzer,
                             schema::Visibility visibility, std::int64_t indexed_at);

/// The ISO date as "yyyymmdd", or "" when the date is not a full ISO date.
std::string date_slot_value(const std::string& iso_date);

} // namespace ratsarchiv::indexer
