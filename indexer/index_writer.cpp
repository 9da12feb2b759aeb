// Xapian writes; spelling data only from public documents.
#include "indexer/index_writer.h"

#include <ctime>

#include "schema/analysis/word_pairs.h"
#include "schema/document_json.h"
#include "schema/fields.h"

namespace ratsarchiv::indexer {

IndexWriter::IndexWriter(const std::string& db_path, const analysis::GermanAnalyzer& analyzer,
                         schema::VisibilityPolicy policy, const analysis::PairWords& pairs)
    : db_(db_path, Xapian::DB_CREATE_OR_OPEN), analyzer_(analyzer), policy_(policy),
      started_at_(static_cast<std::int64_t>(std::time(nullptr))) {
    // Phrase queries may rely on word pair terms only when every document has them: an index
    // begun by an older indexer keeps checking phrases by position until it is rebuilt.
    if (db_.get_doccount() == 0) {
        analysis::store_pair_words(db_, pairs);
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
    write(build_document(doc, analyzer_, visibility, started_at_, pair_words().get()));
}

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
    // The hash slot read as one value stream in docid order, not document by document.
    std::unordered_map<Xapian::docid, std::string> by_docid;
    for (auto v = db_.valuestream_begin(schema::kSlotContentHash);
         v != db_.valuestream_end(schema::kSlotContentHash); ++v) {
        by_docid.emplace(v.get_docid(), *v);
    }
    std::unordered_map<std::string, std::string> hashes;
    hashes.reserve(by_docid.size());
    const std::string prefix(schema::kPrefixId);
    for (auto term = db_.allterms_begin(prefix); term != db_.allterms_end(prefix); ++term) {
        Xapian::PostingIterator posting = db_.postlist_begin(*term);
        if (posting != db_.postlist_end(*term)) {
            auto found = by_docid.find(*posting);
            hashes[(*term).substr(prefix.size())] =
                found == by_docid.end() ? std::string() : found->second;
        }
    }
    return hashes;
}

std::uint64_t IndexWriter::remove_gone(const std::vector<WalkScope>& scopes,
                                       const std::unordered_set<std::string>& seen) {
    std::vector<std::string> gone;
    for (const auto& scope : scopes) {
        const std::string prefix =
            std::string(schema::kPrefixSource) + scope.archive + ":" + scope.source_prefix;
        for (auto term = db_.allterms_begin(prefix); term != db_.allterms_end(prefix); ++term) {
            std::string source = (*term).substr(schema::kPrefixSource.size());
            if (seen.count(source) == 0) {
                gone.push_back(*term);
            }
        }
    }
    std::uint64_t removed = 0;
    for (const auto& source_term : gone) {
        std::vector<Xapian::docid> docids(db_.postlist_begin(source_term),
                                          db_.postlist_end(source_term));
        for (Xapian::docid did : docids) {
            Xapian::Document doc = db_.get_document(did);
            Xapian::TermIterator id = doc.termlist_begin();
            id.skip_to(std::string(schema::kPrefixId));
            if (id != doc.termlist_end() && (*id).rfind(schema::kPrefixId, 0) == 0) {
                forget_spelling_of(*id);
            }
            db_.delete_document(did);
            ++removed;
        }
    }
    return removed;
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
