// The snippet window starts shortly before the first mention of a query word, in any of the
// spellings the search matches, and is the beginning of the text when nothing is mentioned.
#include <catch2/catch.hpp>

#include <string>

#include "server/search/snippet_window.h"

using ratsarchiv::server::SnippetNeedles;

namespace {
std::string filler(std::size_t words) {
    std::string text;
    for (std::size_t i = 0; i < words; ++i) {
        text += "Lorem ipsum dolor sit amet. ";
    }
    return text;
}
} // namespace

TEST_CASE("the snippet window opens at the first mention of a query word", "[server][snippet]") {
    auto [query, mention] = GENERATE(table<std::string, std::string>({
        {"Straße", "die Kaiserstraße wird saniert"},
        {"Strasse", "in der Straße vor dem Rathaus"},
        {"Buergerbeteiligung", "eine Bürgerbeteiligung findet statt"},
        {"Bürger", "die Buergerinnen und Buerger"},
        {"schulen", "Die Schulen der Stadt"},
        {"Digitalisierung der Schulen", "Strategie zur Digitalisierung"},
        {"Öffnungszeiten", "die öffnungszeiten der Bäder"},
    }));
    INFO(query << " in: " << mention);
    std::string text = filler(200) + mention + " " + filler(400);
    SnippetNeedles needles({query});
    std::string_view window = needles.window(text);
    std::size_t at = text.find(mention);
    CHECK(window.data() <= text.data() + at);
    CHECK(window.data() + window.size() > text.data() + at + mention.size());
    CHECK(window.data() >= text.data() + at - 200);
    CHECK(window.size() < text.size() / 2);
}

TEST_CASE("without a mention the snippet window is the beginning of the text",
          "[server][snippet]") {
    std::string text = filler(500);
    std::string_view window = SnippetNeedles({"Haushaltssicherung"}).window(text);
    CHECK(window.data() == text.data());
    CHECK(window.size() <= 600);
    // A window never cuts a character in two.
    std::string umlauts(2000, ' ');
    for (std::size_t i = 0; i + 1 < umlauts.size(); i += 2) {
        umlauts.replace(i, 2, "ä");
    }
    auto lead = SnippetNeedles({"Haushalt"}).window(umlauts);
    CHECK(lead.size() % 2 == 0);
}
