// The indexing pipeline: the walker reads files in this thread, workers decode, extract and
// analyze in parallel, and one writer thread owns the Xapian database (Xapian objects are not
// thread-safe). Queues are bounded so memory stays flat on archives of any size.
#include "indexer/indexing_run.h"

#include <atomic>
#include <chrono>
#include <thread>

#include <xapian.h>

#include "indexer/bounded_queue.h"
#include "indexer/council_file.h"
#include "indexer/index_writer.h"
#include "schema/analysis/german_analyzer.h"
#include "schema/document_identity.h"

namespace ratsarchiv::indexer {

namespace {
// A built document with what the summary needs to know about it.
struct Prepared {
    BuiltDocument built;
    std::string origin;
    std::string first_problem; ///< empty when extraction found nothing to report
    std::uint64_t bytes = 0;
};

unsigned worker_count(unsigned requested) {
    if (requested > 0) {
        return requested;
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

// Worker loop: raw files in, built documents out. Each worker has its own analyzer: Xapian's
// stemmer keeps per-call state and must not be shared between threads.
void prepare_documents(BoundedQueue<RawFile>& in, BoundedQueue<Prepared>& out,
                       const schema::VisibilityPolicy& policy, std::int64_t indexed_at) {
    analysis::GermanAnalyzer analyzer;
    while (auto file = in.pop()) {
        CouncilDocument doc = read_council_document(*file);
        std::optional<schema::Visibility> sidecar;
        if (doc.sidecar_public) {
            sidecar =
                *doc.sidecar_public ? schema::Visibility::Public : schema::Visibility::Restricted;
        }
        doc.content_hash +=
            schema::visibility_fingerprint(policy, doc.archive, doc.source, sidecar);
        Prepared prepared;
        prepared.origin = file->origin;
        prepared.bytes = file->bytes.size();
        if (!doc.diagnostics.empty()) {
            const auto& d = doc.diagnostics.front();
            prepared.first_problem = d.field + ": " + d.reason;
        }
        prepared.built =
            build_document(doc, analyzer, schema::decide_visibility(doc, policy), indexed_at);
        out.push(std::move(prepared));
    }
}

// Writer loop: the only thread that touches the database.
void write_documents(BoundedQueue<Prepared>& in, IndexWriter& writer,
                     const IndexingOptions& options, IndexingSummary& summary,
                     const ProgressCallback& progress, std::atomic<std::uint64_t>& skipped) {
    std::uint64_t since_commit = 0;
    while (auto prepared = in.pop()) {
        summary.bytes += prepared->bytes;
        try {
            writer.write(std::move(prepared->built));
        } catch (const Xapian::Error& e) {
            summary.failures.push_back({prepared->origin, "index: " + e.get_description()});
            continue;
        }
        ++summary.indexed;
        if (!prepared->first_problem.empty()) {
            ++summary.indexed_with_problems;
            summary.problems.push_back({prepared->origin, prepared->first_problem});
        }
        if (++since_commit >= options.commit_every) {
            writer.commit();
            since_commit = 0;
        }
        if (progress) {
            progress(summary.indexed + summary.failures.size() + skipped.load(), summary.bytes);
        }
    }
}
} // namespace

IndexingSummary run_indexing(const IndexingOptions& options, const ProgressCallback& progress) {
    auto start = std::chrono::steady_clock::now();
    analysis::GermanAnalyzer analyzer;
    IndexWriter writer(options.db_path, analyzer, options.policy);
    const auto stored_hashes = options.skip_unchanged
                                   ? writer.stored_content_hashes()
                                   : std::unordered_map<std::string, std::string>{};
    IndexingSummary summary;
    std::vector<FileReport> walk_failures;
    std::atomic<std::uint64_t> skipped{0};

    const unsigned workers = worker_count(options.threads);
    BoundedQueue<RawFile> raw_files(workers * 16);
    BoundedQueue<Prepared> prepared(workers * 16);
    std::vector<std::thread> pool;
    for (unsigned i = 0; i < workers; ++i) {
        pool.emplace_back(prepare_documents, std::ref(raw_files), std::ref(prepared),
                          std::cref(options.policy), writer.started_at());
    }
    std::thread writer_thread(write_documents, std::ref(prepared), std::ref(writer),
                              std::cref(options), std::ref(summary), std::cref(progress),
                              std::ref(skipped));
    walk_sources(
        options.paths, options.walk,
        [&](RawFile&& file) {
            if (!stored_hashes.empty()) {
                auto it = stored_hashes.find(schema::document_id(file.archive, file.source));
                // A changed sidecar or operator rule changes the stored hash: re-index.
                std::string hash =
                    schema::content_hash(file.bytes) +
                    schema::visibility_fingerprint(options.policy, file.archive, file.source,
                                                   schema::read_sidecar(file.origin));
                if (it != stored_hashes.end() && it->second == hash) {
                    ++skipped;
                    return;
                }
            }
            raw_files.push(std::move(file));
        },
        [&](const WalkProblem& problem) {
            walk_failures.push_back({problem.origin, problem.reason});
        });
    raw_files.close();
    for (auto& t : pool) {
        t.join();
    }
    prepared.close();
    writer_thread.join();
    writer.commit();

    summary.unchanged = skipped.load();
    summary.failures.insert(summary.failures.end(), walk_failures.begin(), walk_failures.end());
    summary.failed = summary.failures.size();
    summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

} // namespace ratsarchiv::indexer
