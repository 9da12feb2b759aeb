// Xapian writes; spelling data only from public documents.
#include "indexer/index_writer.h"

#include <ctime>

#include "schema/analysis/word_pairs.h"
#include "schema/document_json.h"
#include "schema/fields.h"

namespace ratsarchiv::indexer {

IndexWriter::IndexWriter(const std::string& db_path, const analysis::GermanAnalyzer& analyzer,
                         schema::VisibilityPolicy policy)
    : db_(db_path, Xapian::DB_CREATE_OR_OPEN), analyzer_(analyzer), policy_(policy),
      started_at_(static_cast<std::int64_t>(std::time(nullptr))) {
    // Phrase queries may rely on word pair terms only when every document has them: an index
    // begun by an older indexer keeps checking phrases by position until it is rebuilt.
    if (db_.get_doccount() == 0) {
        db_.set_metadata(std::string(analysis::kWordPairsMetadataKey),
                         std::string(analysis::kWordPairsVersion));
    }
}

IndexWriter::~IndexWriter() {
    try {
        flush_spelling();
    } catch (const Xapian::Error&) {
        // The database reports its own error on close; a destructor must not throw.
    }
}

void IndexWriter::add(const CouncilDocument& doc) {
    schema::Visibility visibility = schema::decide_visibility(doc, policy_);
    write(build_document(doc, analyzer_, visibility, started_at_));
}

namespace {
bool is_spelling_word(const std::string& word) {
    return word.size() >= 3 && word.size() <= 40;
}
} // namespace

void IndexWriter::write(BuiltDocument&& built) {
    forget_spelling_of(built.id_term);
    db_.replace_document(built.id_term, built.xapian);
    for (const auto& word : built.spelling_words) {
        if (is_spelling_word(word)) {
            ++pending_spelling_[word];
        }
    }
    ++added_;
}

void IndexWriter::forget_spelling_of(const std::string& id_term) {
    // The spelling table is not tied to documents: when a public document is replaced (it
    // changed, or a sidecar or rule made it non-public), take back the words it added, or
    // "meinten Sie" could go on offering words that are now only in non-public text.
    Xapian::PostingIterator posting = db_.postlist_begin(id_term);
    if (posting == db_.postlist_end(id_term)) {
        return;
    }
    Xapian::Document old = db_.get_document(*posting);
    Xapian::TermIterator term = old.termlist_begin();
    term.skip_to(std::string(schema::kTermPublic));
    if (term == old.termlist_end() || *term != schema::kTermPublic) {
        return;
    }
    CouncilDocument stored = schema::document_from_json_text(old.get_data());
    for (const auto& word : analyzer_.vocabulary_words(stored.thema + "\n" + stored.text)) {
        if (!is_spelling_word(word)) {
            continue;
        }
        // A word added in this batch is taken back from the batch; older ones from the table.
        auto pending = pending_spelling_.find(word);
        if (pending != pending_spelling_.end()) {
            if (--pending->second == 0) {
                pending_spelling_.erase(pending);
            }
        } else {
            db_.remove_spelling(word);
        }
    }
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

void IndexWriter::flush_spelling() {
    for (const auto& [word, count] : pending_spelling_) {
        db_.add_spelling(word, count);
    }
    pending_spelling_.clear();
}

void IndexWriter::commit() {
    flush_spelling();
    db_.commit();
}

} // namespace ratsarchiv::indexer
