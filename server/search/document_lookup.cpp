// Id, number and reference lookups, the reference chain and similar documents.
#include "server/search/document_lookup.h"

#include <algorithm>
#include <deque>
#include <set>

#include "schema/document_json.h"
#include "schema/fields.h"
#include "schema/text_fold.h"
#include "server/search/searcher.h"

namespace ratsarchiv::server {

namespace {

constexpr int kChainSteps = 3;
constexpr Xapian::termcount kExpandTerms = 25;
constexpr std::size_t kQueryTerms = 15; ///< of the expansion, searched for similar documents

std::vector<Xapian::Document> run(Xapian::Database& db, const Audience& audience,
                                  const Xapian::Query& query, Xapian::doccount limit,
                                  bool newest_first) {
    Xapian::Enquire enquire(db);
    enquire.set_query(restrict_to_audience(audience, query));
    if (newest_first) {
        enquire.set_sort_by_value(schema::kSlotDate, true);
    }
    std::vector<Xapian::Document> docs;
    Xapian::MSet mset = enquire.get_mset(0, limit);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        docs.push_back(it.get_document());
    }
    return docs;
}

// Only unprefixed (free-text) terms describe what a document is about, and only terms other
// documents share can find them: a term of this document alone weighs most in the expansion
// but matches nothing else.
class SharedTextTerms : public Xapian::ExpandDecider {
public:
    explicit SharedTextTerms(const Xapian::Database& db) : db_(db) {}
    bool operator()(const std::string& term) const override {
        return !term.empty() && !(term[0] >= 'A' && term[0] <= 'Z') && term.size() > 3 &&
               !std::all_of(term.begin(), term.end(),
                            [](char c) { return (c >= '0' && c <= '9') || c == '.'; }) &&
               db_.get_termfreq(term) >= 2;
    }

private:
    const Xapian::Database& db_;
};

std::vector<Xapian::Document> neighbours(Xapian::Database& db, const Audience& audience,
                                         const CouncilDocument& d) {
    std::vector<Xapian::Document> out;
    for (const auto& ref : d.refs) {
        for (auto& doc : documents_with_number(db, audience, ref.number, 5)) {
            out.push_back(std::move(doc));
        }
    }
    if (!d.number.empty()) {
        for (auto& doc : documents_citing(db, audience, d.number, 20)) {
            out.push_back(std::move(doc));
        }
    }
    return out;
}

} // namespace

std::optional<Xapian::Document> find_document(Xapian::Database& db, const Audience& audience,
                                              const std::string& id) {
    if (auto did = find_docid(db, audience, id)) {
        return db.get_document(*did);
    }
    return std::nullopt;
}

std::optional<Xapian::docid> find_docid(Xapian::Database& db, const Audience& audience,
                                        const std::string& id) {
    if (id.empty() || id.size() > 200) {
        return std::nullopt;
    }
    const std::string term = schema::id_term(id);
    // Staff's whole archive holds a partly restricted document twice (public view and full).
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
        if (may_see(audience, db.get_document(*it))) {
            return *it;
        }
    }
    return std::nullopt;
}

std::vector<Xapian::Document> documents_with_number(Xapian::Database& db, const Audience& audience,
                                                    const std::string& number,
                                                    Xapian::doccount limit) {
    if (number.empty()) {
        return {};
    }
    return run(db, audience,
               Xapian::Query(schema::keyword_term(*schema::field_by_name("number"), number)), limit,
               true);
}

std::vector<Xapian::Document> documents_citing(Xapian::Database& db, const Audience& audience,
                                               const std::string& number, Xapian::doccount limit) {
    if (number.empty()) {
        return {};
    }
    std::string term(schema::kPrefixCites);
    term += schema::fold_keyword(number);
    return run(db, audience, Xapian::Query(term), limit, true);
}

std::vector<SearchHit> reference_chain(Xapian::Database& db, const Audience& audience,
                                       const Xapian::Document& doc, std::size_t limit) {
    // By document id: Xapian's Document::get_docid() is the docid within one part or shard.
    std::set<std::string> seen{schema::document_from_json_text(doc.get_data()).id};
    std::deque<std::pair<Xapian::Document, int>> queue{{doc, 0}};
    std::vector<std::pair<std::string, SearchHit>> found;
    while (!queue.empty() && found.size() < limit) {
        auto [current, steps] = queue.front();
        queue.pop_front();
        if (steps >= kChainSteps) {
            continue;
        }
        CouncilDocument d = schema::document_from_json_text(current.get_data());
        for (auto& next : neighbours(db, audience, d)) {
            if (found.size() >= limit) {
                continue;
            }
            SearchHit hit = hit_from_document(next);
            if (!seen.insert(hit.id).second) {
                continue;
            }
            found.emplace_back(hit.date, hit);
            queue.emplace_back(std::move(next), steps + 1);
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<SearchHit> chain;
    for (auto& [date, hit] : found) {
        chain.push_back(std::move(hit));
    }
    return chain;
}

std::vector<SearchHit> similar_documents(Xapian::Database& db, const Audience& audience,
                                         const Xapian::Document& doc,
                                         const std::vector<std::string>& exclude_ids,
                                         std::size_t limit) {
    const std::string id = schema::document_from_json_text(doc.get_data()).id;
    // The docid in the whole view: Document::get_docid() is the one within its part or shard.
    const std::optional<Xapian::docid> did = find_docid(db, audience, id);
    if (!did) {
        return {};
    }
    Xapian::Enquire enquire(db);
    Xapian::RSet rset;
    rset.add_document(*did);
    SharedTextTerms decider(db);
    // Exact frequencies: over several parts or shards Xapian would estimate them from the one
    // part the relevant document is in, and the terms chosen would follow the layout.
    Xapian::ESet eset =
        enquire.get_eset(kExpandTerms, rset, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);
    if (eset.empty()) {
        return {};
    }
    // The best terms of the expansion, chosen here: OP_ELITE_SET would choose per database, and
    // a sharded archive would find other documents than the combined index.
    std::vector<Xapian::Query> best;
    for (auto it = eset.begin(); it != eset.end() && best.size() < kQueryTerms; ++it) {
        best.emplace_back(*it);
    }
    Xapian::Query expanded(Xapian::Query::OP_OR, best.begin(), best.end());
    std::vector<Xapian::Query> excluded{Xapian::Query(schema::id_term(id))};
    for (const auto& id : exclude_ids) {
        excluded.emplace_back(schema::id_term(id));
    }
    enquire.set_query(restrict_to_audience(
        audience,
        Xapian::Query(Xapian::Query::OP_AND_NOT, expanded,
                      Xapian::Query(Xapian::Query::OP_OR, excluded.begin(), excluded.end()))));
    std::vector<SearchHit> hits;
    Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(limit));
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        SearchHit hit = hit_from_document(it.get_document());
        hit.score = it.get_weight();
        hits.push_back(std::move(hit));
    }
    return hits;
}

} // namespace ratsarchiv::server
