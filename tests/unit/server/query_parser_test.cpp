// The user query syntax: input -> syntax tree, and the boolean parts of the Xapian query.
#include <algorithm>

#include <catch2/catch.hpp>

#include "schema/analysis/german_analyzer.h"
#include "schema/errors.h"
#include "server/search/query_parser.h"

using namespace ratsarchiv;
using namespace ratsarchiv::server;

TEST_CASE("parses the user query syntax into a syntax tree", "[server][query_parser]") {
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"", "and()"},
        {"Digitalisierung", "and(word:Digitalisierung)"},
        {"Digitalisierung  Schulen", "and(word:Digitalisierung, word:Schulen)"},
        {"\"Digitalisierung der Schulen\"", "and(phrase:\"Digitalisierung der Schulen\")"},
        {"\"offene  Phrase", "and(phrase:\"offene Phrase\")"},
        {"Schule -Tablet", "and(word:Schule) not(word:Tablet)"},
        {"Schule -\"digitale Tafel\"", "and(word:Schule) not(phrase:\"digitale Tafel\")"},
        {"Rad OR Fahrrad Innenstadt", "and(or(word:Rad, word:Fahrrad), word:Innenstadt)"},
        {"a OR b OR c", "and(or(word:a, word:b, word:c))"},
        {"OR Rad", "and(word:Rad)"},
        {"Rad OR", "and(word:Rad)"},
        {"or Rad", "and(word:or, word:Rad)"},
        {"Haltestelle*", "and(wildcard:Haltestelle*)"},
        {"gremium:Stadtrat", "and(field:gremium=Stadtrat)"},
        {"gremium:\"Ausschuss für Bildung\" Schule",
         "and(field:gremium=Ausschuss für Bildung, word:Schule)"},
        {"typ:Antrag OR typ:Anfrage", "and(or(field:type=Antrag, field:type=Anfrage))"},
        {"jahr:2022 nummer:S0254/22", "and(field:year=2022, field:number=S0254/22)"},
        {"body:Magdeburg -amt:\"Amt 40\"", "and(field:body=Magdeburg) not(field:amt=Amt 40)"},
        {"unterzeichner:Borris", "and(field:signatory=Borris)"},
        {"farbe:rot", "and(word:farbe:rot)"},
        {"-", "and(word:-)"},
        {"S0254/22", "and(word:S0254/22)"},
    }));
    INFO(input);
    CHECK(parse_user_query(input, QueryLimits{}).describe() == expected);
}

TEST_CASE("rejects queries beyond the limits, naming q", "[server][query_parser]") {
    QueryLimits limits;
    limits.max_length = 20;
    limits.max_clauses = 3;
    auto input = GENERATE(as<std::string>{}, "a b c d", std::string(21, 'x'), "x*", "Rad OR b*");
    INFO(input);
    try {
        parse_user_query(input, limits);
        FAIL("no error");
    } catch (const BadParameter& e) {
        CHECK(e.parameter() == "q");
    }
}

TEST_CASE("builds exact boolean terms for field prefixes and excludes with AND_NOT",
          "[server][query_parser]") {
    analysis::GermanAnalyzer analyzer;
    QueryLimits limits;
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"", "Query(<alldocuments>)"},
        {"gremium:Stadtrat", "Query(0 * XGstadtrat)"},
        {"gremium:\"Ausschuss für Bildung\"", "Query(0 * XGausschuss fuer bildung)"},
        {"typ:Antrag OR jahr:2022", "Query((0 * XTantrag OR 0 * XY2022))"},
        {"nummer:S0254/22", "Query((XNs0254/22 OR XNVs0254/22))"},
        {"-typ:Antrag", "Query((<alldocuments> AND_NOT XTantrag))"},
        {"Halte*", "Query(WILDCARD SYNONYM halte)"},
    }));
    INFO(input);
    CHECK(build_xapian_query(parse_user_query(input, limits), analyzer, limits).get_description() ==
          expected);
}

TEST_CASE("with a database, plain words go to the analyzer's ranked text query",
          "[server][query_parser]") {
    analysis::GermanAnalyzer analyzer;
    QueryLimits limits;
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::Query built = build_xapian_query(parse_user_query("Strategie Digitalisierung", limits),
                                             analyzer, limits, {""}, &db);
    CHECK(built.get_description() ==
          analyzer.text_query({"Strategie", "Digitalisierung"}, db).get_description());
}

TEST_CASE("free words go through the analyzer the indexer uses", "[server][query_parser]") {
    analysis::GermanAnalyzer analyzer;
    QueryLimits limits;
    Xapian::Query built = build_xapian_query(parse_user_query("Schulen", limits), analyzer, limits);
    CHECK(built.get_description() ==
          Xapian::Query(analyzer.word_query("Schulen", "")).get_description());
}

TEST_CASE("an empty query matches all documents through a query object of its own",
          "[server][query_parser]") {
    // Xapian::Query::MatchAll is one static object whose reference count is not atomic: request
    // threads copying it at once corrupted the count and crashed the server. Every empty or
    // exclusion-only query must carry its own match-all internals.
    analysis::GermanAnalyzer analyzer;
    QueryLimits limits;
    for (const char* input : {"", "-typ:Antrag"}) {
        INFO(input);
        Xapian::Query built = build_xapian_query(parse_user_query(input, limits), analyzer, limits);
        std::vector<const Xapian::Query::Internal*> internals;
        std::vector<Xapian::Query> pending{built};
        while (!pending.empty()) {
            Xapian::Query q = pending.back();
            pending.pop_back();
            internals.push_back(q.internal.get());
            for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) {
                pending.push_back(q.get_subquery(i));
            }
        }
        CHECK(std::find(internals.begin(), internals.end(),
                        Xapian::Query::MatchAll.internal.get()) == internals.end());
    }
}
