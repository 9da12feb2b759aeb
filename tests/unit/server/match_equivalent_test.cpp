// match_equivalent keeps the match set of a query while dropping weight-only structure.
#include <catch2/catch.hpp>

#include <set>

#include "schema/analysis/german_analyzer.h"
#include "server/search/match_equivalent.h"
#include "server/search/query_parser.h"
#include "support/server_fixture.h"

using namespace ratsarchiv;
using namespace ratsarchiv::testing;

namespace {

std::set<Xapian::docid> matches(Xapian::Database& db, const Xapian::Query& q) {
    Xapian::Enquire enquire(db);
    enquire.set_query(q);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    std::set<Xapian::docid> ids;
    Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        ids.insert(*it);
    }
    return ids;
}

} // namespace

TEST_CASE("match_equivalent keeps exactly the documents a query matches", "[server][match]") {
    TempDirectory dir;
    write_server_fixture_index(dir.file("db"));
    Xapian::Database db(dir.file("db"));
    analysis::GermanAnalyzer analyzer;
    server::QueryLimits limits;
    auto q = GENERATE(as<std::string>{}, "Digitalisierung", "Digitalisierung Schulen",
                      "Straßenbahn barrierefrei Marktplatz", "Schule -Tablet",
                      "\"Digitalisierung der Schulen\" Glasfaser", "Rad* OR Haushaltssicherung",
                      "gremium:Stadtrat Bericht", "S0254/22 Stellungnahme", "Zauberwaldweg");
    INFO(q);
    Xapian::Query full = server::build_xapian_query(server::parse_user_query(q, limits), analyzer,
                                                    limits, {""}, &db);
    Xapian::Query lean = server::match_equivalent(full);
    CHECK(matches(db, lean) == matches(db, full));
}

TEST_CASE("match_equivalent drops the all-words bonus and weight scaling", "[server][match]") {
    Xapian::Query a("a"), b("b");
    Xapian::Query bonus(Xapian::Query::OP_OR, Xapian::Query(Xapian::Query::OP_OR, a, b),
                        Xapian::Query(Xapian::Query::OP_AND, a, b));
    CHECK(server::match_equivalent(bonus).get_description() == "Query((a OR b))");
    Xapian::Query scaled(Xapian::Query::OP_SCALE_WEIGHT, a, 0.0);
    CHECK(server::match_equivalent(scaled).get_description() == "Query(a)");
    Xapian::Query maybe(Xapian::Query::OP_AND_MAYBE, a, b);
    CHECK(server::match_equivalent(maybe).get_description() == "Query(a)");
    // An AND that adds documents (c is no alternative of the OR) stays.
    Xapian::Query needed(Xapian::Query::OP_OR, a,
                         Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("c"), b));
    CHECK(server::match_equivalent(needed).get_description() == needed.get_description());
}
