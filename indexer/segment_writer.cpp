// Segments of a fresh build and their merge (see segment_writer.h).
#include "indexer/segment_writer.h"

#include <filesystem>

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
    if (!spelling_.empty()) {
        Xapian::WritableDatabase& db = public_.current();
        for (const auto& [word, count] : spelling_) {
            db.add_spelling(word, count);
        }
        spelling_.clear();
    }
    return {public_.finish(), restricted_.finish()};
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
    merge_segments(public_segments, schema::public_part(target), pairs);
    merge_segments(restricted_segments, schema::restricted_part(target), pairs);
    schema::write_index_stub(target);
}

} // namespace ratsarchiv::indexer
