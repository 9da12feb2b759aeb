// ratsarchiv-search: searches an index from the shell with the server's query syntax, filters
// and facets (the same Searcher the HTTP API uses).
//   ratsarchiv-search --db DIR [--staff] [--limit N] [--sort relevance|date_desc|date_asc]
//                     [--filter FIELD=VALUE]... [--facets] [--json] QUERY...
// Exit 0: searched (even with no hits); 1: the index could not be read; 2: usage.
#include <iostream>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/analysis/german_analyzer.h"
#include "schema/errors.h"
#include "schema/fields.h"
#include "schema/index_layout.h"
#include "server/search/searcher.h"

namespace {

using namespace ratsarchiv;

int usage(const std::string& message) {
    std::cerr << "ratsarchiv-search: " << message << "\n"
              << "usage: ratsarchiv-search --db DIR [--staff] [--limit N] [--sort ORDER]\n"
              << "                         [--filter FIELD=VALUE]... [--facets] QUERY...\n"
              << "FIELD: type, gremium, amt, year, body, signatory, number\n";
    return 2;
}

struct Options {
    std::string db;
    server::Audience audience;
    server::SearchRequest request;
};

// Parses the command line into `o`; returns an error message, empty on success.
std::string parse(int argc, char** argv, Options& o) {
    o.request.facets = false;
    o.request.snippets = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (a == "--db") {
            o.db = value();
        } else if (a == "--staff") {
            o.audience.staff = true;
        } else if (a == "--facets") {
            o.request.facets = true;
        } else if (a == "--limit") {
            o.request.limit = static_cast<std::uint32_t>(std::stoul(value()));
        } else if (a == "--sort") {
            std::string s = value();
            o.request.sort = s == "date_desc"  ? server::SortOrder::DateDesc
                             : s == "date_asc" ? server::SortOrder::DateAsc
                                               : server::SortOrder::Relevance;
        } else if (a == "--filter") {
            std::string f = value();
            auto eq = f.find('=');
            if (eq == std::string::npos || schema::field_by_name(f.substr(0, eq)) == nullptr) {
                return "bad --filter " + f;
            }
            o.request.filters[f.substr(0, eq)].push_back(f.substr(eq + 1));
        } else if (a.rfind("--", 0) == 0) {
            return "unknown flag " + a;
        } else {
            o.request.q += (o.request.q.empty() ? "" : " ") + a;
        }
    }
    return o.db.empty() ? "--db is required" : "";
}

void print(const server::SearchResult& result) {
    std::cout << result.total << (result.total_exact ? "" : " (estimated)") << " hits\n";
    for (const auto& hit : result.hits) {
        std::cout << hit.number << "\t" << hit.date << "\t" << hit.type << "\t" << hit.thema
                  << (hit.is_public ? "" : "\t[nichtöffentlich]") << "\n";
    }
    for (const auto& [name, values] : result.facets) {
        std::cout << "facet " << name << ":";
        for (std::size_t i = 0; i < values.size() && i < 10; ++i) {
            std::cout << " " << values[i].value << " (" << values[i].count << ")";
        }
        std::cout << "\n";
    }
    if (result.suggestion) {
        std::cout << "Meinten Sie: " << *result.suggestion << "\n";
    }
}

} // namespace

int main(int argc, char** argv) {
    Options o;
    if (std::string error = parse(argc, argv, o); !error.empty()) {
        return usage(error);
    }
    try {
        Xapian::Database db(schema::view_path(o.db, o.audience.staff));
        analysis::GermanAnalyzer analyzer;
        server::Searcher searcher(analyzer, server::QueryLimits{});
        print(searcher.search(db, o.audience, o.request));
        return 0;
    } catch (const BadParameter& e) {
        return usage(e.what());
    } catch (const Xapian::Error& e) {
        std::cerr << "ratsarchiv-search: " << e.get_description() << "\n";
        return 1;
    }
}
