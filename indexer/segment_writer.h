// A fresh index is built as segments: each pipeline worker writes its documents into a series of
// small Xapian databases of its own, begun empty and committed once, and at the end Xapian's
// compactor merges them all into the index. Writing into an empty database is the cheapest write
// Xapian has (no merge with postings already on disk), both cores write at once instead of one
// writer thread bounding the run, and the compactor leaves the tables fully packed (a database
// grown by many commits has half-empty blocks: Karlsruhe's 2.3 GB compacted to 1.3 GB).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "indexer/document_builder.h"
#include "schema/analysis/word_pairs.h"

namespace ratsarchiv::indexer {

/// When a segment is closed and the next begun: Xapian holds a segment in memory until its
/// commit, so these bound the memory of each worker.
struct SegmentLimits {
    std::uint64_t max_documents = 500;
    std::uint64_t max_text_bytes = std::uint64_t{8} << 20;
};

/// Spelling words and the number of documents each is found in.
using SpellingCounts = std::unordered_map<std::string, Xapian::termcount>;

/// One series of segments of one part of the index (schema/index_layout.h).
class SegmentSeries {
public:
    /// Segments are created as `directory`/`name`-0, -1, ...
    SegmentSeries(std::string directory, std::string name, SegmentLimits limits);

    void add(const Xapian::Document& doc, std::uint64_t text_bytes);
    /// The open segment, begun if there is none (for the spelling counts).
    Xapian::WritableDatabase& current();
    /// Commits the last segment; returns the paths of all segments.
    std::vector<std::string> finish();

private:
    void begin_segment();

    std::string directory_;
    std::string name_;
    SegmentLimits limits_;
    std::optional<Xapian::WritableDatabase> db_;
    std::vector<std::string> paths_;
    std::uint64_t documents_ = 0;
    std::uint64_t text_bytes_ = 0;
};

/// The segments of both parts of a fresh index, of one worker.
struct WorkerSegments {
    std::vector<std::string> public_part;
    std::vector<std::string> restricted_part;
};

/// One worker's segments. Not thread-safe: one per worker.
class SegmentWriter {
public:
    /// Segments are created as `directory`/`name`-public-0, ..., -restricted-0, ...
    SegmentWriter(const std::string& directory, const std::string& name, SegmentLimits limits = {});

    /// Adds a built document of `text_bytes` bytes of text.
    void write(BuiltDocument&& built, std::uint64_t text_bytes);

    /// Commits both series.
    WorkerSegments finish();

    /// The spelling words of every document this worker wrote, with their document counts
    /// (handed over once, after finish(), to write_spelling_segments).
    SpellingCounts take_spelling() { return std::move(spelling_); }

private:
    SegmentSeries public_;
    SegmentSeries restricted_;
    SpellingCounts spelling_;
};

/// Writes the spelling words of all workers into `threads` spelling-only segments in
/// `directory`, built at once, each word in exactly one of them with its summed count, and
/// returns their paths (the compactor merges them with the public segments). Each worker's own
/// table would hold every common word again: Xapian's spelling table was a quarter of a
/// fresh build's time, and writing each word once, on both cores, takes a third of that off.
std::vector<std::string> write_spelling_segments(std::vector<SpellingCounts>&& counts,
                                                 const std::string& directory, unsigned threads);

/// Merges `segments` into a new database at `target` (which must not exist yet) with Xapian's
/// compactor and records the pair words its documents were built with.
void merge_segments(const std::vector<std::string>& segments, const std::string& target,
                    const analysis::PairWords& pairs);

/// Merges the workers' segments into a new index at `target` (both parts and the stub).
void merge_index(const std::vector<WorkerSegments>& workers, const std::string& target,
                 const analysis::PairWords& pairs);

/// Compacts the index at `source` (both parts) into a new index at `target`, both parts at once.
void compact_index(const std::string& source, const std::string& target);

} // namespace ratsarchiv::indexer
