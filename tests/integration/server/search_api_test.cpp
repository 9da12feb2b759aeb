// /api/search against the real server on a loopback port over a real index of the fixture
// archive (tests/data/server/documents.jsonl): hits, filters, facets, sort, paging, syntax.
#include <catch2/catch.hpp>

#include <set>

#include <Poco/JSON/Array.h>

#include "support/server_fixture.h"

using namespace ratsarchiv::testing;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

// The count of `value` in facet `name` of a search answer (0 when absent).
std::uint64_t facet_count(const Object::Ptr& answer, const std::string& name,
                          const std::string& value) {
    Array::Ptr values = answer->getObject("facets")->getArray(name);
    for (std::size_t i = 0; i < values->size(); ++i) {
        auto entry = values->getObject(i);
        if (entry->getValue<std::string>("value") == value) {
            return entry->getValue<std::uint64_t>("count");
        }
    }
    return 0;
}

std::uint64_t total(const Object::Ptr& answer) {
    return answer->getValue<std::uint64_t>("total");
}

std::vector<std::string> hit_numbers(const Object::Ptr& answer) {
    std::vector<std::string> numbers;
    Array::Ptr hits = answer->getArray("hits");
    for (std::size_t i = 0; i < hits->size(); ++i) {
        numbers.push_back(hits->getObject(i)->getValue<std::string>("number"));
    }
    return numbers;
}

} // namespace

TEST_CASE("search finds every document containing a word and returns the hit fields",
          "[server][search]") {
    ServerFixture f;
    auto answer = f.server.get_json("/api/search?q=Digitalisierung");
    CHECK(total(answer) == 5);
    CHECK(answer->getValue<bool>("total_exact"));
    auto hit = answer->getArray("hits")->getObject(0);
    for (const char* key : {"id", "source", "number", "type", "date", "thema", "body", "amt",
                            "gremien", "score", "snippet"}) {
        INFO(key);
        CHECK(hit->has(key));
    }
    CHECK(hit->getValue<std::string>("snippet").find("<mark>") != std::string::npos);
    CHECK(answer->has("facets"));
    CHECK(answer->has("suggestion"));
}

TEST_CASE("search never shows non-public documents to anonymous users", "[server][search]") {
    ServerFixture f;
    CHECK(total(f.server.get_json("/api/search?q=Zauberwaldweg")) == 0);
    CHECK(total(f.server.get_json("/api/search?q=nummer:DS0999/23")) == 0);
    auto all = f.server.get_json("/api/search?limit=0");
    CHECK(total(all) == 11);
    CHECK(facet_count(all, "gremium", "Vergabeausschuss Quaxel") == 0);
    CHECK(facet_count(all, "amt", "Liegenschaftsamt") == 0);
}

TEST_CASE("filters: values of one filter combine with OR, different filters with AND",
          "[server][search]") {
    ServerFixture f;
    auto [query, expected] = GENERATE(table<std::string, std::uint64_t>({
        {"type=Stellungnahme", 2},
        {"type=Stellungnahme&type=Antrag", 3},
        {"type=Stellungnahme&body=Stadt%20Karlsruhe", 1},
        {"gremium=Gemeinderat", 4},
        {"gremium=Gemeinderat&gremium=Magistrat", 5},
        {"gremium=stadtrat", 5},
        {"year=2021", 3},
        {"year=2021&year=2024", 5},
        {"from=2022-01-01&to=2022-12-31", 4},
        {"from=2024", 2},
        {"to=2021", 3},
        {"signatory=Simone%20Borris", 3},
        {"amt=Amt%2040&year=2022", 2},
        {"q=Digitalisierung&body=Landeshauptstadt%20Magdeburg", 4},
        {"q=Digitalisierung&type=Vorlage", 1},
        // Discussed in a period: a Beratungsfolge step inside it, of the filtered committee.
        {"session_from=2022-04-01&session_to=2022-04-30", 1},
        {"gremium=Stadtrat&session_from=2022-04-01&session_to=2022-04-30", 0},
        {"gremium=Stadtrat&session_from=2022&session_to=2022", 3},
        {"gremium=Gemeinderat&session_to=2021-12-31", 3},
        {"session_from=2024", 3},
        {"session_year=2024", 3},
        {"session_year=2024&year=2023", 1},
    }));
    INFO(query);
    CHECK(total(f.server.get_json("/api/search?limit=0&" + query)) == expected);
}

