// Indexing an OParl dump (see oparl_indexing.h). As for council files, workers read and analyze
// the Papers (one analyzer each) and one writer writes them; a Paper whose JSON is unchanged
// since the last run (and whose visibility rules are the same) is skipped.
#include "indexer/oparl/oparl_indexing.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <thread>

#include "indexer/bounded_queue.h"
#include "indexer/index_writer.h"
#include "indexer/oparl/oparl_dump.h"
#include "indexer/oparl/oparl_paper.h"
#include "schema/analysis/german_analyzer.h"
#include "schema/document_identity.h"
#include "schema/document_json.h"
#include "schema/visibility.h"

namespace ratsarchiv::indexer::oparl {

namespace {

std::string archive_name(const IndexingOptions& options, const std::string& directory) {
    if (options.walk.archive && !options.walk.archive->empty()) {
        return *options.walk.archive;
    }
    std::filesystem::path path = std::filesystem::path(directory).lexically_normal();
    if (path.filename().empty()) { // "dump/"
        path = path.parent_path();
    }
    return path.filename().string();
}

bool is_deleted(const Poco::JSON::Object& paper) {
    return paper.has("deleted") && paper.get("deleted").isBoolean() &&
           paper.getValue<bool>("deleted");
}

// A Paper read and analyzed by a worker.
struct ReadPaper {
    BuiltDocument built;
    std::uint64_t bytes = 0;
};

} // namespace

IndexingSummary index_oparl_dump(const IndexingOptions& options, const std::string& directory) {
    const auto start = std::chrono::steady_clock::now();
    const OParlDump dump = OParlDump::read(directory);
    const std::string archive = archive_name(options, directory);
    analysis::GermanAnalyzer analyzer;
    IndexWriter writer(options.db_path, analyzer, options.policy);
    const auto pairs = writer.pair_words();
    const auto stored_hashes = options.skip_unchanged && !writer.interrupted_commit()
                                   ? writer.stored_content_hashes()
                                   : std::unordered_map<std::string, std::string>{};
    IndexingSummary summary;
    std::vector<std::string> to_read;
    for (const auto& id : dump.ids_of("Paper")) {
        const std::string doc_id = schema::document_id(archive, id_path(id));
        if (is_deleted(*dump.find(id))) {
            summary.removed += writer.remove(doc_id) ? 1 : 0;
        } else {
            to_read.push_back(id);
        }
    }

    std::mutex problems_mutex;
    std::vector<DumpProblem> problems(dump.problems());
    std::atomic<std::size_t> next{0};
    std::atomic<std::uint64_t> unchanged{0};
    const unsigned workers =
        options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    BoundedQueue<ReadPaper> read_papers(workers * 16);
    std::vector<std::thread> pool;
    for (unsigned w = 0; w < workers; ++w) {
        pool.emplace_back([&] {
            analysis::GermanAnalyzer worker_analyzer;
            std::vector<DumpProblem> found;
            for (std::size_t i; (i = next++) < to_read.size();) {
                const Poco::JSON::Object::Ptr paper = dump.find(to_read[i]);
                const std::string source = id_path(to_read[i]);
                const std::string hash =
                    schema::content_hash(schema::to_json_line(paper)) +
                    schema::visibility_fingerprint(options.policy, archive, source, std::nullopt);
                auto stored = stored_hashes.find(schema::document_id(archive, source));
                if (stored != stored_hashes.end() && stored->second == hash) {
                    ++unchanged;
                    continue;
                }
                CouncilDocument doc =
                    paper_document(*paper, dump, found, archive, options.walk.default_body);
                doc.content_hash = hash;
                ReadPaper read;
                read.bytes = doc.text.size();
                read.built = build_document(doc, worker_analyzer,
                                            schema::decide_visibility(doc, options.policy),
                                            writer.started_at(), pairs.get());
                read_papers.push(std::move(read));
            }
            std::lock_guard lock(problems_mutex);
            problems.insert(problems.end(), found.begin(), found.end());
        });
    }
    std::thread writer_thread([&] {
        std::uint64_t since_commit = 0;
        while (auto read = read_papers.pop()) {
            writer.write(std::move(read->built));
            ++summary.indexed;
            summary.bytes += read->bytes;
            if (++since_commit >= options.commit_every) {
                writer.commit();
                since_commit = 0;
            }
        }
    });
    for (auto& t : pool) {
        t.join();
    }
    read_papers.close();
    writer_thread.join();
    writer.commit();

    std::sort(problems.begin(), problems.end(),
              [](const DumpProblem& a, const DumpProblem& b) { return a.where < b.where; });
    for (const auto& problem : problems) {
        summary.problems.push_back({problem.where, problem.reason});
    }
    summary.indexed_with_problems = summary.problems.size();
    summary.unchanged = unchanged;
    summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

} // namespace ratsarchiv::indexer::oparl
