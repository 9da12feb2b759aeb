// Writes documents into a Xapian database on disk, replacing by stable id.
#pragma once

#include <cstdint>
#include <string>

#include <xapian.h>

#include "schema/analysis/german_analyzer.h"
#include "schema/council_document.h"
#include "schema/visibility.h"

namespace ratsarchiv::indexer {

/// Owns the writable database. One writer per database (Xapian's lock enforces it).
class IndexWriter {
public:
    /// Opens or creates the database at `db_path`.
    IndexWriter(const std::string& db_path, const analysis::GermanAnalyzer& analyzer,
                schema::VisibilityPolicy policy);

    /// Adds or replaces the document (identity: archive + source).
    void add(const CouncilDocument& doc);

    /// Makes everything added so far durable and visible to readers.
    void commit();

    /// Documents added since opening.
    std::uint64_t added() const { return added_; }

private:
    Xapian::WritableDatabase db_;
    const analysis::GermanAnalyzer& analyzer_;
    schema::VisibilityPolicy policy_;
    std::int64_t started_at_;
    std::uint64_t added_ = 0;
};

} // namespace ratsarchiv::indexer
