// Indexing an OParl dump (see oparl_indexing.h).
#include "indexer/oparl/oparl_indexing.h"

#include <chrono>
#include <filesystem>

#include "indexer/index_writer.h"
#include "indexer/oparl/oparl_dump.h"
#include "indexer/oparl/oparl_paper.h"
#include "schema/analysis/german_analyzer.h"
#include "schema/document_identity.h"

namespace ratsarchiv::indexer::oparl {

IndexingSummary index_oparl_dump(const IndexingOptions& options, const std::string& directory) {
    const auto start = std::chrono::steady_clock::now();
    OParlDump dump = OParlDump::read(directory);
    std::string archive = options.walk.archive.value_or("");
    if (archive.empty()) {
        archive = std::filesystem::path(directory).lexically_normal().filename().string();
        if (archive.empty()) { // "dump/" names its directory after the slash
            archive = std::filesystem::path(directory).lexically_normal().parent_path().filename();
        }
    }
    analysis::GermanAnalyzer analyzer;
    IndexWriter writer(options.db_path, analyzer, options.policy);
    IndexingSummary summary;
    std::uint64_t since_commit = 0;
    for (const auto& id : dump.ids_of("Paper")) {
        Poco::JSON::Object::Ptr paper = dump.find(id);
        if (paper->has("deleted") && paper->get("deleted").isBoolean() &&
            paper->getValue<bool>("deleted")) {
            summary.removed += writer.remove(schema::document_id(archive, id_path(id))) ? 1 : 0;
            continue;
        }
        CouncilDocument doc = paper_document(*paper, dump, archive, options.walk.default_body);
        summary.bytes += doc.text.size();
        writer.add(doc);
        ++summary.indexed;
        if (++since_commit >= options.commit_every) {
            writer.commit();
            since_commit = 0;
        }
    }
    writer.commit();
    for (const auto& problem : dump.problems()) {
        summary.problems.push_back({problem.where, problem.reason});
    }
    summary.indexed_with_problems = summary.problems.size();
    summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

} // namespace ratsarchiv::indexer::oparl
