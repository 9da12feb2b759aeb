// The indexing pipeline. The walker reads files in this thread and workers decode, extract and
// analyze them in parallel. A fresh index: each worker also writes its own segments, merged at
// the end by Xapian's compactor, so both cores write. An existing index: one writer thread
// owns the database (Xapian objects are not thread-safe) and replaces, skips and removes.
// Queues are bounded so memory stays flat on archives of any size.
#include "indexer/indexing_run.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include <atomic>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_set>

#include <xapian.h>

#include "indexer/bounded_queue.h"
#include "indexer/council_file.h"
#include "indexer/index_writer.h"
#include "indexer/segment_writer.h"
#include "indexer/spelling_part.h"
#include "schema/analysis/german_analyzer.h"
#include "schema/document_identity.h"
#include "schema/errors.h"
#include "schema/fields.h"

namespace ratsarchiv::indexer {

namespace fs = std::filesystem;

namespace {
// What the summary needs to know about one file, besides its document.
struct FileOutcome {
    std::string origin;
    std::string first_problem;      ///< empty when no real problem
    std::vector<std::string> notes; ///< kinds of the notes ("field: reason")
    std::uint64_t bytes = 0;
};

// A built document with its outcome.
struct Prepared {
    BuiltDocument built;
    FileOutcome outcome;
    bool outside_period = false; ///< built holds the id term only: the document is left out
};

// The first failure of the index storage itself (disk full, no permission, I/O error): unlike a
// document Xapian refuses, it ends the run, after the pipeline has drained, with the index as
// its last commit left it.
Error storage_error(const std::string& where, const Xapian::Error& e) {
    return Error(where + ": cannot write the index (" + e.get_description() + ")");
}

class StorageFailure {
public:
    void record(const std::string& where, const Xapian::Error& e) {
        std::lock_guard lock(mutex_);
        if (message_.empty()) {
            message_ = storage_error(where, e).what();
        }
        failed_ = true; // beside message_, so the writer's hot loop asks without the lock
    }
    bool failed() const { return failed_; }
    void throw_if_failed() const {
        std::lock_guard lock(mutex_);
        if (!message_.empty()) {
            throw Error(message_);
        }
    }

private:
    mutable std::mutex mutex_;
    std::string message_;
    std::atomic<bool> failed_{false};
};

unsigned worker_count(unsigned requested) {
    if (requested > 0) {
        return requested;
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

// Reads, extracts and analyzes one file.
Prepared prepare(const RawFile& file, const analysis::GermanAnalyzer& analyzer,
                 const IndexingOptions& options, std::int64_t indexed_at,
                 const analysis::PairWords* pairs) {
    CouncilDocument doc = read_council_document(file);
    std::optional<schema::Visibility> sidecar;
    if (doc.sidecar_public) {
        sidecar = *doc.sidecar_public ? schema::Visibility::Public : schema::Visibility::Restricted;
    }
    doc.content_hash +=
        schema::visibility_fingerprint(options.policy, doc.archive, doc.source, sidecar);
    Prepared prepared;
    prepared.outcome.origin = file.origin;
    prepared.outcome.bytes = file.bytes.size();
    if (options.period) {
        doc.content_hash += options.period->fingerprint();
        if (!options.period->holds(doc.date)) {
            prepared.outside_period = true;
            prepared.built.id_term = schema::id_term(doc.id);
            return prepared;
        }
    }
    for (const auto& d : doc.diagnostics) {
        std::string kind = d.field + ": " + d.reason;
        if (d.severity == Severity::Note) {
            prepared.outcome.notes.push_back(std::move(kind));
        } else if (prepared.outcome.first_problem.empty()) {
            prepared.outcome.first_problem = std::move(kind);
        }
    }
    prepared.built = build_document(doc, analyzer, schema::decide_visibility(doc, options.policy),
                                    indexed_at, pairs);
    return prepared;
}

// Adds a written file's outcome to the summary.
void count_written(const FileOutcome& outcome, IndexingSummary& summary) {
    ++summary.indexed;
    summary.bytes += outcome.bytes;
    if (!outcome.first_problem.empty()) {
        ++summary.indexed_with_problems;
        summary.problems.push_back({outcome.origin, outcome.first_problem});
    } else if (!outcome.notes.empty()) {
        ++summary.indexed_with_notes;
    }
    std::unordered_set<std::string_view> kinds;
    for (const auto& note : outcome.notes) {
        if (kinds.insert(note).second) {
            ++summary.note_counts[note];
        }
    }
}

void merge_into(IndexingSummary& total, IndexingSummary&& part) {
    total.indexed += part.indexed;
    total.indexed_with_problems += part.indexed_with_problems;
    total.indexed_with_notes += part.indexed_with_notes;
    total.bytes += part.bytes;
    total.outside_period += part.outside_period;
    for (auto& f : part.failures) {
        total.failures.push_back(std::move(f));
    }
    for (auto& p : part.problems) {
        total.problems.push_back(std::move(p));
    }
    for (const auto& [kind, count] : part.note_counts) {
        total.note_counts[kind] += count;
    }
}

// Files done so far, for the progress callback, which only the walker thread calls.
struct Progress {
    std::atomic<std::uint64_t> files{0};
    std::atomic<std::uint64_t> bytes{0};
    void report(const ProgressCallback& callback) const {
        if (callback) {
            callback(files.load(), bytes.load());
        }
    }
};

// The walk both modes share: skips a second file with the same identity (two paths naming the
// same archive file), records every identity seen and the scopes read completely.
struct Walk {
    std::unordered_set<std::string> seen; ///< "archive:source" of every file found
    std::vector<WalkScope> complete;
    std::vector<FileReport> failures;

    void run(const IndexingOptions& options, const std::function<void(RawFile&&)>& on_file) {
        walk_sources(
            options.paths, options.walk,
            [&](RawFile&& file) {
                if (!seen.insert(file.archive + ":" + file.source).second) {
                    failures.push_back({file.origin, "the same archive file as one found before "
                                                     "(archive " +
                                                         file.archive + ", " + file.source +
                                                         "); indexed once"});
                    return;
                }
                on_file(std::move(file));
            },
            [&](const WalkProblem& problem) {
                failures.push_back({problem.origin, problem.reason});
            },
            &complete);
    }
};

// The work directories a fresh build of `db_path` leaves when it is killed (segments, the merged
// index not yet renamed into place), of processes that are gone: removed, so killed builds
// cannot fill the disk. A live process's directories are another build's, and left alone.
void remove_stale_work_dirs(const std::string& db_path) {
    const fs::path target = fs::absolute(db_path).lexically_normal();
    const std::string base = target.filename().string();
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(target.parent_path(), ec)) {
        const std::string name = entry.path().filename().string();
        for (const std::string marker : {".segments-", ".new-"}) {
            if (name.rfind(base + marker, 0) != 0) {
                continue;
            }
            const std::string pid_text = name.substr(base.size() + marker.size());
            if (pid_text.empty() || pid_text.find_first_not_of("0123456789") != std::string::npos) {
                continue;
            }
            const auto pid = static_cast<pid_t>(std::stol(pid_text));
            if (pid != getpid() && ::kill(pid, 0) != 0 && errno == ESRCH) {
                fs::remove_all(entry.path(), ec);
            }
        }
    }
}

// Whether `db_path` is to be built from scratch: nothing there yet, an empty directory, or an
// index without documents. Anything else that is not an index is refused, never replaced.
bool is_fresh_target(const std::string& db_path) {
    std::error_code ec;
    if (!fs::exists(db_path, ec)) {
        return true;
    }
    if (fs::is_directory(db_path, ec) && fs::is_empty(db_path, ec)) {
        return true;
    }
    try {
        return Xapian::Database(db_path).get_doccount() == 0;
    } catch (const Xapian::DatabaseOpeningError& e) {
        throw Error(db_path + ": exists and is not an index (" + e.get_msg() + ")");
    }
}

// Whether undated documents take the year of their neighbours in file order (not for a shard
// per period, which lacks the neighbours).
bool dates_by_file_order(const IndexingOptions& options) {
    return options.date_by_file_order && !options.period;
}

// Dates the undated documents of the index at `path` by file order and commits; the counts go
// into `summary`.
void date_by_file_order_at(const std::string& path, const IndexingOptions& options,
                           IndexingSummary& summary) {
    analysis::GermanAnalyzer analyzer;
    IndexWriter writer(path, analyzer, options.policy);
    const FileOrderDating dating = writer.date_by_file_order();
    writer.commit();
    summary.file_order_dated = dating.dated;
    summary.file_order_undated = dating.undated;
}

// The pair words of a new index, from the vocabularies of its first files.
analysis::PairWords choose_pairs(const std::vector<RawFile>& sample, unsigned workers,
                                 const analysis::PairWordChoice& choice) {
    std::vector<std::vector<std::string>> vocabularies(sample.size());
    std::vector<std::thread> pool;
    for (unsigned w = 0; w < workers; ++w) {
        pool.emplace_back([&, w] {
            analysis::GermanAnalyzer analyzer;
            for (std::size_t i = w; i < sample.size(); i += workers) {
                CouncilDocument doc = read_council_document(sample[i]);
                vocabularies[i] = analyzer.vocabulary_words(doc.thema + "\n" + doc.text);
            }
        });
    }
    for (auto& t : pool) {
        t.join();
    }
    return analysis::choose_pair_words(vocabularies, choice);
}

// A fresh index: the first files choose the pair words, then every worker analyzes and writes
// its own segments; the segments are merged into a new directory renamed into place, so a
// reader never sees a half-built index.
IndexingSummary build_fresh(const IndexingOptions& options, const ProgressCallback& callback) {
    const unsigned workers = worker_count(options.threads);
    const std::string work_dir = options.db_path + ".segments-" + std::to_string(getpid());
    const std::string merged = options.db_path + ".new-" + std::to_string(getpid());
    fs::remove_all(work_dir);
    fs::remove_all(merged);
    fs::create_directories(work_dir);
    const auto indexed_at = static_cast<std::int64_t>(std::time(nullptr));

    analysis::PairWords pairs;
    BoundedQueue<RawFile> raw_files(workers * 16);
    StorageFailure storage;
    std::vector<IndexingSummary> parts(workers);
    std::vector<WorkerSegments> segments(workers);
    std::vector<SpellingCounts> spelling(workers);
    std::vector<std::thread> pool;
    Progress progress;
    auto start_workers = [&] {
        for (unsigned w = 0; w < workers; ++w) {
            pool.emplace_back([&, w] {
                analysis::GermanAnalyzer analyzer;
                try {
                    SegmentWriter writer(work_dir, "w" + std::to_string(w), options.segment_limits);
                    while (auto file = raw_files.pop()) {
                        if (storage.failed()) {
                            continue; // drain, so the walk never blocks on a full queue
                        }
                        Prepared p = prepare(*file, analyzer, options, indexed_at, &pairs);
                        if (p.outside_period) {
                            ++parts[w].outside_period;
                            ++progress.files;
                            progress.bytes += p.outcome.bytes;
                            continue;
                        }
                        try {
                            writer.write(std::move(p.built), p.outcome.bytes);
                            count_written(p.outcome, parts[w]);
                        } catch (const Xapian::InvalidArgumentError& e) {
                            parts[w].failures.push_back(
                                {p.outcome.origin, "index: " + e.get_description()});
                        }
                        ++progress.files;
                        progress.bytes += p.outcome.bytes;
                    }
                    segments[w] = writer.finish();
                    spelling[w] = writer.take_spelling();
                } catch (const Xapian::Error& e) {
                    storage.record(work_dir, e);
                    while (raw_files.pop()) {
                    }
                }
            });
        }
    };

    std::vector<RawFile> sample;
    Walk walk;
    walk.run(options, [&](RawFile&& file) {
        if (pool.empty()) {
            sample.push_back(std::move(file));
            if (sample.size() < options.pair_sample) {
                return;
            }
            pairs = choose_pairs(sample, workers, options.pair_choice);
            start_workers();
            for (auto& f : sample) {
                raw_files.push(std::move(f));
            }
            sample.clear();
            return;
        }
        raw_files.push(std::move(file));
        progress.report(callback);
    });
    if (pool.empty()) { // fewer files than the sample
        pairs = choose_pairs(sample, workers, options.pair_choice);
        start_workers();
        for (auto& f : sample) {
            raw_files.push(std::move(f));
        }
    }
    raw_files.close();
    for (auto& t : pool) {
        t.join();
    }
    progress.report(callback);

    IndexingSummary summary;
    summary.fresh_build = true;
    for (auto& part : parts) {
        merge_into(summary, std::move(part));
    }
    try {
        storage.throw_if_failed();
        auto seconds_since = [](std::chrono::steady_clock::time_point start) {
            return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        };
        const auto spelling_start = std::chrono::steady_clock::now();
        segments.push_back({write_spelling_segments(std::move(spelling), work_dir, workers), {}});
        summary.spelling_seconds = seconds_since(spelling_start);
        const auto merge_start = std::chrono::steady_clock::now();
        if (dates_by_file_order(options)) {
            // Dating replaces documents (3,882 on Karlsruhe), and each replacement in a compacted
            // index splits the blocks it touches: the index was 9 % larger than when compacted
            // after the dating. So the segments are merged, dated and compacted once more, all
            // before the index is renamed into place (7 s on Karlsruhe, both parts at once).
            const std::string undated = work_dir + "/merged";
            merge_index(segments, undated, pairs);
            date_by_file_order_at(undated, options, summary);
            compact_index(undated, merged);
        } else {
            merge_index(segments, merged, pairs);
        }
        summary.merge_seconds = seconds_since(merge_start);
    } catch (...) {
        // Nothing half built is left behind: the next run starts afresh.
        fs::remove_all(work_dir);
        fs::remove_all(merged);
        try {
            throw;
        } catch (const Xapian::Error& e) {
            throw storage_error(merged, e);
        }
    }
    fs::remove_all(work_dir);
    fs::remove_all(options.db_path); // nothing or an empty index (is_fresh_target)
    fs::rename(merged, options.db_path);
    summary.failures.insert(summary.failures.end(), walk.failures.begin(), walk.failures.end());
    return summary;
}

// An existing index: parallel analysis feeding the one writer; unchanged files are skipped by
// their content hash, and documents whose files a complete walk did not find are removed.
IndexingSummary update_existing(const IndexingOptions& options, const ProgressCallback& callback) {
    analysis::GermanAnalyzer analyzer;
    IndexWriter writer(options.db_path, analyzer, options.policy);
    const auto pairs = writer.pair_words(); // kept alive for the workers
    IndexingSummary summary;
    // After a stopped commit the parts may disagree on a document: index every file again.
    summary.repaired_interrupted_commit = writer.interrupted_commit();
    const auto stored_hashes = options.skip_unchanged && !writer.interrupted_commit()
                                   ? writer.stored_content_hashes()
                                   : std::unordered_map<std::string, std::string>{};
    std::atomic<std::uint64_t> skipped{0};
    Progress progress;

    const unsigned workers = worker_count(options.threads);
    BoundedQueue<RawFile> raw_files(workers * 16);
    BoundedQueue<Prepared> prepared(workers * 16);
    std::vector<std::thread> pool;
    for (unsigned i = 0; i < workers; ++i) {
        pool.emplace_back([&] {
            analysis::GermanAnalyzer worker_analyzer;
            while (auto file = raw_files.pop()) {
                prepared.push(
                    prepare(*file, worker_analyzer, options, writer.started_at(), pairs.get()));
            }
        });
    }
    StorageFailure storage;
    std::thread writer_thread([&] {
        std::uint64_t since_commit = 0;
        while (auto p = prepared.pop()) {
            if (storage.failed()) {
                continue; // drain, so the workers never block on a full queue
            }
            try {
                try {
                    // Outside the period: the id term alone, so an earlier copy is removed.
                    const bool outside = p->outside_period;
                    writer.write(std::move(p->built));
                    if (outside) {
                        ++summary.outside_period;
                    } else {
                        count_written(p->outcome, summary);
                    }
                } catch (const Xapian::InvalidArgumentError& e) {
                    summary.failures.push_back(
                        {p->outcome.origin, "index: " + e.get_description()});
                }
                if (++since_commit >= options.commit_every) {
                    writer.commit();
                    since_commit = 0;
                }
            } catch (const Xapian::Error& e) {
                storage.record(options.db_path, e);
            }
            ++progress.files;
            progress.bytes += p->outcome.bytes;
        }
    });
    Walk walk;
    walk.run(options, [&](RawFile&& file) {
        if (!stored_hashes.empty()) {
            auto it = stored_hashes.find(schema::document_id(file.archive, file.source));
            // A changed sidecar or operator rule changes the stored hash: re-index.
            std::string hash =
                schema::content_hash(file.bytes) +
                schema::visibility_fingerprint(options.policy, file.archive, file.source,
                                               schema::read_sidecar(file.origin)) +
                (options.period ? options.period->fingerprint() : std::string());
            if (it != stored_hashes.end() && it->second == hash) {
                ++skipped;
                ++progress.files;
                progress.report(callback);
                return;
            }
        }
        raw_files.push(std::move(file));
        progress.report(callback);
    });
    raw_files.close();
    for (auto& t : pool) {
        t.join();
    }
    prepared.close();
    writer_thread.join();
    if (storage.failed()) {
        writer.abandon(); // the index stays as its last commit left it
        storage.throw_if_failed();
    }
    try {
        if (options.remove_gone) {
            summary.removed = writer.remove_gone(walk.complete, walk.seen);
        }
        if (stored_hashes.empty()) {
            writer.repaired(); // every file of the walk was written again
        }
        writer.commit();
    } catch (const Xapian::Error& e) {
        writer.abandon();
        throw storage_error(options.db_path, e);
    }
    progress.report(callback);

    summary.unchanged = skipped.load();
    summary.failures.insert(summary.failures.end(), walk.failures.begin(), walk.failures.end());
    return summary;
}
} // namespace

bool YearPeriod::holds(const std::string& date) const {
    if (date.size() < 4) {
        return undated;
    }
    const int year = std::atoi(date.substr(0, 4).c_str());
    return year >= first && year <= last;
}

std::string YearPeriod::fingerprint() const {
    return "|years " + std::to_string(first) + "-" + std::to_string(last) +
           (undated ? "+undated" : "");
}

std::optional<YearPeriod> parse_year_period(const std::string& text) {
    auto year_at = [](const std::string& s) -> std::optional<int> {
        if (s.size() != 4 || s.find_first_not_of("0123456789") != std::string::npos) {
            return std::nullopt;
        }
        return std::stoi(s);
    };
    const std::size_t dash = text.find('-');
    auto first = year_at(text.substr(0, dash));
    auto last = dash == std::string::npos ? first : year_at(text.substr(dash + 1));
    if (!first || !last || *first > *last) {
        return std::nullopt;
    }
    return YearPeriod{*first, *last, false};
}

IndexingSummary run_indexing(const IndexingOptions& options, const ProgressCallback& progress) {
    auto start = std::chrono::steady_clock::now();
    remove_stale_work_dirs(options.db_path);
    const bool fresh = is_fresh_target(options.db_path);
    IndexingSummary summary =
        fresh ? build_fresh(options, progress) : update_existing(options, progress);
    if (!fresh && dates_by_file_order(options)) { // a fresh build dates before its last merge
        date_by_file_order_at(options.db_path, options, summary);
    }
    if (options.spelling_part) {
        write_spelling_part(options.db_path);
    }
    summary.failed = summary.failures.size();
    summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

} // namespace ratsarchiv::indexer
