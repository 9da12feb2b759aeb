// One page of a body's papers, in the order of their ids: Xapian sorts the matches by the id
// slot (schema::kSlotDocumentId) and counts them exactly, so a page costs one match over the
// body's documents (values, no document reads) plus the reads of its own papers, whatever its
// depth. With modified_since, removed papers (removed_papers.h) are merged in by id.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <xapian.h>

#include "schema/removed_documents.h"
#include "server/http/request_context.h"
#include "server/oparl/archive_catalog.h"
#include "server/oparl/list_request.h"

namespace ratsarchiv::server::oparl {

/// A paper of a list: there (document) or removed.
struct PaperListItem {
    std::optional<Xapian::Document> document;
    std::optional<schema::RemovedDocument> removed;
};

struct PaperPage {
    std::vector<PaperListItem> items;
    std::uint64_t total = 0;
};

/// The page `request` asks for of the papers of `body` that `ctx`'s audience may see.
PaperPage list_papers(RequestContext& ctx, const BodyEntry& body, const ListRequest& request);

} // namespace ratsarchiv::server::oparl
