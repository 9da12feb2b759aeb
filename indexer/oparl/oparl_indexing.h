// ratsarchiv-index --oparl DIR: indexes a harvested OParl dump (oparl_dump.h), one document per
// Paper (oparl_paper.h), into the same index layout as council files. A Paper marked deleted
// removes its document. Problems are reported object by object and never stop the run.
#pragma once

#include <string>

#include "indexer/indexing_run.h"

namespace ratsarchiv::indexer::oparl {

/// Indexes the Papers of the dump at `directory` into options.db_path (archive: options.walk
/// .archive, else the directory's name; body: the Paper's Body, else options.walk.default_body).
/// Problems go to summary.problems with the object's id; throws only when the index cannot be
/// written or the directory not read.
IndexingSummary index_oparl_dump(const IndexingOptions& options, const std::string& directory);

} // namespace ratsarchiv::indexer::oparl
