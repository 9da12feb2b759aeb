// Segments of a fresh build and their merge (see segment_writer.h).
#include "indexer/segment_writer.h"

#include <algorithm>
#include <exception>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>

#include "schema/index_layout.h"

namespace ratsarchiv::indexer {

SegmentSeries::SegmentSeries(std::string directory, std::string name, SegmentLimits limits)
    : directory_(std::move(directory)), name_(std::move(name)), limits_(limits) {}

void SegmentSeries::begin_segment() {
    if (db_) {
        db_->commit();
        db_->close();
    }
    paths_.push_back(directory_ + "/" + name_ + "-" + std::to_string(paths_.size()));
    db_.emplace(paths_.back(), Xapian::DB_CREATE);
    documents_ = 0;
    text_bytes_ = 0;
}

void SegmentSeries::add(const Xapian::Document& doc, std::uint64_t text_bytes) {
    if (!db_ || documents_ >= limits_.max_documents || text_bytes_ >= limits_.max_text_bytes) {
        begin_segment();
    }
    // Each file is read once per run, so its id term is new here: no replace needed.
    db_->add_document(doc);
    ++documents_;
    text_bytes_ += text_bytes;
}

Xapian::WritableDatabase& SegmentSeries::current() {
    if (!db_) {
        begin_segment();
    }
    return *db_;
}

std::vector<std::string> SegmentSeries::finish() {
    if (db_) {
        db_->commit();
        db_->close();
        db_.reset();
    }
    return paths_;
}

SegmentWriter::SegmentWriter(const std::string& directory, const std::string& name,
                             SegmentLimits limits)
    : public_(directory, name + "-public", limits),
      restricted_(directory, name + "-restricted", limits) {}

void SegmentWriter::write(BuiltDocument&& built, std::uint64_t text_bytes) {
    if (built.public_copy) {
        public_.add(*built.public_copy, text_bytes);
    }
    if (built.restricted_copy) {
        restricted_.add(*built.restricted_copy, text_bytes);
    }
    for (auto& word : built.spelling_words) {
        ++spelling_[std::move(word)];
    }
}

WorkerSegments SegmentWriter::finish() {
    return {public_.finish(), restricted_.finish()};
}

namespace {
// Runs every task on a thread of its own and waits for all; rethrows the first failure.
void run_in_parallel(const std::vector<std::function<void()>>& tasks) {
    std::vector<std::thread> threads;
    std::exception_ptr failure;
    std::mutex failure_lock;
    for (const auto& task : tasks) {
        threads.emplace_back([&failure, &failure_lock, job = &task] {
            try {
                (*job)();
            } catch (...) {
                std::lock_guard<std::mutex> lock(failure_lock);
                if (!failure) {
                    failure = std::current_exception();
                }
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
}
} // namespace

std::vector<std::string> write_spelling_segments(std::vector<SpellingCounts>&& counts,
                                                 const std::string& directory, unsigned threads) {
    threads = std::max(1u, threads);
    // The counts of all workers summed into the first; the largest map stays where it is.
    std::sort(counts.begin(), counts.end(),
              [](const SpellingCounts& a, const SpellingCounts& b) { return a.size() > b.size(); });
    if (counts.empty() || counts.front().empty()) {
        return {};
    }
    SpellingCounts& all = counts.front();
    for (std::size_t i = 1; i < counts.size(); ++i) {
        for (auto& [word, count] : counts[i]) {
            all[word] += count;
        }
        SpellingCounts().swap(counts[i]);
    }
    // Each word in one share, by its hash.
    std::vector<std::vector<const SpellingCounts::value_type*>> shares(threads);
    std::hash<std::string> hash;
    for (const auto& entry : all) {
        shares[hash(entry.first) % threads].push_back(&entry);
    }
    std::vector<std::string> paths;
    std::vector<std::function<void()>> tasks;
    for (unsigned t = 0; t < threads; ++t) {
        paths.push_back(directory + "/spelling-" + std::to_string(t));
        tasks.emplace_back([&share = shares[t], path = paths.back()] {
            Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
            for (const auto* entry : share) {
                db.add_spelling(entry->first, entry->second);
            }
            db.commit();
        });
    }
    run_in_parallel(tasks);
    return paths;
}

void merge_segments(const std::vector<std::string>& segments, const std::string& target,
                    const analysis::PairWords& pairs) {
    Xapian::Database all;
    for (const auto& path : segments) {
        all.add_database(Xapian::Database(path));
    }
    if (segments.empty()) {
        Xapian::WritableDatabase(target, Xapian::DB_CREATE).commit();
    } else {
        // FULL leaves some room in each block for later incremental updates (FULLER none).
        all.compact(target, Xapian::Compactor::FULL);
    }
    Xapian::WritableDatabase merged(target, Xapian::DB_OPEN);
    analysis::store_pair_words(merged, pairs);
    merged.commit();
}

void merge_index(const std::vector<WorkerSegments>& workers, const std::string& target,
                 const analysis::PairWords& pairs) {
    std::vector<std::string> public_segments;
    std::vector<std::string> restricted_segments;
    for (const auto& w : workers) {
        public_segments.insert(public_segments.end(), w.public_part.begin(), w.public_part.end());
        restricted_segments.insert(restricted_segments.end(), w.restricted_part.begin(),
                                   w.restricted_part.end());
    }
    std::filesystem::create_directories(target);
    // Xapian's compactor is single-threaded: the two parts are merged on both cores.
    run_in_parallel(
        {[&] { merge_segments(public_segments, schema::public_part(target), pairs); },
         [&] { merge_segments(restricted_segments, schema::restricted_part(target), pairs); }});
    schema::write_index_stub(target);
}

void compact_index(const std::string& source, const std::string& target) {
    std::filesystem::create_directories(target);
    auto compact_part = [&](std::string (*part)(const std::string&)) {
        // FULL, as the merge: some room stays in each block for later incremental updates.
        Xapian::Database(part(source)).compact(part(target), Xapian::Compactor::FULL);
    };
    run_in_parallel({[&] { compact_part(schema::public_part); },
                     [&] { compact_part(schema::restricted_part); }});
    schema::write_index_stub(target);
}

} // namespace ratsarchiv::indexer
