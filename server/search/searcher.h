// Runs a search request against one database: query building, filters, date range, sorting,
// paging, shop-style facets, snippets and spelling suggestions. Every query is restricted to
// what the audience may see.
#pragma once

#include <xapian.h>

#include "schema/analysis/german_analyzer.h"
#include "server/access/audience.h"
#include "server/search/facet_columns.h"
#include "server/search/facet_spy.h"
#include "server/search/match_bitmap.h"
#include "server/search/query_parser.h"
#include "server/search/search_request.h"

namespace ratsarchiv::server {

/// What a search needs to know of the database it runs on besides the database itself.
struct SearchView {
    /// Keys the facet columns of the database (DatabasePool::Lease::revision_key); "" asks a
    /// single database its own.
    std::string revision;
    /// Some of its parts are read over xapian-tcpsrv: Xapian runs no MatchSpy of ours there,
    /// so facets are counted by the shards (server/search/shard_facets.h).
    bool remote = false;
};

/// Stateless apart from its references; one Searcher serves all threads, each with its own
/// Database.
class Searcher {
public:
    Searcher(const analysis::GermanAnalyzer& analyzer, QueryLimits limits);

    /// Runs `request`; throws BadParameter for a malformed query.
    SearchResult search(Xapian::Database& db, const Audience& audience,
                        const SearchRequest& request, const SearchView& view = {}) const;

    /// Reads the facet columns of `db`'s revision now (at start, so no request pays for it).
    void warm_up(Xapian::Database& db, const SearchView& view) const {
        if (!view.remote) { // remote shards count their facets themselves (shard_facets.h)
            facet_columns_.get(db, view.revision);
        }
    }

    /// The restricted query of `request` with all its filters, its plain words combined as
    /// `match` says (search() decides that per request).
    Xapian::Query full_query(const Xapian::Database& db, const Audience& audience,
                             const SearchRequest& request,
                             WordsMatch match = WordsMatch::All) const;

    const analysis::GermanAnalyzer& analyzer() const { return analyzer_; }
    const QueryLimits& limits() const { return limits_; }

private:
    /// One search with the plain words combined as `match` says (no spelling suggestion).
    SearchResult search_matching(Xapian::Database& db, const Audience& audience,
                                 const SearchRequest& request, const ParsedQuery& parsed,
                                 WordsMatch match, const SearchView& view) const;
    /// The filters of `request` as one query; optionally without the facet fields' filters.
    Xapian::Query filter_query(const SearchRequest& request, bool without_facet_filters) const;
    void count_facets(Xapian::Database& db, const Audience& audience, const Xapian::Query& text,
                      const SearchRequest& request, const std::vector<FacetFilter>& facet_filters,
                      const std::shared_ptr<const FacetColumns>& columns,
                      const std::optional<DocBitmap>& matches, bool spies_usable,
                      SearchResult& result) const;
    /// The query whose matches facets are counted over: `text` with the audience restriction
    /// and every filter except the facet filters, reduced to its match set.
    Xapian::Query counting_query(const Audience& audience, const Xapian::Query& text,
                                 const SearchRequest& request) const;
    std::optional<std::string> suggest_spelling(Xapian::Database& db, const Audience& audience,
                                                const SearchRequest& request,
                                                std::uint64_t total) const;

    const analysis::GermanAnalyzer& analyzer_;
    QueryLimits limits_;
    mutable FacetColumnCache facet_columns_;
};

/// The hit fields of a document (from its stored data and value slots).
SearchHit hit_from_document(const Xapian::Document& doc);

} // namespace ratsarchiv::server
