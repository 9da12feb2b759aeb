// Writes documents into a Xapian database on disk, replacing by stable id.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "indexer/document_builder.h"
#include "indexer/file_order_dates.h"
#include "indexer/read/source_walker.h"
#include "schema/analysis/german_analyzer.h"
#include "schema/analysis/word_pairs.h"
#include "schema/council_document.h"
#include "schema/visibility.h"

namespace ratsarchiv::indexer {

/// Owns the two writable parts of an index (schema/index_layout.h). One writer per index
/// (Xapian's lock enforces it); not thread-safe: the indexing pipeline calls it from its single
/// writer thread.
///
/// Crash safety: each part is written in a Xapian transaction from one commit() to the next, so
/// Xapian never flushes a half batch on its own (a batch's documents and its spelling counts
/// reach the disk together), and each commit stamps both parts with the same generation. A
/// process killed between the two parts' commits leaves them at different generations; the
/// next writer sees that (interrupted_commit()) and the run re-indexes every file instead of
/// skipping unchanged ones, which puts every document back into the right part.
class IndexWriter {
public:
    /// Opens or creates the index at `db_path`. A new index holds the word pairs of `pairs`
    /// (word_pairs.h); an existing one keeps the pair words it was begun with. An index of the
    /// old one-database layout is refused (Error): it has to be built anew.
    IndexWriter(const std::string& db_path, const analysis::GermanAnalyzer& analyzer,
                schema::VisibilityPolicy policy, const analysis::PairWords& pairs = {});
    /// Commits what is left (as closing a Xapian database would); errors are swallowed.
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    /// Builds and adds (or replaces) the document (identity: archive + source).
    void add(const CouncilDocument& doc);

    /// Writes a document built elsewhere (by a pipeline worker).
    void write(BuiltDocument&& built);

    /// Content hash stored for each document id (for skipping unchanged files).
    std::unordered_map<std::string, std::string> stored_content_hashes() const;

    /// Removes the document with this id (schema::document_id) from both parts; false when the
    /// index does not hold it.
    bool remove(const std::string& document_id);

    /// Removes the documents of `scopes` whose "archive:source" is not in `seen` (their files
    /// are gone); returns how many.
    std::uint64_t remove_gone(const std::vector<WalkScope>& scopes,
                              const std::unordered_set<std::string>& seen);

    /// The pair words every document of this index has (null: phrases check positions).
    std::shared_ptr<const analysis::PairWords> pair_words() const {
        return analysis::pair_words_of(public_);
    }

    /// Documents in the index (a partly restricted one counts once).
    Xapian::doccount document_count() const;

    /// Dates the undated documents of both parts by file order (file_order_dates.h); commit()
    /// makes it durable.
    FileOrderDating date_by_file_order() {
        return indexer::date_by_file_order(public_, restricted_);
    }

    /// Makes everything added so far durable and visible to readers.
    void commit();

    /// True when a writer was stopped between the two parts' commits and no run has re-indexed
    /// every file since: the parts may disagree on a document, so nothing may be skipped as
    /// unchanged. Stays true (on disk too) until repaired() and the next commit.
    bool interrupted_commit() const { return interrupted_commit_; }
    /// Drops everything written since the last commit (after a storage failure); the writer
    /// then commits nothing more, not even when it is destroyed.
    void abandon();
    /// Every file has been written again in this run: the next commit clears the mark.
    void repaired();

    /// Documents written since opening.
    std::uint64_t added() const { return added_; }

    /// Unix seconds this writer was opened: the "indexed at" of every document it writes.
    std::int64_t started_at() const { return started_at_; }

private:
    /// Removes the spelling words the stored document with `id_term` added, if it was public.
    void forget_spelling_of(const std::string& id_term);
    /// Commits both parts' transactions (public first) with a new generation; starts the next
    /// transactions when `continue_writing`.
    void commit_parts(bool continue_writing);
    /// Writes the batch's spelling counts, one add_spelling per distinct word.
    void flush_spelling();

    /// Replaces the document of `id_term` in `db` by `copy`, or removes it when there is none
    /// (leaving a removal record, schema/removed_documents.h).
    void put(Xapian::WritableDatabase& db, const std::string& id_term,
             const std::optional<Xapian::Document>& copy);
    /// Gives the copies of `built` the first-indexed time of the document they replace.
    void keep_first_indexed(BuiltDocument& built);

    Xapian::WritableDatabase public_;
    Xapian::WritableDatabase restricted_;
    const analysis::GermanAnalyzer& analyzer_;
    schema::VisibilityPolicy policy_;
    std::int64_t started_at_;
    std::uint64_t added_ = 0;
    std::uint64_t generation_ = 0; ///< of the last commit, stamped on both parts
    bool interrupted_commit_ = false;
    bool abandoned_ = false;
    /// Spelling words of this batch with their counts: one table update per word and batch
    /// instead of one per word and document (per-document updates halved indexing speed).
    std::unordered_map<std::string, Xapian::termcount> pending_spelling_;
};

} // namespace ratsarchiv::indexer
