// The papers removed from what an audience sees, from the removal records of the index parts
// it reads (schema/removed_documents.h): anonymous requests read the public parts' records only,
// staff the records of both parts, less the ids that are still there for them (a document made
// non-public is gone for anonymous users, not for staff). Records older than
// oparl.deleted_days are no longer shown.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "schema/removed_documents.h"
#include "server/http/request_context.h"

namespace ratsarchiv::server::oparl {

/// Every removed paper `ctx`'s audience is to be told of, by id.
std::map<std::string, schema::RemovedDocument> removed_papers(RequestContext& ctx);

/// The removed paper with `id`, if `ctx`'s audience is to be told of it.
std::optional<schema::RemovedDocument> removed_paper(RequestContext& ctx, const std::string& id);

} // namespace ratsarchiv::server::oparl
