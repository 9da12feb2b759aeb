// One row of a result set as the journalist endpoints (Atom feed, CSV and JSON export) print it:
// the summary fields of a search hit, independent of how the search module represents hits.
#pragma once

#include <string>
#include <vector>

namespace ratsarchiv::server::web {

/// The fields of one search hit that feeds and exports show.
struct ResultRow {
    std::string id;
    std::string source;
    std::string number;
    std::string type;
    std::string date; ///< ISO yyyy-mm-dd, empty when unknown
    std::string thema;
    std::string body;
    std::string amt;
    std::vector<std::string> gremien;
    std::string snippet;    ///< HTML-escaped, matches in <mark>
    std::string indexed_at; ///< RFC 3339 time it was indexed (feeds of undated documents)
    bool is_public = true;  ///< false only in staff answers: such rows are marked
};

/// A bounded result set: the rows fetched and the total the search reported.
struct ResultSet {
    std::vector<ResultRow> rows;
    long long total = 0;    ///< matches of the search (may exceed rows.size())
    bool truncated = false; ///< true when the bound cut the rows short of total
};

} // namespace ratsarchiv::server::web
