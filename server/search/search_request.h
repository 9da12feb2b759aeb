// What /api/search asks for and what it answers, independent of HTTP and JSON.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "schema/analysis/german_analyzer.h"

namespace ratsarchiv::server {

/// Result order.
enum class SortOrder { Relevance, DateDesc, DateAsc };

/// A validated search request (parameters are checked by the HTTP layer).
struct SearchRequest {
    std::string q;
    /// Filter values per field name (schema::kFields filter params); values of one field are
    /// OR-ed, different fields AND-ed.
    std::map<std::string, std::vector<std::string>, std::less<>> filters;
    std::string from; ///< "yyyymmdd" inclusive, empty for open
    std::string to;   ///< "yyyymmdd" inclusive, empty for open
    /// Discussed in a period: a Beratungsfolge step dated from .. to ("yyyymmdd" inclusive,
    /// empty for open); with gremium filters, a step of those committees.
    std::string session_from;
    std::string session_to;
    SortOrder sort = SortOrder::Relevance;
    std::uint32_t page = 1; ///< 1-based
    std::uint32_t limit = 10;
    bool facets = true;
    std::uint32_t facet_size = 50; ///< values per facet
    bool snippets = true;
};

/// One hit as the API shows it.
struct SearchHit {
    std::string id, source, number, type, date, date_source, thema, body, amt;
    std::vector<std::string> gremien;
    bool is_public = true;
    double score = 0;
    std::string snippet; ///< HTML-escaped, matches in <mark>
};

/// One facet value and how many documents have it.
struct FacetCount {
    std::string value;
    std::uint64_t count = 0;
};

/// The answer to a search.
struct SearchResult {
    std::uint64_t total = 0;
    bool total_exact = true;
    std::vector<SearchHit> hits;
    /// Facet name (schema::kFields name) -> values, most frequent first.
    std::vector<std::pair<std::string, std::vector<FacetCount>>> facets;
    std::optional<std::string> suggestion;
    /// All when every plain word had to match; Any when no document this audience may see
    /// has them all (with the request's filters), so documents with some of them are shown.
    analysis::GermanAnalyzer::WordsMatch words_matched = analysis::GermanAnalyzer::WordsMatch::All;
};

} // namespace ratsarchiv::server
