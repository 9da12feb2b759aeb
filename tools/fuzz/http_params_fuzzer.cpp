// Fuzz target: an HTTP request target ("/api/search?q=...&limit=..."), through route matching,
// query-string decoding, the search parameters' validation and the static file mapping. Bad
// values must be refused with BadParameter (a 400 naming the parameter); no static path may
// leave the web root.
#include <map>
#include <string>

#include "schema/errors.h"
#include "server/config/server_config.h"
#include "server/http/query_params.h"
#include "server/http/routes.h"
#include "server/http/search_params.h"
#include "server/web/static_files.h"
#include "tools/fuzz/fuzz_target.h"

using namespace ratsarchiv;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const server::ServerConfig config;
    static const std::string web_root = server::web::default_web_root();
    const std::string target(reinterpret_cast<const char*>(data), size);
    const std::string path = target.substr(0, target.find('?'));

    std::map<std::string, std::string> path_params;
    (void)server::match_route("GET", path, path_params);
    if (const auto file = server::web::resolve_static(web_root, path)) {
        fuzz::require(file->path.rfind(web_root + "/", 0) == 0 &&
                          file->path.find("/..") == std::string::npos,
                      "static files come from the web root only");
    }
    try {
        const server::QueryParams params(target);
        const server::SearchRequest request = server::parse_search_request(params, config);
        // limit 0 asks for counts and facets only
        fuzz::require(request.limit <= 100, "limit is bounded");
        fuzz::require(request.page >= 1, "page starts at 1");
        fuzz::require(static_cast<long long>(request.page) * request.limit <=
                          config.get_int("limits.page_depth"),
                      "paging depth is bounded");
        fuzz::require(request.facet_size >= 1 && request.facet_size <= 1000,
                      "facet size is bounded");
    } catch (const BadParameter&) {
        // a 400 naming the parameter
    }
    return 0;
}
