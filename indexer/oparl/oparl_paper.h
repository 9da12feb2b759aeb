// One OParl Paper as a council document. The text of its mainFile (and of its auxiliary files)
// is read as a council file is, so that everything the extractor finds in it is there and
// searchable; what the city's OParl metadata states wins over the extractor's guesses: name,
// reference, date, paperType, body, underDirectionOf (Amt), consultations (Beratungsfolge with
// their Gremium and meeting day), related and superordinated papers (references), keywords
// that mark a paper non-public.
#pragma once

#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "indexer/oparl/oparl_dump.h"
#include "schema/council_document.h"

namespace ratsarchiv::indexer::oparl {

/// The document of `paper` in `archive`. Its source is the paper's id without scheme and host,
/// so re-reading the same city's dump replaces it. Missing, malformed or contradictory parts
/// are added to `problems` with the paper's (or the linked object's) id, and left out.
CouncilDocument paper_document(const Poco::JSON::Object& paper, const OParlDump& dump,
                               std::vector<DumpProblem>& problems, const std::string& archive,
                               const std::string& default_body);

/// "oparl/v1.1/paper/12" of "https://rat.example.org/oparl/v1.1/paper/12".
std::string id_path(const std::string& id);

} // namespace ratsarchiv::indexer::oparl
