// The bitmap evaluation of boolean queries matches exactly what Xapian's matcher matches, and
// declines positional and value-based queries.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "server/search/match_bitmap.h"

using ratsarchiv::server::match_bitmap;
using Q = Xapian::Query;

namespace {

// Documents 1..200; document n has term "m2" when n is even, "m3" when divisible by 3, "m5"
// when divisible by 5, and the phrase "a b" at positions 1, 2. Document 7 is deleted so the
// docids have a gap.
Xapian::WritableDatabase numbers_database() {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (int n = 1; n <= 200; ++n) {
        Xapian::Document doc;
        for (int d : {2, 3, 5}) {
            if (n % d == 0) {
                doc.add_term("m" + std::to_string(d));
            }
        }
        doc.add_posting("a", 1);
        doc.add_posting("b", 2);
        db.add_document(doc);
    }
    db.delete_document(7);
    db.commit();
    return db;
}

std::set<Xapian::docid> matcher_set(const Xapian::Database& db, const Q& q) {
    Xapian::Enquire enquire(db);
    enquire.set_query(q);
    std::set<Xapian::docid> out;
    Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        out.insert(*it);
    }
    return out;
}

} // namespace

TEST_CASE("a boolean query's bitmap holds exactly the documents the matcher finds",
          "[search][facets]") {
    auto db = numbers_database();
    const std::vector<std::pair<std::string, Q>> cases{
        {"term", Q("m2")},
        {"or", Q(Q::OP_OR, Q("m2"), Q("m3"))},
        {"and", Q(Q::OP_AND, Q("m2"), Q("m3"))},
        {"and not", Q(Q::OP_AND_NOT, Q("m2"), Q("m3"))},
        {"filter", Q(Q::OP_FILTER, Q(Q::OP_OR, Q("m3"), Q("m5")), Q("m2"))},
        {"and maybe", Q(Q::OP_AND_MAYBE, Q("m5"), Q("m2"))},
        {"synonym", Q(Q::OP_SYNONYM, Q("m3"), Q("m5"))},
        {"xor", Q(Q::OP_XOR, Q("m2"), Q("m3"))},
        {"scaled", Q(Q::OP_SCALE_WEIGHT, Q("m5"), 2.0)},
        {"match all minus", Q(Q::OP_AND_NOT, Q::MatchAll, Q("m2"))},
        {"unknown term", Q(Q::OP_OR, Q("nothing"), Q("m5"))},
        {"nested",
         Q(Q::OP_AND, Q(Q::OP_OR, Q("m2"), Q("m5")), Q(Q::OP_AND_NOT, Q::MatchAll, Q("m3")))},
    };
    for (const auto& [name, q] : cases) {
        SECTION(name) {
            auto bitmap = match_bitmap(db, q);
            REQUIRE(bitmap);
            std::set<Xapian::docid> got;
            bitmap->for_each([&](Xapian::docid did) { got.insert(did); });
            CHECK(got == matcher_set(db, q));
            CHECK(got.count(7) == 0);
        }
    }
}

TEST_CASE("positional and value queries are left to the matcher", "[search][facets]") {
    auto db = numbers_database();
    CHECK_FALSE(match_bitmap(db, Q(Q::OP_PHRASE, Q("a"), Q("b"))));
    CHECK_FALSE(match_bitmap(db, Q(Q::OP_AND, Q("m2"), Q(Q::OP_NEAR, Q("a"), Q("b")))));
    CHECK_FALSE(match_bitmap(db, Q(Q::OP_VALUE_RANGE, 0, "a", "b")));
    CHECK_FALSE(match_bitmap(db, Q()));
}
