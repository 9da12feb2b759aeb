// Looking up single documents and the references between them: by id, by number, what a
// document cites, what cites it, the reference chain and similar documents. Every lookup is
// restricted to the audience, so a non-public document is indistinguishable from a missing one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "server/access/audience.h"
#include "server/search/search_request.h"

namespace ratsarchiv::server {

/// The document with this id, if it exists and the audience may see it.
std::optional<Xapian::Document> find_document(Xapian::Database& db, const Audience& audience,
                                              const std::string& id);

/// The docid of the document with this id in `db` as a whole (where Xapian::Document::get_docid()
/// gives the docid within one of its parts), if the audience may see it.
std::optional<Xapian::docid> find_docid(Xapian::Database& db, const Audience& audience,
                                        const std::string& id);

/// Visible documents whose number is `number` (canonical form, any spelling case).
std::vector<Xapian::Document> documents_with_number(Xapian::Database& db, const Audience& audience,
                                                    const std::string& number,
                                                    Xapian::doccount limit = 10);

/// Visible documents that cite `number` (their refs hold it), newest first.
std::vector<Xapian::Document> documents_citing(Xapian::Database& db, const Audience& audience,
                                               const std::string& number,
                                               Xapian::doccount limit = 100);

/// The reference chain around `doc`: documents reachable over cites / cited-by links (a few
/// steps), oldest first, without `doc` itself.
std::vector<SearchHit> reference_chain(Xapian::Database& db, const Audience& audience,
                                       const Xapian::Document& doc, std::size_t limit);

/// Documents similar to `doc` by relevance-set expansion of its text terms, best first,
/// excluding `exclude_ids`.
std::vector<SearchHit> similar_documents(Xapian::Database& db, const Audience& audience,
                                         const Xapian::Document& doc,
                                         const std::vector<std::string>& exclude_ids,
                                         std::size_t limit);

} // namespace ratsarchiv::server
