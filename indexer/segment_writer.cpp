// Segments of a fresh build and their merge (see segment_writer.h).
#include "indexer/segment_writer.h"

namespace ratsarchiv::indexer {

SegmentWriter::SegmentWriter(std::string directory, std::string name, SegmentLimits limits)
    : directory_(std::move(directory)), name_(std::move(name)), limits_(limits) {}

void SegmentWriter::begin_segment() {
    if (db_) {
        db_->commit();
        db_->close();
    }
    paths_.push_back(directory_ + "/" + name_ + "-" + std::to_string(paths_.size()));
    db_.emplace(paths_.back(), Xapian::DB_CREATE);
    documents_ = 0;
    text_bytes_ = 0;
}

void SegmentWriter::write(BuiltDocument&& built, std::uint64_t text_bytes) {
    if (!db_ || documents_ >= limits_.max_documents || text_bytes_ >= limits_.max_text_bytes) {
        begin_segment();
    }
    // Each file is read once per run, so its id term is new here: no replace needed.
    db_->add_document(built.xapian);
    ++documents_;
    text_bytes_ += text_bytes;
    for (auto& word : built.spelling_words) {
        ++spelling_[std::move(word)];
    }
}

std::vector<std::string> SegmentWriter::finish() {
    if (!db_ && !spelling_.empty()) {
        begin_segment();
    }
    if (db_) {
        for (const auto& [word, count] : spelling_) {
            db_->add_spelling(word, count);
        }
        spelling_.clear();
        db_->commit();
        db_->close();
        db_.reset();
    }
    return paths_;
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

} // namespace ratsarchiv::indexer
