// Xapian writes; spelling data only from public documents.
#include "indexer/index_writer.h"

#include <ctime>
#include <filesystem>
#include <set>

#include "schema/analysis/word_pairs.h"
#include "schema/document_identity.h"
#include "schema/document_json.h"
#include "schema/errors.h"
#include "schema/fields.h"
#include "schema/index_layout.h"
#include "schema/removed_documents.h"
#include "schema/stored_document.h"

namespace ratsarchiv::indexer {

namespace {
// The parts' directory, created when new; an index of the old layout is refused, not mixed.
const std::string& index_directory(const std::string& db_path) {
    std::error_code ec;
    if (std::filesystem::exists(db_path + "/iamglass", ec) && !schema::has_index_layout(db_path)) {
        throw Error(db_path + ": an index of the old one-database layout; build a new index "
                              "(public and restricted parts) into an empty directory");
    }
    std::filesystem::create_directories(db_path, ec);
    return db_path;
}

const std::string kGenerationKey(schema::kCommitGenerationKey);
// Metadata key set while an interrupted commit has not yet been repaired by a run that
// re-indexed every file (a repair run may itself be stopped).
constexpr const char* kRepairKey = "ratsarchiv.repair_pending";

std::uint64_t generation_of(const Xapian::Database& db) {
    const std::string value = db.get_metadata(kGenerationKey);
    return value.empty() ? 0 : std::stoull(value);
}
} // namespace

IndexWriter::IndexWriter(const std::string& db_path, const analysis::GermanAnalyzer& analyzer,
                         schema::VisibilityPolicy policy, const analysis::PairWords& pairs)
    : public_(schema::public_part(index_directory(db_path)), Xapian::DB_CREATE_OR_OPEN),
      restricted_(schema::restricted_part(db_path), Xapian::DB_CREATE_OR_OPEN), analyzer_(analyzer),
      policy_(policy), started_at_(static_cast<std::int64_t>(std::time(nullptr))) {
    schema::write_index_stub(db_path);
    const std::uint64_t public_generation = generation_of(public_);
    const std::uint64_t restricted_generation = generation_of(restricted_);
    interrupted_commit_ =
        public_generation != restricted_generation || !public_.get_metadata(kRepairKey).empty();
    generation_ = std::max(public_generation, restricted_generation);
    public_.begin_transaction(true);
    restricted_.begin_transaction(true);
    // Phrase queries may rely on word pair terms only when every document has them: an index
    // begun by an older indexer keeps checking phrases by position until it is rebuilt.
    if (public_.get_doccount() == 0 && restricted_.get_doccount() == 0) {
        analysis::store_pair_words(public_, pairs);
        analysis::store_pair_words(restricted_, pairs);
    }
}

Xapian::doccount IndexWriter::document_count() const {
    return public_.get_doccount() + restricted_.get_doccount() -
           public_.get_termfreq(std::string(schema::kTermRedactedView));
}

namespace {
std::optional<Xapian::Document> stored_copy(Xapian::WritableDatabase& db,
                                            const std::string& id_term) {
    Xapian::PostingIterator posting = db.postlist_begin(id_term);
    if (posting == db.postlist_end(id_term)) {
        return std::nullopt;
    }
    return db.get_document(*posting);
}
} // namespace

void IndexWriter::put(Xapian::WritableDatabase& db, const std::string& id_term,
                      const std::optional<Xapian::Document>& copy) {
    const std::string id = id_term.substr(schema::kPrefixId.size());
    if (copy) {
        schema::clear_removal(db, id);
        db.replace_document(id_term, *copy);
    } else if (auto old = stored_copy(db, id_term)) {
        // OParl harvesters learn of the removal from this part's record (removed_documents.h).
        schema::record_removal(db, *old, started_at_);
        db.delete_document(id_term);
    }
}

void IndexWriter::keep_first_indexed(BuiltDocument& built) {
    // A changed file keeps the time its document was first indexed (OParl's `created`), also
    // when it moves between the parts.
    double first = 0;
    for (Xapian::WritableDatabase* part : {&public_, &restricted_}) {
        if (auto old = stored_copy(*part, built.id_term)) {
            const std::int64_t created = schema::identity_of(*old).created_at;
            if (created > 0 && (first == 0 || created < first)) {
                first = static_cast<double>(created);
            }
        }
    }
    if (first == 0) {
        return;
    }
    for (auto* copy : {&built.public_copy, &built.restricted_copy}) {
        if (*copy) {
            (*copy)->add_value(schema::kSlotFirstIndexedAt, Xapian::sortable_serialise(first));
        }
    }
}

IndexWriter::~IndexWriter() {
    if (abandoned_) {
        return;
    }
    try {
        commit_parts(false);
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
    keep_first_indexed(built);
    // Both parts every time: a document that became non-public leaves the public part.
    put(public_, built.id_term, built.public_copy);
    put(restricted_, built.id_term, built.restricted_copy);
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
    // Only the public part feeds the spelling table.
    Xapian::PostingIterator posting = public_.postlist_begin(id_term);
    if (posting == public_.postlist_end(id_term)) {
        return;
    }
    Xapian::Document old = public_.get_document(*posting);
    Xapian::TermIterator term = old.termlist_begin();
    term.skip_to(std::string(schema::kTermPublic));
    if (term == old.termlist_end() || *term != schema::kTermPublic) {
        return;
    }
    CouncilDocument stored = schema::stored_document(old);
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
            public_.remove_spelling(word);
        }
    }
}

