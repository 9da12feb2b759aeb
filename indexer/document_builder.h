// Turns a CouncilDocument into the Xapian document the index stores: terms (via the shared
// analyzer and the field table), value slots and the stored JSON.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/analysis/german_analyzer.h"
#include "schema/analysis/word_pairs.h"
#include "schema/council_document.h"
#include "schema/visibility.h"

namespace ratsarchiv::indexer {

/// A document ready to be written: what goes into each part of the index (index_layout.h).
struct BuiltDocument {
    /// For the public part: a public document, or the public view of a partly restricted one.
    std::optional<Xapian::Document> public_copy;
    /// For the restricted part: a non-public document, or a partly restricted one in full.
    std::optional<Xapian::Document> restricted_copy;
    std::string id_term;                     ///< unique term to replace by
    std::vector<std::string> spelling_words; ///< empty for non-public documents
};

/// Builds the index form of `doc`. Completion and spelling words are produced only for public
/// documents, so they can never reveal a non-public one. Full text gets the word pair terms of
/// `pairs` (the index's pair words; null: none).
BuiltDocument build_document(const CouncilDocument& doc, const analysis::GermanAnalyzer& analyzer,
                             schema::Visibility visibility, std::int64_t indexed_at,
                             const analysis::PairWords* pairs = nullptr);

/// Whether a vocabulary word goes into the spelling table (length 3 to 40 bytes).
bool is_spelling_word(const std::string& word);

/// The ISO date as "yyyymmdd", a year alone as "yyyy0000", "" for anything else.
std::string date_slot_value(const std::string& iso_date);

} // namespace ratsarchiv::indexer
