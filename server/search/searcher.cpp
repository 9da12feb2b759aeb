// Search execution: query, filters, facets (each facet counted under the OTHER active filters,
// as in a shop search), snippets and spelling suggestions.
#include "server/search/searcher.h"

#include <algorithm>

#include "schema/document_json.h"
#include "schema/errors.h"
#include "schema/fields.h"
#include "schema/hit_summary.h"
#include "schema/text_fold.h"
#include "schema/value_list.h"
#include "server/search/facet_spy.h"
#include "server/search/match_bitmap.h"
#include "server/search/match_equivalent.h"
#include "server/search/session_range.h"
#include "server/search/shard_facets.h"
#include "server/search/snippet_window.h"
#include "server/search/stored_fields.h"

namespace ratsarchiv::server {

namespace {

constexpr std::size_t kSnippetLength = 240;

Xapian::Query with_filter(const Xapian::Query& query, const Xapian::Query& filter) {
    if (filter.empty()) {
        return query;
    }
    return Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

std::vector<const schema::FieldSpec*> facet_fields() {
    std::vector<const schema::FieldSpec*> fields;
    for (const auto& f : schema::kFields) {
        if (f.facet && f.slot != schema::kNoSlot) {
            fields.push_back(&f);
        }
    }
    return fields;
}

const std::vector<std::string>& active_values(const SearchRequest& request,
                                              const schema::FieldSpec& field) {
    static const std::vector<std::string> none;
    auto it = request.filters.find(field.name);
    return it == request.filters.end() ? none : it->second;
}

std::string snippet_of(const Xapian::MSet& mset, const std::string& text,
                       const SnippetNeedles& needles) {
    // Xapian::Stem is not thread-safe; one per worker thread avoids building it per hit.
    thread_local const Xapian::Stem stemmer("german");
    std::string_view head = schema::snippet_text(text);
    std::string_view window = needles.window(head);
    std::string snippet =
        mset.snippet(std::string(window), kSnippetLength, stemmer,
                     0, // neither background model nor exhaustive: stop at a good window
                     "<mark>", "</mark>", "…");
    // The generator cannot know its text was a window further in.
    bool starts_inside = window.data() != head.data();
    if (starts_inside && !snippet.empty() && snippet.rfind("…", 0) != 0) {
        snippet.insert(0, "…");
    }
    return snippet;
}

// The hit fields of `doc`; `is_public` is known without reading the termlist when the searcher
// is anonymous (its queries only ever match public documents).
SearchHit hit_and_text(const Xapian::Document& doc, std::string* text,
                       std::optional<bool> is_public) {
    // The hit summary slots spare reading the whole (compressed) document data; indexes
    // written before they existed have only the data.
    std::string fields = doc.get_value(schema::kSlotHitFields);
    StoredFields stored = fields.empty() ? read_stored_fields(doc.get_data(), text != nullptr)
                                         : read_stored_fields(fields, false);
    if (!fields.empty() && text != nullptr) {
        // The text is stored once, in the compressed data; indexes written before kept a copy
        // of its head in a slot (it made up 200 of Karlsruhe's 450 MB of postlist table).
        stored.text = doc.get_value(schema::kSlotSnippetText);
        if (stored.text.empty()) {
            stored.text = read_stored_fields(doc.get_data(), true).text;
        }
    }
    SearchHit hit;
    hit.id = std::move(stored.id);
    hit.source = std::move(stored.source);
    hit.number = std::move(stored.number);
    hit.type = std::move(stored.type);
    hit.date = std::move(stored.date);
    hit.date_source = std::move(stored.date_source);
    hit.thema = std::move(stored.thema);
    hit.body = std::move(stored.body);
    hit.amt = std::move(stored.amt);
    hit.gremien = schema::parse_value_list(doc.get_value(schema::kSlotGremium));
    hit.is_public = is_public ? *is_public : may_see(Audience{false, {}}, doc);
    if (text != nullptr) {
        *text = std::move(stored.text);
    }
    return hit;
}

// `snippets`: a match set whose statistics weight the query's terms in snippets, or null for
// hits without snippets.
std::vector<SearchHit> hits_of(const Xapian::MSet& mset, const Xapian::MSet* snippets,
                               const Audience& audience, const ParsedQuery& parsed) {
    std::vector<SearchHit> hits;
    std::optional<SnippetNeedles> needles;
    if (snippets != nullptr) {
        needles.emplace(free_words(parsed));
    }

    for (auto it = mset.begin(); it != mset.end(); ++it) {
        std::string body_text;
        SearchHit hit = hit_and_text(it.get_document(), snippets != nullptr ? &body_text : nullptr,
                                     audience.staff ? std::nullopt : std::optional<bool>(true));
        hit.score = it.get_weight();
        if (snippets != nullptr) {
            hit.snippet = snippet_of(*snippets, body_text, *needles);
        }
        hits.push_back(std::move(hit));
    }
    return hits;
}

// Whether a MatchSpy on `db` sees the docids of `db`: Xapian hands spies Document objects whose
// get_docid() is the docid within one database of several (staff's two parts, shards), and runs
// no spy of ours on xapian-tcpsrv at all.
bool spies_see_docids(const Xapian::Database& db, const SearchView& view) {
    return db.size() == 1 && !view.remote;
}

// An empty match set of `query` under unweighted matching: the snippet generator weights each
// query term by its share of the ranked match's upper bounds, and those are summed per database
// (a sharded archive's snippets would differ from the combined index's, and with the shards'
// layout). Unweighted, every query term counts the same, whatever the layout.
Xapian::MSet snippet_weighting(Xapian::Database& db, const Xapian::Query& query) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return enquire.get_mset(0, 0);
}

} // namespace

Searcher::Searcher(const analysis::GermanAnalyzer& analyzer, QueryLimits limits)
    : analyzer_(analyzer), limits_(limits) {}

Xapian::Query Searcher::filter_query(const SearchRequest& request,
                                     bool without_facet_filters) const {
    std::vector<Xapian::Query> parts;
    for (const auto& [name, values] : request.filters) {
        const auto* field = schema::field_by_name(name);
        if (field == nullptr || values.empty() || (without_facet_filters && field->facet)) {
            continue;
        }
        std::vector<Xapian::Query> alternatives;
        for (const auto& v : values) {
            alternatives.emplace_back(schema::keyword_term(*field, v));
        }
        parts.emplace_back(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
    }
    if (!request.session_from.empty() || !request.session_to.empty()) {
        // With a gremium filter the range asks for that committee's sessions, also where the
        // facet filters are left out: the total is counted there, so it must be the committee's.
        // The Gremium facet then counts, besides the filtered committees, the other committees
        // of documents that were discussed by a filtered one in the period.
        std::vector<std::string> gremien;
        if (auto it = request.filters.find("gremium"); it != request.filters.end()) {
            gremien = it->second;
        }
        parts.push_back(session_range_query(request.session_from, request.session_to, gremien));
    }
    if (!request.from.empty() || !request.to.empty()) {
        parts.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate,
                           request.from.empty() ? std::string("0") : request.from,
                           request.to.empty() ? std::string("99999999") : request.to);
    }
    if (parts.empty()) {
        return Xapian::Query();
    }
    return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

Xapian::Query Searcher::full_query(const Xapian::Database& db, const Audience& audience,
                                   const SearchRequest& request, WordsMatch match) const {
    ParsedQuery parsed = parse_user_query(request.q, limits_);
    Xapian::Query text =
        build_xapian_query(parsed, analyzer_, limits_, text_prefixes(audience), &db, match);
    return restrict_to_audience(audience, with_filter(text, filter_query(request, false)));
}

SearchResult Searcher::search(Xapian::Database& db, const Audience& audience,
                              const SearchRequest& request, const SearchView& view_in) const {
    SearchView view = view_in;
    if (view.revision.empty()) {
        view.revision = revision_key(db);
    }
    ParsedQuery parsed = parse_user_query(request.q, limits_);
    SearchResult result = search_matching(db, audience, request, parsed, WordsMatch::All, view);
    // Every word must match, as users of a search box expect; only when no document this
    // audience may see (under the filters) has them all are documents with some of them shown.
    // Deciding on the restricted result keeps hidden documents from changing the answer.
    if (result.total == 0 && plain_word_count(parsed) > 1) {
        result = search_matching(db, audience, request, parsed, WordsMatch::Any, view);
        result.words_matched = WordsMatch::Any;
    }
    result.suggestion = suggest_spelling(db, audience, request, result.total);
    return result;
}

SearchResult Searcher::search_matching(Xapian::Database& db, const Audience& audience,
                                       const SearchRequest& request, const ParsedQuery& parsed,
                                       WordsMatch match, const SearchView& view) const {
    Xapian::Query text =
        build_xapian_query(parsed, analyzer_, limits_, text_prefixes(audience), &db, match);
    const Xapian::Query query =
        restrict_to_audience(audience, with_filter(text, filter_query(request, false)));
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    if (request.sort != SortOrder::Relevance) {
        enquire.set_sort_by_value_then_relevance(schema::kSlotDate,
                                                 request.sort == SortOrder::DateDesc);
    }
    std::vector<FacetFilter> facet_filters;
    for (const auto* f : facet_fields()) {
        if (!active_values(request, *f).empty()) {
            facet_filters.emplace_back(f, active_values(request, *f));
        }
    }
    std::shared_ptr<const FacetColumns> columns;
    if (request.facets && !view.remote) {
        columns = facet_columns_.get(db, view.revision);
    }
    // Facets are counted over the matches WITHOUT the facet filters (the spy applies them per
    // document, shop-style), from a bitmap of those matches. Without facet filters the ranked
    // pass has the same matches: when it must visit all of them anyway (several plain words:
    // the analyzer's all-words bonus defeats early termination) or the bitmap cannot be built
    // from posting lists (phrases, date ranges), the ranked pass collects them. Otherwise the
    // bitmap comes from posting lists and the ranked pass needs only the page.
    std::optional<DocBitmap> counted;
    bool collect = false;
    if (request.facets && !view.remote) {
        // Over xapian-tcpsrv the shards count (shard_facets.h): each posting list read here
        // would be a round trip to every shard.
        counted = match_bitmap(db, counting_query(audience, text, request),
                               columns ? &columns->term_bitmaps() : nullptr,
                               columns ? &columns->frequent_terms() : nullptr);
        collect = !counted && facet_filters.empty() && spies_see_docids(db, view);
    }
    DocBitmap collected(collect ? db.get_lastdocid() : 0);
    MatchCollector collector(collected);
    if (collect) {
        enquire.add_matchspy(&collector);
    }
    const Xapian::doccount offset = (request.page - 1) * request.limit;
    // A spy sees every match only when the matcher is asked to check them all.
    const Xapian::doccount check = collect ? db.get_doccount() : offset + request.limit + 1;
    Xapian::MSet mset = enquire.get_mset(offset, request.limit, check);

    SearchResult result;
    result.total = mset.get_matches_estimated();
    result.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    std::optional<Xapian::MSet> snippet_weights;
    if (request.snippets && !mset.empty()) {
        snippet_weights = snippet_weighting(db, query);
    }
    result.hits = hits_of(mset, snippet_weights ? &*snippet_weights : nullptr, audience, parsed);
    if (collect) {
        counted = std::move(collected);
    }
    if (request.facets && view.remote) {
        count_facets_on_shards(db, counting_query(audience, text, request), facet_fields(),
                               facet_filters, request.facet_size, result);
    } else if (request.facets) {
        count_facets(db, audience, text, request, facet_filters, columns, counted,
                     spies_see_docids(db, view), result);
    }
    return result;
}

void Searcher::count_facets(Xapian::Database& db, const Audience& audience,
                            const Xapian::Query& text, const SearchRequest& request,
                            const std::vector<FacetFilter>& facet_filters,
                            const std::shared_ptr<const FacetColumns>& columns,
                            const std::optional<DocBitmap>& matches, bool spies_usable,
                            SearchResult& result) const {
    // One unranked pass over the matches without the facet filters: the spy applies them per
    // document, so each facet is counted under the OTHER active filters.
    FacetSpy spy(columns, facet_fields(), facet_filters);
    if (matches) {
        spy.add_all(*matches, db);
    } else if (!spies_usable) {
        spy.add_all(matching_documents(db, counting_query(audience, text, request)), db);
    } else {
        Xapian::Enquire enquire(db);
        enquire.set_query(counting_query(audience, text, request));
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        enquire.add_matchspy(&spy);
        enquire.get_mset(0, 0, db.get_doccount());
    }
    result.total = spy.matched();
    result.total_exact = true;
    for (const auto* field : facet_fields()) {
        result.facets.emplace_back(
            std::string(field->name),
            spy.top(*field, request.facet_size, active_values(request, *field)));
    }
}

Xapian::Query Searcher::counting_query(const Audience& audience, const Xapian::Query& text,
                                       const SearchRequest& request) const {
    // Only the match set matters here: drop what only shapes weights (match_equivalent.h).
    return restrict_to_audience(audience,
                                with_filter(match_equivalent(text), filter_query(request, true)));
}

SearchHit hit_from_document(const Xapian::Document& doc) {
    return hit_and_text(doc, nullptr, std::nullopt);
}

} // namespace ratsarchiv::server
