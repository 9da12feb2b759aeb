// Real Xapian indexes for tests: from label-shaped JSON fixtures (exact, known fields, written
// through the indexer's IndexWriter) or from council files through indexer::run_indexing.
#pragma once

#include <string>
#include <vector>

#include "schema/council_document.h"

namespace ratsarchiv::testing {

/// Reads a JSONL file of documents in the label shape (with "source" and "text"); ids are
/// derived from `archive` and source as the indexer derives them.
std::vector<CouncilDocument> load_fixture_documents(const std::string& jsonl_path,
                                                    const std::string& archive = "fixture");

/// Writes `docs` into a new database at `db_path` with the indexer's IndexWriter.
void write_index(const std::string& db_path, const std::vector<CouncilDocument>& docs);

/// The server fixture archive tests/data/server/documents.jsonl, indexed at `db_path`.
std::vector<CouncilDocument> write_server_fixture_index(const std::string& db_path);

/// The text of a public Vorlage council file with `number`, `thema` (its Betreff) and `body_text`.
std::string council_file(const std::string& number, const std::string& thema,
                         const std::string& body_text);

/// Indexes council files (files, directories, tarballs) with indexer::run_indexing; returns
/// the number of documents indexed.
std::uint64_t index_council_files(const std::string& db_path,
                                  const std::vector<std::string>& paths);

} // namespace ratsarchiv::testing
