// ratsarchiv-search-stages: where the time of a search goes. Runs the benchmark queries
// (queries.tsv written by ratsarchiv-bench-query: q, type, year per line) through the server's
// Searcher in one thread, once per variant (full request; without snippets; without facets;
// neither), and prints mean, p50 and p99 per variant plus the slowest full requests. A tool for
// profiling, not a test.
//   ratsarchiv-search-stages --db DIR --queries FILE [--rounds N] [--slowest N]
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <numeric>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/analysis/german_analyzer.h"
#include "schema/index_layout.h"
#include "server/access/audience.h"
#include "server/search/searcher.h"

namespace {

using namespace ratsarchiv;

struct Variant {
    const char* name;
    bool facets;
    bool snippets;
};

std::vector<server::SearchRequest> read_queries(const std::string& path) {
    std::vector<server::SearchRequest> out;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        server::SearchRequest r;
        std::size_t a = line.find('\t');
        std::size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
        r.q = line.substr(0, a);
        std::string type = a == std::string::npos ? "" : line.substr(a + 1, b - a - 1);
        std::string year = b == std::string::npos ? "" : line.substr(b + 1);
        if (!type.empty()) {
            r.filters["type"] = {type};
        }
        if (!year.empty()) {
            r.filters["year"] = {year};
        }
        out.push_back(std::move(r));
    }
    return out;
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<std::size_t>(p * v.size()))];
}

// Milliseconds of each query (the fastest of `rounds` runs).
std::vector<double> time_variant(const server::Searcher& searcher, Xapian::Database& db,
                                 std::vector<server::SearchRequest> requests, const Variant& v,
                                 int rounds) {
    std::vector<double> best(requests.size(), 1e9);
    for (int r = 0; r < rounds; ++r) {
        for (std::size_t i = 0; i < requests.size(); ++i) {
            requests[i].facets = v.facets;
            requests[i].snippets = v.snippets;
            auto start = std::chrono::steady_clock::now();
            searcher.search(db, server::Audience{false}, requests[i]);
            std::chrono::duration<double, std::milli> took =
                std::chrono::steady_clock::now() - start;
            best[i] = std::min(best[i], took.count());
        }
    }
    return best;
}

} // namespace

int main(int argc, char** argv) {
    std::string db_path, queries_path;
    int rounds = 3;
    std::size_t slowest = 15;
    bool describe = std::getenv("SEARCH_STAGES_DESCRIBE") != nullptr;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        if (a == "--db") {
            db_path = argv[i + 1];
        } else if (a == "--queries") {
            queries_path = argv[i + 1];
        } else if (a == "--rounds") {
            rounds = std::stoi(argv[i + 1]);
        } else if (a == "--slowest") {
            slowest = std::stoul(argv[i + 1]);
        }
    }
    if (db_path.empty() || queries_path.empty()) {
        std::cerr << "usage: ratsarchiv-search-stages --db DIR --queries FILE [--rounds N] "
                     "[--slowest N]\n";
        return 2;
    }
    Xapian::Database db(schema::view_path(db_path, false));
    analysis::GermanAnalyzer analyzer;
    server::Searcher searcher(analyzer, server::QueryLimits{});
    searcher.warm_up(db, server::SearchView{server::revision_key(db), false});
    auto requests = read_queries(queries_path);
    const Variant variants[] = {{"full", true, true},
                                {"no snippets", true, false},
                                {"no facets", false, true},
                                {"neither", false, false}};
    {
        // Parsing and analysis alone: the query the Searcher would run.
        std::vector<double> ms;
        for (const auto& r : requests) {
            auto start = std::chrono::steady_clock::now();
            searcher.full_query(db, server::Audience{false, {}}, r);
            ms.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count());
        }
        std::printf("%-12s mean %6.2f ms  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms\n", "query only",
                    std::accumulate(ms.begin(), ms.end(), 0.0) / ms.size(), percentile(ms, 0.5),
                    percentile(ms, 0.99), percentile(ms, 1.0));
    }
    std::vector<std::vector<double>> all;
    for (const auto& v : variants) {
        auto ms = time_variant(searcher, db, requests, v, rounds);
        double sum = 0;
        for (double m : ms) {
            sum += m;
        }
        std::printf("%-12s mean %6.2f ms  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms\n", v.name,
                    sum / ms.size(), percentile(ms, 0.5), percentile(ms, 0.99),
                    percentile(ms, 1.0));
        all.push_back(std::move(ms));
    }
    const std::vector<double>& full = all.front();
    std::printf("slowest (ms: full / no snippets / no facets / neither):\n");
    std::vector<std::size_t> order(full.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::sort(order.begin(), order.end(), [&](auto a, auto b) { return full[a] > full[b]; });
    for (std::size_t k = 0; k < std::min(slowest, order.size()); ++k) {
        const auto& r = requests[order[k]];
        const std::size_t i = order[k];
        std::printf("%6.2f %6.2f %6.2f %6.2f  %s", all[0][i], all[1][i], all[2][i], all[3][i],
                    r.q.c_str());
        for (const auto& [name, values] : r.filters) {
            std::printf("  [%s=%s]", name.c_str(), values.front().c_str());
        }
        std::printf("\n");
        if (describe) {
            std::printf(
                "    %s\n",
                searcher.full_query(db, server::Audience{false, {}}, r).get_description().c_str());
        }
    }
    return 0;
}
