// The paper query: body terms, time filters as value ranges, the audience, sorted by id.
#include "server/oparl/paper_list.h"

#include <algorithm>

#include "schema/fields.h"
#include "server/access/audience.h"
#include "server/oparl/removed_papers.h"

namespace ratsarchiv::server::oparl {

namespace {
std::string serialised(std::int64_t unix_seconds) {
    return Xapian::sortable_serialise(static_cast<double>(unix_seconds));
}

// Documents whose unix seconds in `slot` lie within the bounds given.
std::optional<Xapian::Query> time_range(Xapian::valueno slot,
                                        const std::optional<std::int64_t>& since,
                                        const std::optional<std::int64_t>& until) {
    if (since && until) {
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, serialised(*since),
                             serialised(*until));
    }
    if (since) {
        return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, serialised(*since));
    }
    if (until) {
        return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, serialised(*until));
    }
    return std::nullopt;
}

Xapian::Query paper_query(const Audience& audience, const BodyEntry& body,
                          const ListFilter& filter) {
    Xapian::Query query(Xapian::Query::OP_OR, body.terms.begin(), body.terms.end());
    for (auto range :
         {time_range(schema::kSlotFirstIndexedAt, filter.created_since, filter.created_until),
          time_range(schema::kSlotIndexedAt, filter.modified_since, filter.modified_until)}) {
        if (range) {
            query = Xapian::Query(Xapian::Query::OP_FILTER, query, *range);
        }
    }
    return restrict_to_audience(audience, query);
}

std::vector<schema::RemovedDocument> removed_in(RequestContext& ctx, const BodyEntry& body,
                                                const ListFilter& filter) {
    std::vector<schema::RemovedDocument> out;
    if (!filter.lists_deleted()) {
        return out;
    }
    for (auto& [id, removed] : removed_papers(ctx)) { // by id
        if (std::find(body.terms.begin(), body.terms.end(), removed.body_term) !=
                body.terms.end() &&
            filter.matches(removed.created_at, removed.removed_at)) {
            out.push_back(removed);
        }
    }
    return out;
}
} // namespace

PaperPage list_papers(RequestContext& ctx, const BodyEntry& body, const ListRequest& request) {
    Xapian::Database& db = ctx.db();
    Xapian::Enquire enquire(db);
    enquire.set_query(paper_query(ctx.audience, body, request.filter));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_sort_by_value(schema::kSlotDocumentId, false);
    const std::vector<schema::RemovedDocument> removed = removed_in(ctx, body, request.filter);

    const std::uint64_t offset = request.offset();
    // With removed papers to merge, the live ones before the page are needed too (their sort
    // keys only: the matcher has gone through them anyway to sort).
    const auto first = static_cast<Xapian::doccount>(removed.empty() ? offset : 0);
    const auto wanted = static_cast<Xapian::doccount>(offset + request.per_page - first);
    Xapian::MSet mset = enquire.get_mset(first, wanted, db.get_doccount());

    PaperPage page;
    page.total = mset.get_matches_estimated() + removed.size(); // exact: checked them all
    std::uint64_t position = first;
    auto live = mset.begin();
    auto gone = removed.begin();
    while (page.items.size() < request.per_page && (live != mset.end() || gone != removed.end())) {
        const bool take_live =
            gone == removed.end() || (live != mset.end() && live.get_sort_key() < gone->id);
        if (position++ < offset) {
            if (take_live) {
                ++live;
            } else {
                ++gone;
            }
            continue;
        }
        if (take_live) {
            page.items.push_back({live.get_document(), std::nullopt});
            ++live;
        } else {
            page.items.push_back({std::nullopt, *gone});
            ++gone;
        }
    }
    return page;
}

} // namespace ratsarchiv::server::oparl
