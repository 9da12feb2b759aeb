// One indexing run: walk the inputs, read each council file, write it, report progress and a
// summary. The seam for incremental and parallel indexing later.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "indexer/read/source_walker.h"
#include "schema/visibility.h"

namespace ratsarchiv::indexer {

/// What to index and where.
struct IndexingOptions {
    std::string db_path;
    std::vector<std::string> paths;
    WalkOptions walk;
    schema::VisibilityPolicy policy;
    std::uint64_t commit_every = 10000; ///< documents per Xapian commit
    unsigned threads = 0;               ///< extraction/analysis workers; 0: one per core
    bool skip_unchanged = true;         ///< skip files whose content hash is already indexed
};

/// A file reported during the run, with the reason.
struct FileReport {
    std::string origin;
    std::string reason;
};

/// Counts of one run.
struct IndexingSummary {
    std::uint64_t indexed = 0;               ///< documents written
    std::uint64_t indexed_with_problems = 0; ///< written, but with diagnostics
    std::uint64_t failed = 0;                ///< could not be read at all
    std::uint64_t unchanged = 0;             ///< skipped: same content already indexed
    std::uint64_t bytes = 0;                 ///< raw bytes read
    double seconds = 0;
    std::vector<FileReport> failures; ///< the unreadable files, with reasons
    std::vector<FileReport> problems; ///< indexed files with diagnostics (first reason)
};

/// Called after each file: files done so far and bytes read so far.
using ProgressCallback = std::function<void(std::uint64_t files, std::uint64_t bytes)>;

/// Runs the indexing; throws only when the database itself cannot be opened or written.
IndexingSummary run_indexing(const IndexingOptions& options, const ProgressCallback& progress);

} // namespace ratsarchiv::indexer
