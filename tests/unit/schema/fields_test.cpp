// The field table: lookups by name, alias and parameter; keyword terms fold alike.
#include <catch2/catch.hpp>

#include <set>

#include "schema/document_identity.h"
#include "schema/fields.h"
#include "schema/value_list.h"

using namespace ratsarchiv::schema;

TEST_CASE("every field row has unique names, prefixes and slots", "[schema]") {
    std::set<std::string_view> names, prefixes, aliases;
    std::set<Xapian::valueno> slots;
    for (const auto& f : kFields) {
        CHECK(names.insert(f.name).second);
        CHECK(prefixes.insert(f.term_prefix).second);
        CHECK(aliases.insert(f.query_alias).second);
        if (f.slot != kNoSlot) {
            CHECK(slots.insert(f.slot).second);
        }
        CHECK(f.term_prefix.front() == 'X');
    }
}

TEST_CASE("fields are found by name, query alias and filter parameter", "[schema]") {
    REQUIRE(field_by_name("gremium") != nullptr);
    CHECK(field_by_query_alias("typ") == field_by_name("type"));
    CHECK(field_by_query_alias("jahr") == field_by_name("year"));
    CHECK(field_by_filter_param("signatory") == field_by_name("signatory"));
    CHECK(field_by_name("nonsense") == nullptr);
}

TEST_CASE("keyword terms fold case, white space and umlauts", "[schema]") {
    const FieldSpec& gremium = *field_by_name("gremium");
    auto [a, b] = GENERATE(table<std::string, std::string>({
        {"Der  Stadtrat", "der stadtrat"},
        {"Ausschuss für Bürgerangelegenheiten", "AUSSCHUSS FUER BUERGERANGELEGENHEITEN"},
        {" Verwaltungsausschuss\t", "verwaltungsausschuss"},
        {"Straßenbauamt", "STRASSENBAUAMT"},
    }));
    CHECK(keyword_term(gremium, a) == keyword_term(gremium, b));
    CHECK(keyword_term(gremium, a).rfind("XG", 0) == 0);
}

TEST_CASE("keyword terms never exceed Xapian's term length limit", "[schema]") {
    std::string long_value(1000, 'x');
    long_value += "ä";
    CHECK(keyword_term(*field_by_name("amt"), long_value).size() <= 245);
}

TEST_CASE("value lists round-trip several values in one slot", "[schema]") {
    std::vector<std::string> values{"Stadtrat", "Verwaltungsausschuss", "Die Oberbürgermeisterin"};
    CHECK(parse_value_list(serialize_value_list(values)) == values);
    CHECK(parse_value_list("").empty());
}

TEST_CASE("document ids are stable and depend on archive and source", "[schema]") {
    CHECK(document_id("magdeburg", "2022/S0254-22.txt") ==
          document_id("magdeburg", "2022/S0254-22.txt"));
    CHECK(document_id("magdeburg", "a.txt") != document_id("karlsruhe", "a.txt"));
    CHECK(document_id("ab", "c") != document_id("a", "bc"));
    CHECK(document_id("x", "y").size() == 16);
    CHECK(content_hash("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
}
