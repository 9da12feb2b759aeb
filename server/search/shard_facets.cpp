// Facet counting with Xapian's ValueCountMatchSpy on remote shards.
#include "server/search/shard_facets.h"

#include <memory>
#include <unordered_map>

#include "schema/value_list.h"

namespace ratsarchiv::server {

namespace {

// The matches of `base` that pass every filter except the one at `skip` (-1: none skipped).
Xapian::Query filtered(const Xapian::Query& base, const std::vector<FacetFilter>& filters,
                       int skip) {
    std::vector<Xapian::Query> parts{base};
    for (std::size_t i = 0; i < filters.size(); ++i) {
        if (static_cast<int>(i) == skip) {
            continue;
        }
        std::vector<Xapian::Query> values;
        for (const auto& v : filters[i].second) {
            values.emplace_back(schema::keyword_term(*filters[i].first, v));
        }
        parts.emplace_back(Xapian::Query::OP_OR, values.begin(), values.end());
    }
    return Xapian::Query(Xapian::Query::OP_FILTER, parts.begin(), parts.end());
}

// One unranked match of `query` over every document, with a spy on each of `fields`; returns
// the exact number of matches.
Xapian::doccount
count_on_shards(Xapian::Database& db, const Xapian::Query& query,
                const std::vector<const schema::FieldSpec*>& fields,
                std::unordered_map<const schema::FieldSpec*,
                                   std::unordered_map<std::string, std::uint64_t>>& counts) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
    for (const auto* field : fields) {
        spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(field->slot));
        enquire.add_matchspy(spies.back().get());
    }
    const Xapian::MSet mset = enquire.get_mset(0, 0, db.get_doccount());
    for (std::size_t i = 0; i < fields.size(); ++i) {
        auto& merged = counts[fields[i]];
        for (auto v = spies[i]->values_begin(); v != spies[i]->values_end(); ++v) {
            // A multi-valued field's slot holds its list: each of its values has the count.
            if (fields[i]->multi_valued) {
                for (const auto& value : schema::parse_value_list(*v)) {
                    merged[value] += v.get_termfreq();
                }
            } else {
                merged[*v] += v.get_termfreq();
            }
        }
    }
    return mset.get_matches_lower_bound();
}

} // namespace

void count_facets_on_shards(Xapian::Database& db, const Xapian::Query& base,
                            const std::vector<const schema::FieldSpec*>& fields,
                            const std::vector<FacetFilter>& filters, std::size_t facet_size,
                            SearchResult& result) {
    std::unordered_map<const schema::FieldSpec*, std::unordered_map<std::string, std::uint64_t>>
        counts;
    std::vector<const schema::FieldSpec*> unfiltered;
    for (const auto* field : fields) {
        bool has_filter = false;
        for (const auto& f : filters) {
            has_filter = has_filter || f.first == field;
        }
        if (!has_filter) {
            unfiltered.push_back(field);
        }
    }
    result.total = count_on_shards(db, filtered(base, filters, -1), unfiltered, counts);
    result.total_exact = true;
    for (std::size_t i = 0; i < filters.size(); ++i) {
        count_on_shards(db, filtered(base, filters, static_cast<int>(i)), {filters[i].first},
                        counts);
    }
    for (const auto* field : fields) {
        std::vector<std::string> keep;
        for (const auto& f : filters) {
            if (f.first == field) {
                keep = f.second;
            }
        }
        result.facets.emplace_back(std::string(field->name),
                                   ranked_facet_counts(counts[field], facet_size, keep));
    }
}

} // namespace ratsarchiv::server