TEST_CASE("each facet is counted under the other active filters", "[server][search][facets]") {
    ServerFixture f;
    auto answer =
        f.server.get_json("/api/search?q=Digitalisierung&body=Landeshauptstadt%20Magdeburg");
    REQUIRE(total(answer) == 4);
    // The body facet ignores the body filter: Bremerhaven stays visible as an alternative.
    CHECK(facet_count(answer, "body", "Landeshauptstadt Magdeburg") == 4);
    CHECK(facet_count(answer, "body", "Stadt Bremerhaven") == 1);
    // Other facets are counted within the filtered matches.
    CHECK(facet_count(answer, "type", "Antrag") == 1);
    CHECK(facet_count(answer, "type", "Vorlage") == 0);
    CHECK(facet_count(answer, "gremium", "Stadtrat") == 4);
    CHECK(facet_count(answer, "year", "2022") == 3);
    CHECK(facet_count(answer, "signatory", "Simone Borris") == 3);

    auto two = f.server.get_json("/api/search?q=Digitalisierung&body=Landeshauptstadt%20Magdeburg"
                                 "&type=Stellungnahme");
    CHECK(total(two) == 1);
    CHECK(facet_count(two, "type", "Antrag") == 1);            // ignores the type filter
    CHECK(facet_count(two, "type", "Vorlage") == 0);           // but keeps the body filter
    CHECK(facet_count(two, "body", "Stadt Bremerhaven") == 0); // keeps the type filter
    CHECK(facet_count(two, "body", "Landeshauptstadt Magdeburg") == 1);
}

TEST_CASE("an active filter value stays listed in its facet even with no matches",
          "[server][search][facets]") {
    ServerFixture f;
    auto answer = f.server.get_json("/api/search?q=Radverkehrskonzept&type=Antrag");
    CHECK(total(answer) == 0);
    CHECK(facet_count(answer, "type", "Beschlussvorlage") == 1);
    bool listed = false;
    auto values = answer->getObject("facets")->getArray("type");
    for (std::size_t i = 0; i < values->size(); ++i) {
        listed = listed || values->getObject(i)->getValue<std::string>("value") == "Antrag";
    }
    CHECK(listed);
}

TEST_CASE("sort orders hits by date both ways", "[server][search]") {
    ServerFixture f;
    auto desc = hit_numbers(f.server.get_json("/api/search?q=Digitalisierung&sort=date_desc"));
    CHECK(desc ==
          std::vector<std::string>{"15/2024", "I0276/23", "DS0301/22", "S0254/22", "A0105/22"});
    auto asc = hit_numbers(f.server.get_json("/api/search?q=Digitalisierung&sort=date_asc"));
    CHECK(asc ==
          std::vector<std::string>{"A0105/22", "S0254/22", "DS0301/22", "I0276/23", "15/2024"});
}

TEST_CASE("paging walks through all hits without repeats", "[server][search]") {
    ServerFixture f;
    std::set<std::string> seen;
    for (int page = 1; page <= 4; ++page) {
        auto answer =
            f.server.get_json("/api/search?limit=3&sort=date_asc&page=" + std::to_string(page));
        CHECK(total(answer) == 11);
        auto numbers = hit_numbers(answer);
        CHECK(numbers.size() == (page < 4 ? 3u : 2u));
        seen.insert(numbers.begin(), numbers.end());
    }
    CHECK(seen.size() == 11);
}

TEST_CASE("query syntax: phrases, exclusion, OR, wildcards and field prefixes",
          "[server][search][syntax]") {
    ServerFixture f;
    auto [q, expected] = GENERATE(table<std::string, std::uint64_t>({
        {"\"Digitalisierung der Schulen\"", 2},
        {"Digitalisierung -Schulen", 1},
        {"Radverkehrskonzept OR Haushaltssicherung", 3},
        {"Haltestelle*", 2},
        {"gremium:Gemeinderat", 4},
        {"gremium:\"Ausschuss für Bildung\"", 1},
        {"typ:Stellungnahme Straßenbahn", 1},
        {"jahr:2024", 2},
        {"nummer:S0254/22", 1},
        {"S0254/22", 2},
        {"body:\"Stadt Bremerhaven\" OR body:\"Stadt Aschersleben\"", 2},
        {"amt:Tiefbauamt", 1},
        {"-Digitalisierung", 6},
    }));
    INFO(q);
    CHECK(total(f.server.get_json("/api/search?limit=0&q=" + url_encode(q))) == expected);
}

TEST_CASE("every word of a query must match", "[server][search]") {
    ServerFixture f;
    auto [q, all_words] = GENERATE(table<std::string, std::vector<std::string>>({
        {"Digitalisierung Schulen", {"A0105/22", "S0254/22", "DS0301/22", "I0276/23"}},
        {"Straßenbahn barrierefrei", {"2021/0900", "2021/0900/1"}},
    }));
    INFO(q);
    auto answer = f.server.get_json("/api/search?q=" + url_encode(q));
    CHECK(answer->getValue<std::string>("words_matched") == "all");
    REQUIRE(total(answer) == all_words.size());
    auto numbers = hit_numbers(answer);
    CHECK(std::set<std::string>(numbers.begin(), numbers.end()) ==
          std::set<std::string>(all_words.begin(), all_words.end()));
}

