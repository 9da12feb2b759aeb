// Tests of encoding detection and decoding: UTF-8 with and without BOM, cp1252, latin-1.
#include <catch2/catch.hpp>

#include "indexer/read/decode_text.h"

using ratsarchiv::indexer::decode_text;

TEST_CASE("decodes council files of each encoding to UTF-8", "[extract][encoding]") {
    auto [bytes, utf8, encoding] = GENERATE(table<std::string, std::string, std::string>({
        {"Maßnahme", "Maßnahme", "UTF-8"},
        {"\xEF\xBB\xBFMaßnahme", "Maßnahme", "UTF-8"},
        {"Ma\xDFnahme f\xFCr B\xFCrger", "Maßnahme für Bürger", "ISO-8859-1"},
        {"\x84Stra\xDF"
         "e\x93 \x96 5 \x80",
         "„Straße“ – 5 €", "windows-1252"},
        {"Zeile\r\nZeile", "Zeile\r\nZeile", "UTF-8"},
    }));
    auto decoded = decode_text(bytes);
    CHECK(decoded.utf8 == utf8);
    CHECK(decoded.encoding == encoding);
}

TEST_CASE("reports NUL bytes of binary content", "[extract][encoding]") {
    auto decoded = decode_text(std::string("ab\0\0cd", 6));
    CHECK(decoded.utf8 == "abcd");
    REQUIRE(decoded.diagnostics.size() == 1);
    CHECK(decoded.diagnostics.front().severity == ratsarchiv::Severity::Problem);
}

TEST_CASE("a few NUL bytes in a long text are a note, not a problem", "[extract][encoding]") {
    std::string text(2000, 'a');
    text[700] = '\0';
    auto decoded = decode_text(text);
    CHECK(decoded.utf8 == std::string(1999, 'a'));
    REQUIRE(decoded.diagnostics.size() == 1);
    CHECK(decoded.diagnostics.front().severity == ratsarchiv::Severity::Note);
}
