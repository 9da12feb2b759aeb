// Xapian writes; spelling data only from public documents.
#include "indexer/index_writer.h"

#include <ctime>

#include "schema/fields.h"

namespace ratsarchiv::indexer {

IndexWriter::IndexWriter(const std::string& db_path, const analysis::GermanAnalyzer& analyzer,
                         schema::VisibilityPolicy policy)
    : db_(db_path, Xapian::DB_CREATE_OR_OPEN), analyzer_(analyzer), policy_(policy),
      started_at_(static_cast<std::int64_t>(std::time(nullptr))) {}

void IndexWriter::add(const CouncilDocument& doc) {
    schema::Visibility visibility = schema::decide_visibility(doc, policy_);
    write(build_document(doc, analyzer_, visibility, started_at_));
}

void IndexWriter::write(BuiltDocument&& built) {
    db_.replace_document(built.id_term, built.xapian);
    for (const auto& word : built.spelling_words) {
        if (word.size() >= 3 && word.size() <= 40) {
            db_.add_spelling(word);
        }
    }
    ++added_;
}

std::unordered_map<std::string, std::string> IndexWriter::stored_content_hashes() const {
    std::unordered_map<std::string, std::string> hashes;
    const std::string prefix(schema::kPrefixId);
    for (auto term = db_.allterms_begin(prefix); term != db_.allterms_end(prefix); ++term) {
        Xapian::PostingIterator posting = db_.postlist_begin(*term);
        if (posting != db_.postlist_end(*term)) {
            hashes[(*term).substr(prefix.size())] =
                db_.get_document(*posting).get_value(schema::kSlotContentHash);
        }
    }
    return hashes;
}

void IndexWriter::commit() {
    db_.commit();
}

} // namespace ratsarchiv::indexer
