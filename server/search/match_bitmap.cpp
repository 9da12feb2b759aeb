// Evaluating boolean query trees over posting lists.
#include "server/search/match_bitmap.h"

#include <string>

namespace ratsarchiv::server {

std::uint64_t DocBitmap::count() const {
    std::uint64_t n = 0;
    for (std::uint64_t w : words_) {
        n += static_cast<std::uint64_t>(__builtin_popcountll(w));
    }
    return n;
}

void DocBitmap::and_with(const DocBitmap& o) {
    for (std::size_t i = 0; i < words_.size(); ++i) {
        words_[i] &= o.words_[i];
    }
}

void DocBitmap::or_with(const DocBitmap& o) {
    for (std::size_t i = 0; i < words_.size(); ++i) {
        words_[i] |= o.words_[i];
    }
}

void DocBitmap::and_not(const DocBitmap& o) {
    for (std::size_t i = 0; i < words_.size(); ++i) {
        words_[i] &= ~o.words_[i];
    }
}

void DocBitmap::xor_with(const DocBitmap& o) {
    for (std::size_t i = 0; i < words_.size(); ++i) {
        words_[i] ^= o.words_[i];
    }
}

DocBitmap term_bitmap(const Xapian::Database& db, const std::string& term) {
    DocBitmap bitmap(db.get_lastdocid());
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
        bitmap.set(*it);
    }
    return bitmap;
}

namespace {

std::optional<DocBitmap> evaluate(const Xapian::Database& db, const Xapian::Query& q,
                                  const TermBitmaps* known) {
    using Q = Xapian::Query;
    switch (q.get_type()) {
    case Q::LEAF_TERM: {
        const std::string term = *q.get_terms_begin();
        if (known != nullptr) {
            if (auto it = known->find(term); it != known->end()) {
                return it->second;
            }
        }
        return term_bitmap(db, term);
    }
    case Q::LEAF_MATCH_ALL:
        return term_bitmap(db, std::string());
    case Q::LEAF_MATCH_NOTHING:
        return DocBitmap(db.get_lastdocid());
    case Q::OP_SCALE_WEIGHT:
    case Q::OP_AND_MAYBE: // the optional side only adds weight
        return evaluate(db, q.get_subquery(0), known);
    case Q::OP_AND:
    case Q::OP_FILTER:
    case Q::OP_OR:
    case Q::OP_SYNONYM:
    case Q::OP_MAX:
    case Q::OP_AND_NOT:
    case Q::OP_XOR:
        break;
    default: // positional, value-based, wildcard, elite set, posting source
        return std::nullopt;
    }
    std::optional<DocBitmap> acc;
    for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) {
        std::optional<DocBitmap> part = evaluate(db, q.get_subquery(i), known);
        if (!part) {
            return std::nullopt;
        }
        if (!acc) {
            acc = std::move(part);
            continue;
        }
        switch (q.get_type()) {
        case Q::OP_AND:
        case Q::OP_FILTER:
            acc->and_with(*part);
            break;
        case Q::OP_AND_NOT:
            acc->and_not(*part);
            break;
        case Q::OP_XOR:
            acc->xor_with(*part);
            break;
        default:
            acc->or_with(*part);
        }
    }
    return acc ? acc : std::optional<DocBitmap>(DocBitmap(db.get_lastdocid()));
}

} // namespace

std::optional<DocBitmap> match_bitmap(const Xapian::Database& db, const Xapian::Query& query,
                                      const TermBitmaps* known) {
    if (query.empty()) {
        return std::nullopt;
    }
    return evaluate(db, query, known);
}

DocBitmap matching_documents(Xapian::Database& db, const Xapian::Query& query) {
    DocBitmap out(db.get_lastdocid());
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_docid_order(Xapian::Enquire::DONT_CARE);
    const Xapian::MSet all = enquire.get_mset(0, db.get_doccount());
    for (auto it = all.begin(); it != all.end(); ++it) {
        out.set(*it);
    }
    return out;
}

} // namespace ratsarchiv::server
