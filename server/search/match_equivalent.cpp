// Set-preserving simplification of Xapian queries.
#include "server/search/match_equivalent.h"

#include <set>
#include <string>
#include <vector>

namespace ratsarchiv::server {

namespace {

using Op = Xapian::Query::op;

// The descriptions of `q`'s alternatives: itself, or for an OR its (nested) subqueries.
void or_parts(const Xapian::Query& q, std::set<std::string>& out) {
    if (q.get_type() == Xapian::Query::OP_OR) {
        for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) {
            or_parts(q.get_subquery(i), out);
        }
        return;
    }
    out.insert(q.get_description());
}

// True when every alternative of `q` is among `covered`, so q matches a subset of them.
bool covered_by(const Xapian::Query& q, const std::set<std::string>& covered) {
    std::set<std::string> parts;
    or_parts(q, parts);
    for (const auto& p : parts) {
        if (covered.count(p) == 0) {
            return false;
        }
    }
    return !parts.empty();
}

// Drops AND children of an OR that another child already covers: an AND matches a subset of
// each of its subqueries, so if one subquery's alternatives are all alternatives of the
// remaining children, the AND adds no documents.
std::vector<Xapian::Query> without_redundant_ands(std::vector<Xapian::Query> children) {
    for (std::size_t i = 0; i < children.size(); ++i) {
        if (children[i].get_type() != Xapian::Query::OP_AND) {
            continue;
        }
        std::set<std::string> others;
        for (std::size_t j = 0; j < children.size(); ++j) {
            if (j != i) {
                or_parts(children[j], others);
            }
        }
        for (std::size_t k = 0; k < children[i].get_num_subqueries(); ++k) {
            if (covered_by(children[i].get_subquery(k), others)) {
                children.erase(children.begin() + static_cast<std::ptrdiff_t>(i));
                --i;
                break;
            }
        }
    }
    return children;
}

} // namespace

Xapian::Query match_equivalent(const Xapian::Query& query) {
    const Op op = query.get_type();
    switch (op) {
    case Xapian::Query::OP_SCALE_WEIGHT:
    case Xapian::Query::OP_AND_MAYBE:
        return match_equivalent(query.get_subquery(0));
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_FILTER: {
        std::vector<Xapian::Query> children;
        for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
            children.push_back(match_equivalent(query.get_subquery(i)));
        }
        if (op == Xapian::Query::OP_OR) {
            children = without_redundant_ands(std::move(children));
        }
        if (children.size() == 1 && op != Xapian::Query::OP_AND_NOT) {
            return children.front();
        }
        return Xapian::Query(op, children.begin(), children.end());
    }
    default:
        return query;
    }
}

} // namespace ratsarchiv::server