TEST_CASE("without a document that has all the words, those with some are listed",
          "[server][search]") {
    ServerFixture f;
    // No document has both words; each is in some.
    auto answer = f.server.get_json("/api/search?q=Radverkehrskonzept%20Haushaltssicherung");
    CHECK(answer->getValue<std::string>("words_matched") == "any");
    CHECK(total(answer) == 3);
    // The same words under a filter that leaves none with both: still the words_matched "any".
    auto filtered = f.server.get_json("/api/search?q=Digitalisierung%20Straßenbahn&type=Antrag");
    CHECK(filtered->getValue<std::string>("words_matched") == "any");
    CHECK(total(filtered) > 0);
    // Nothing to fall back to: a made-up word alone stays "all" with no hits.
    auto none = f.server.get_json("/api/search?q=Qxzvbnm");
    CHECK(none->getValue<std::string>("words_matched") == "all");
    CHECK(total(none) == 0);
}

TEST_CASE("snippets mark the matches and escape the document's HTML", "[server][search]") {
    ServerFixture f;
    auto answer = f.server.get_json("/api/search?q=Reserve");
    REQUIRE(total(answer) == 1);
    std::string snippet = answer->getArray("hits")->getObject(0)->getValue<std::string>("snippet");
    CHECK(snippet.find("<mark>Reserve</mark>") != std::string::npos);
    CHECK(snippet.find("&lt;") != std::string::npos);
    CHECK(snippet.find("&amp;") != std::string::npos);
    CHECK(snippet.find("<b>") == std::string::npos);
}

TEST_CASE("a misspelt query gets a suggestion that finds more", "[server][search]") {
    ServerFixture f;
    auto answer = f.server.get_json("/api/search?q=Digitalisirung");
    REQUIRE_FALSE(answer->isNull("suggestion"));
    std::string suggestion = answer->getValue<std::string>("suggestion");
    CHECK(total(f.server.get_json("/api/search?q=" + url_encode(suggestion))) == 5);
    CHECK(f.server.get_json("/api/search?q=Digitalisierung")->isNull("suggestion"));
    // Words only non-public documents contain are never suggested.
    auto hidden = f.server.get_json("/api/search?q=Zauberwaldwek");
    CHECK(hidden->isNull("suggestion"));
}

TEST_CASE("without facets the total may be an estimate and says so", "[server][search]") {
    ServerFixture f;
    auto answer = f.server.get_json("/api/search?q=Digitalisierung&facets=false&limit=1");
    CHECK(answer->has("total_exact"));
    CHECK(answer->getObject("facets")->size() == 0);
    CHECK(hit_numbers(answer).size() == 1);
}

TEST_CASE("bad parameters answer 400 naming the parameter", "[server][errors]") {
    ServerFixture f;
    auto [query, parameter] = GENERATE(table<std::string, std::string>({
        {"limit=101", "limit"},
        {"limit=abc", "limit"},
        {"page=0", "page"},
        {"page=200&limit=100", "page"},
        {"sort=newest", "sort"},
        {"from=2022-13-01", "from"},
        {"to=gestern", "to"},
        {"from=2023&to=2022", "from"},
        {"year=22", "year"},
        {"session_year=24", "session_year"},
        {"session_from=morgen", "session_from"},
        {"session_from=2024&session_to=2023", "session_from"},
        {"facets=maybe", "facets"},
        {"colour=blue", "colour"},
        {"q=a*", "q"},
        {"q=" + std::string(1001, 'x'), "q"},
        {"q=a&q=b", "q"},
    }));
    INFO(query);
    auto answer = f.server.get("/api/search?" + query);
    CHECK(answer.status == 400);
    auto error = answer.json()->getObject("error");
    CHECK(error->getValue<std::string>("parameter") == parameter);
    CHECK_FALSE(error->getValue<std::string>("message").empty());
}

TEST_CASE("the session-year facet counts documents by the years they were discussed",
          "[server][search][facets]") {
    ServerFixture f;
    auto answer = f.server.get_json("/api/search?q=&limit=0");
    CHECK(facet_count(answer, "session_year", "2024") == 3);
    CHECK(facet_count(answer, "session_year", "2021") == 3);
    // I0276/23 is dated 2023 but discussed in 2024: both years count it, each in its facet.
    CHECK(facet_count(answer, "year", "2023") == 2);
    // The hidden document's committee year is not counted for an anonymous user.
    auto filtered = f.server.get_json("/api/search?q=&limit=0&session_year=2023");
    CHECK(total(filtered) == 1);
}
