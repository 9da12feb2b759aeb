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

DocBitmap TermBitmapCache::get(const Xapian::Database& db, const std::string& term) {
    {
        std::lock_guard lock(mutex_);
        if (auto it = kept_.find(term); it != kept_.end()) {
            return *it->second;
        }
    }
    DocBitmap bitmap = term_bitmap(db, term);
    const auto frequent = static_cast<double>(db.get_termfreq(term)) >=
                          min_share_ * static_cast<double>(db.get_doccount());
    if (frequent) {
        std::lock_guard lock(mutex_);
        if (bytes_ + bitmap.bytes() <= max_bytes_ &&
            kept_.emplace(term, std::make_shared<const DocBitmap>(bitmap)).second) {
            bytes_ += bitmap.bytes();
        }
    }
    return bitmap;
}

namespace {

std::optional<DocBitmap> evaluate(const Xapian::Database& db, const Xapian::Query& q,
                                  const TermBitmaps* known, TermBitmapCache* cache) {
    using Q = Xapian::Query;
    switch (q.get_type()) {
    case Q::LEAF_TERM: {
        const std::string term = *q.get_terms_begin();
        if (known != nullptr) {
            if (auto it = known->find(term); it != known->end()) {
                return it->second;
            }
        }
        return cache != nullptr ? cache->get(db, term) : term_bitmap(db, term);
    }
    case Q::LEAF_MATCH_ALL:
        return term_bitmap(db, std::string());
    case Q::LEAF_MATCH_NOTHING:
        return DocBitmap(db.get_lastdocid());
    case Q::OP_SCALE_WEIGHT:
    case Q::OP_AND_MAYBE: // the optional side only adds weight
        return evaluate(db, q.get_subquery(0), known, cache);
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
        std::optional<DocBitmap> part = evaluate(db, q.get_subquery(i), known, cache);
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
                                      const TermBitmaps* known, TermBitmapCache* cache) {
    if (query.empty()) {
        return std::nullopt;
    }
    return evaluate(db, query, known, cache);
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
