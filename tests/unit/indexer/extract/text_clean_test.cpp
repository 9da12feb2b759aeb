// Tests of full-text cleaning: hyphenation, page furniture, white space, form feeds.
#include <catch2/catch.hpp>

#include "indexer/extract/text_clean.h"

using ratsarchiv::indexer::extract::clean_text;

TEST_CASE("cleans PDF damage from the full text", "[extract][text]") {
    auto [raw, cleaned] = GENERATE(table<std::string, std::string>({
        {"Die Maß-\nnahme wird", "Die Maßnahme wird"},
        {"Die Maß-\r\nnahme", "Die Maßnahme"},
        {"Land Baden-\nWürttemberg", "Land Baden-\nWürttemberg"},
        {"Schul-\nund Sportamt", "Schul-\nund Sportamt"},
        {"viele    Leerzeichen\tund Tabs", "viele Leerzeichen und Tabs"},
        {"Seite eins\n\n\n\n\nSeite zwei", "Seite eins\n\nSeite zwei"},
        {"Text\n-- 1 of 3 --\nweiter", "Text\nweiter"},
        {"Text\n\xE2\x80\x93 2 \xE2\x80\x93\nweiter", "Text\nweiter"},
        {"Text\fweiter", "Text\nweiter"},
        {"Ge\xC2\xADmeinde\xC2\xA0rat", "Gemeinde rat"},
        {"Kosten: 5 -\n10 Euro", "Kosten: 5 -\n10 Euro"},
        {"", ""},
    }));
    CHECK(clean_text(raw) == cleaned);
}
