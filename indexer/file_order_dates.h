// Dating an index's undated documents by file order (indexer/extract/file_order_years.h), after
// a run has written them: a document's year depends on its neighbours, which a run may add or
// remove, so the documents without a date of their own are looked at again after every run.
#pragma once

#include <cstdint>

#include <xapian.h>

namespace ratsarchiv::indexer {

/// What one pass changed.
struct FileOrderDating {
    std::uint64_t dated = 0;   ///< documents that got (or changed) a year from their neighbours
    std::uint64_t undated = 0; ///< documents whose neighbours no longer agree: year taken away
};

/// Gives each document of the parts that states no date the year its file-order neighbours
/// agree on (date_source "file_order"), in both parts of an index; nothing is committed. The
/// public part's documents are dated only by public documents, so that no year of a
/// non-public one shows through; the restricted part's by both.
FileOrderDating date_by_file_order(Xapian::WritableDatabase& public_part,
                                   Xapian::WritableDatabase& restricted_part);

} // namespace ratsarchiv::indexer