namespace {
void add_content_hashes(const Xapian::Database& db,
                        std::unordered_map<std::string, std::string>& hashes) {
    // The hash slot read as one value stream in docid order, not document by document.
    std::unordered_map<Xapian::docid, std::string> by_docid;
    for (auto v = db.valuestream_begin(schema::kSlotContentHash);
         v != db.valuestream_end(schema::kSlotContentHash); ++v) {
        by_docid.emplace(v.get_docid(), *v);
    }
    const std::string prefix(schema::kPrefixId);
    for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
        Xapian::PostingIterator posting = db.postlist_begin(*term);
        if (posting != db.postlist_end(*term)) {
            auto found = by_docid.find(*posting);
            hashes[(*term).substr(prefix.size())] =
                found == by_docid.end() ? std::string() : found->second;
        }
    }
}
} // namespace

std::unordered_map<std::string, std::string> IndexWriter::stored_content_hashes() const {
    // Both copies of a partly restricted document carry the same hash.
    std::unordered_map<std::string, std::string> hashes;
    hashes.reserve(public_.get_doccount() + restricted_.get_doccount());
    add_content_hashes(public_, hashes);
    add_content_hashes(restricted_, hashes);
    return hashes;
}

std::uint64_t IndexWriter::remove_gone(const std::vector<WalkScope>& scopes,
                                       const std::unordered_set<std::string>& seen) {
    std::set<std::string> gone_ids;
    std::unordered_set<std::string> seen_terms; // as the documents carry them (source_term)
    seen_terms.reserve(seen.size());
    for (const auto& source : seen) {
        seen_terms.insert(schema::source_term(source));
    }
    for (Xapian::WritableDatabase* part : {&public_, &restricted_}) {
        for (const auto& scope : scopes) {
            const std::string prefix =
                std::string(schema::kPrefixSource) + scope.archive + ":" + scope.source_prefix;
            for (auto term = part->allterms_begin(prefix); term != part->allterms_end(prefix);
                 ++term) {
                if (seen_terms.count(*term) != 0) {
                    continue;
                }
                for (auto did = part->postlist_begin(*term); did != part->postlist_end(*term);
                     ++did) {
                    Xapian::Document doc = part->get_document(*did);
                    Xapian::TermIterator id = doc.termlist_begin();
                    id.skip_to(std::string(schema::kPrefixId));
                    if (id != doc.termlist_end() && (*id).rfind(schema::kPrefixId, 0) == 0) {
                        gone_ids.insert(*id);
                    }
                }
            }
        }
    }
    for (const auto& id_term : gone_ids) {
        forget_spelling_of(id_term);
        put(public_, id_term, std::nullopt);
        put(restricted_, id_term, std::nullopt);
    }
    return gone_ids.size();
}

bool IndexWriter::remove(const std::string& document_id) {
    const std::string id_term = schema::id_term(document_id);
    if (!public_.term_exists(id_term) && !restricted_.term_exists(id_term)) {
        return false;
    }
    forget_spelling_of(id_term);
    put(public_, id_term, std::nullopt);
    put(restricted_, id_term, std::nullopt);
    return true;
}

void IndexWriter::flush_spelling() {
    for (const auto& [word, count] : pending_spelling_) {
        public_.add_spelling(word, count);
    }
    pending_spelling_.clear();
}

void IndexWriter::commit() {
    commit_parts(true);
}

void IndexWriter::abandon() {
    abandoned_ = true;
    pending_spelling_.clear();
    for (Xapian::WritableDatabase* part : {&public_, &restricted_}) {
        try {
            part->cancel_transaction();
        } catch (const Xapian::Error&) {
            // no transaction open (a commit failed half way): nothing left to drop
        }
    }
}

void IndexWriter::repaired() {
    interrupted_commit_ = false;
}

void IndexWriter::commit_parts(bool continue_writing) {
    flush_spelling();
    const std::string generation = std::to_string(++generation_);
    public_.set_metadata(kGenerationKey, generation);
    restricted_.set_metadata(kGenerationKey, generation);
    public_.set_metadata(kRepairKey, interrupted_commit_ ? "1" : "");
    // The public part first: a document made non-public leaves what anonymous users see before
    // anything else (staff may miss it for the moment between the two commits).
    public_.commit_transaction();
    restricted_.commit_transaction();
    if (continue_writing) {
        public_.begin_transaction(true);
        restricted_.begin_transaction(true);
    }
}

} // namespace ratsarchiv::indexer
