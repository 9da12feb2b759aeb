// One indexing run: walk the inputs, read each council file, write it, report progress and a
// summary. A fresh index is built in parallel segments merged at the end (segment_writer.h);
// an existing one is updated in place: changed files replaced, unchanged ones skipped, files
// that are gone removed.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "indexer/read/source_walker.h"
#include "indexer/segment_writer.h"
#include "schema/analysis/word_pairs.h"
#include "schema/visibility.h"

namespace ratsarchiv::indexer {

/// The years a shard per period holds: documents whose chosen date (their own, their
/// Beratungsfolge's, their number's year, ...) falls in [first, last], and undated ones only with
/// `undated`, so that each document of an archive goes to exactly one of its period shards.
struct YearPeriod {
    int first = 0;
    int last = 0;
    bool undated = false;

    /// Whether a document dated `date` ("yyyy", "yyyy-mm-dd" or "") belongs here.
    bool holds(const std::string& date) const;
    /// Appended to stored content hashes, so that a changed period re-reads unchanged files.
    std::string fingerprint() const;
};

/// Parses "2006-2015" or "2020" (one year); nullopt when malformed or reversed.
std::optional<YearPeriod> parse_year_period(const std::string& text);

/// What to index and where.
struct IndexingOptions {
    std::string db_path;
    std::vector<std::string> paths;
    WalkOptions walk;
    schema::VisibilityPolicy policy;
    std::uint64_t commit_every = 10000; ///< documents per Xapian commit
    unsigned threads = 0;               ///< extraction/analysis workers; 0: one per core
    bool skip_unchanged = true;         ///< skip files whose content hash is already indexed
    bool remove_gone = true;            ///< remove documents whose files a complete walk missed
    /// How the pair words of a new index are chosen, from its first `pair_sample` files.
    analysis::PairWordChoice pair_choice;
    std::size_t pair_sample = 1000;
    /// Segment size of a fresh build (bounds each worker's memory).
    SegmentLimits segment_limits;
    /// Also write the spelling part (indexer/spelling_part.h), for serving as a remote shard.
    bool spelling_part = false;
    /// A shard per period: only the documents of these years (others are left out, or removed
    /// from an existing index).
    std::optional<YearPeriod> period;
    /// The archive's file names follow publication order: date undated documents by their
    /// neighbours (file_order_dates.h). Not for a shard per period, which lacks the neighbours
    /// of the other periods.
    bool date_by_file_order = false;
};

/// A file reported during the run, with the reason.
struct FileReport {
    std::string origin;
    std::string reason;
};

/// Counts of one run.
struct IndexingSummary {
    std::uint64_t indexed = 0;               ///< documents written
    std::uint64_t indexed_with_problems = 0; ///< written, but with a real problem (Severity)
    std::uint64_t indexed_with_notes = 0;    ///< written, with notes only (a field not stated)
    std::uint64_t failed = 0;                ///< could not be read at all
    std::uint64_t unchanged = 0;             ///< skipped: same content already indexed
    std::uint64_t removed = 0;               ///< documents whose files are gone
    std::uint64_t outside_period = 0;        ///< left out: dated outside options.period
    std::uint64_t file_order_dated = 0;      ///< given a year by their file-order neighbours
    std::uint64_t file_order_undated = 0;    ///< whose file-order year was taken away again
    std::uint64_t bytes = 0;                 ///< raw bytes read
    bool fresh_build = false;                ///< built from scratch in segments
    /// The index had been left by a stopped commit; every file was indexed again to repair it.
    bool repaired_interrupted_commit = false;
    double seconds = 0;
    double spelling_seconds = 0;      ///< of `seconds`: writing a fresh build's spelling table
    double merge_seconds = 0;         ///< of `seconds`: merging the segments of a fresh build
    std::vector<FileReport> failures; ///< the unreadable files, with reasons
    std::vector<FileReport> problems; ///< files with real problems (first problem's reason)
    /// How many files had each kind of note ("number: no document number found").
    std::map<std::string, std::uint64_t> note_counts;
};

/// Called after each file: files done so far and bytes read so far.
using ProgressCallback = std::function<void(std::uint64_t files, std::uint64_t bytes)>;

/// Runs the indexing; throws only when the database itself cannot be opened or written.
IndexingSummary run_indexing(const IndexingOptions& options, const ProgressCallback& progress);

} // namespace ratsarchiv::indexer
