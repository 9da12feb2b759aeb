// Sequential indexing pipeline: walk -> read_council_document -> IndexWriter.
#include "indexer/indexing_run.h"

#include <chrono>

#include <xapian.h>

#include "indexer/council_file.h"
#include "indexer/index_writer.h"
#include "schema/analysis/german_analyzer.h"

namespace ratsarchiv::indexer {

IndexingSummary run_indexing(const IndexingOptions& options, const ProgressCallback& progress) {
    auto start = std::chrono::steady_clock::now();
    analysis::GermanAnalyzer analyzer;
    IndexWriter writer(options.db_path, analyzer, options.policy);
    IndexingSummary summary;
    std::uint64_t since_commit = 0;

    walk_sources(
        options.paths, options.walk,
        [&](RawFile&& file) {
            summary.bytes += file.bytes.size();
            CouncilDocument doc = read_council_document(file);
            if (!doc.diagnostics.empty()) {
                ++summary.indexed_with_problems;
                const auto& d = doc.diagnostics.front();
                summary.problems.push_back({file.origin, d.field + ": " + d.reason});
            }
            try {
                writer.add(doc);
            } catch (const Xapian::Error& e) {
                ++summary.failed;
                summary.failures.push_back({file.origin, "index: " + e.get_description()});
                return;
            }
            ++summary.indexed;
            if (++since_commit >= options.commit_every) {
                writer.commit();
                since_commit = 0;
            }
            if (progress) {
                progress(summary.indexed + summary.failed, summary.bytes);
            }
        },
        [&](const WalkProblem& problem) {
            ++summary.failed;
            summary.failures.push_back({problem.origin, problem.reason});
        });
    writer.commit();
    summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

} // namespace ratsarchiv::indexer
