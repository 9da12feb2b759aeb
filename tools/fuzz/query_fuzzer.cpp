// Fuzz target: the search box. The input is a user query (`q`); it is parsed and searched, with
// facets, snippets and spelling, over a real index of the shipped corpus, for an anonymous user
// and for staff. A malformed query may be refused with BadParameter; nothing else may escape,
// and an anonymous answer may never show a non-public document.
#include <filesystem>
#include <string>

#include <xapian.h>

#include "indexer/indexing_run.h"
#include "schema/analysis/german_analyzer.h"
#include "schema/errors.h"
#include "schema/index_layout.h"
#include "server/search/searcher.h"
#include "tools/fuzz/fuzz_target.h"

using namespace ratsarchiv;
namespace fs = std::filesystem;

namespace {

// The index of corpus/, built once per process in a fresh temporary directory.
const std::string& corpus_index() {
    static const std::string dir = [] {
        std::string pattern = (fs::temp_directory_path() / "ratsarchiv-fuzz-XXXXXX").string();
        fuzz::require(::mkdtemp(pattern.data()) != nullptr, "temporary directory");
        indexer::IndexingOptions options;
        options.db_path = pattern + "/db";
        options.paths = {std::string(RATSARCHIV_DATA_DIR) + "/corpus"};
        options.threads = 1;
        indexer::run_indexing(options, {});
        return options.db_path;
    }();
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const analysis::GermanAnalyzer analyzer;
    static const server::Searcher searcher(analyzer, server::QueryLimits{});
    static Xapian::Database public_db(schema::view_path(corpus_index(), false));
    static Xapian::Database staff_db(schema::view_path(corpus_index(), true));

    server::SearchRequest request;
    request.q.assign(reinterpret_cast<const char*>(data), size);
    request.snippets = true;
    for (const bool staff : {false, true}) {
        server::Audience audience;
        audience.staff = staff;
        try {
            const server::SearchResult result =
                searcher.search(staff ? staff_db : public_db, audience, request);
            if (!staff) {
                for (const auto& hit : result.hits) {
                    fuzz::require(hit.is_public, "anonymous answers show public documents only");
                }
            }
        } catch (const BadParameter&) {
            // a refused query: the server answers 400 naming q
        }
    }
    return 0;
}
