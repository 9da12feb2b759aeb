// ratsarchiv-gen-corpus: the synthetic archive is deterministic by seed, decodes cleanly in
// every layout and encoding, and its Stellungnahmen cite what they answer.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

#include "indexer/read/decode_text.h"
#include "schema/gzip.h"
#include "tools/gen-corpus/synthetic_corpus.h"

using namespace ratsarchiv;
using namespace ratsarchiv::gen_corpus;

namespace {

/// The decoded text of a generated file, as the indexer would read it.
indexer::DecodedText decode(const GeneratedFile& file) {
    const std::string plain = file.gzipped ? schema::gunzip(file.bytes, file.path) : file.bytes;
    return indexer::decode_text(plain);
}

bool valid_utf8_lines(const std::string& text) {
    return indexer::decode_text(text).encoding == "UTF-8" &&
           indexer::decode_text(text).diagnostics.empty();
}

} // namespace

TEST_CASE("gen-corpus gives the same bytes for the same seed and index", "[gen-corpus]") {
    for (std::uint64_t index : {0u, 1u, 17u, 999u, 123456u}) {
        INFO(index);
        const auto first = generate(7, index);
        const auto again = generate(7, index);
        CHECK(first.path == again.path);
        CHECK(first.bytes == again.bytes);
    }
    int differing = 0;
    for (std::uint64_t index = 0; index < 20; ++index) {
        differing += generate(1, index).bytes != generate(2, index).bytes ? 1 : 0;
    }
    CHECK(differing >= 18);
}

TEST_CASE("gen-corpus archive has unique paths, decodes cleanly and covers every layout",
          "[gen-corpus]") {
    std::set<std::string> paths;
    std::set<std::string> bodies;
    std::map<std::string, int> types;
    int non_public = 0, gzipped = 0, cp1252 = 0;
    for (std::uint64_t index = 0; index < 600; ++index) {
        const auto file = generate(1, index);
        INFO(file.path);
        CHECK(paths.insert(file.path).second);
        const auto decoded = decode(file);
        CHECK(decoded.diagnostics.empty());
        CHECK(decoded.encoding == file.encoding);
        CHECK(decoded.utf8.find(file.plan.thema.substr(0, 12)) != std::string::npos);
        if (!file.plan.number.empty()) {
            CHECK(decoded.utf8.find(file.plan.number) != std::string::npos);
        }
        bodies.insert(std::string(file.plan.body->dir));
        ++types[file.plan.type];
        non_public += file.plan.is_public ? 0 : 1;
        gzipped += file.gzipped ? 1 : 0;
        cp1252 += file.encoding != "UTF-8" ? 1 : 0;
    }
    CHECK(bodies.size() == 4);
    for (const char* type :
         {"Antrag", "Anfrage", "Stellungnahme", "Information", "Beschlussvorlage",
          "Informationsvorlage", "Niederschrift", "Vorlage"}) {
        INFO(type);
        CHECK(types[type] > 0);
    }
    CHECK(non_public > 0);
    CHECK(gzipped > 0);
    CHECK(cp1252 > 0);
}

TEST_CASE("gen-corpus spreads an archive over the years asked for, numbers unique",
          "[gen-corpus]") {
    std::set<std::string> paths;
    std::set<int> years;
    for (std::uint64_t index = 0; index < 2000; ++index) {
        const auto file = generate(3, index, 20);
        CHECK(paths.insert(file.path).second);
        years.insert(file.plan.year);
    }
    CHECK(years.size() == 20);
    CHECK(*years.begin() == 2006);
    CHECK(*years.rbegin() == 2025);
}

TEST_CASE("gen-corpus Stellungnahme cites the Antrag or Anfrage it answers", "[gen-corpus]") {
    int pairs = 0;
    for (std::uint64_t index = 1; index < 400; index += 2) {
        const auto answer = generate(3, index);
        if (answer.plan.type != "Stellungnahme") {
            continue;
        }
        const auto request = generate(3, index - 1);
        INFO(answer.path << " answers " << request.path);
        CHECK(request.plan.type == answer.plan.answered_type);
        CHECK(decode(answer).utf8.find(request.plan.number) != std::string::npos);
        CHECK(request.plan.thema == answer.plan.thema);
        ++pairs;
    }
    CHECK(pairs >= 20);
}

TEST_CASE("gen-corpus helpers: amounts, cp1252 and hyphenation between characters",
          "[gen-corpus]") {
    auto [value, expected] = GENERATE(table<long long, std::string>(
        {{0, "0"}, {999, "999"}, {1000, "1.000"}, {2318430, "2.318.430"}}));
    CHECK(german_amount(value) == expected);

    CHECK(to_cp1252("Straße – „öffentlich“ 5 €") == std::string("Stra\xDF"
                                                                "e \x96 \x84\xF6"
                                                                "ffentlich\x93 5 \x80"));
    CHECK_FALSE(to_cp1252("☒ Ja").has_value());

    Rng rng(11);
    const std::string text =
        "Die Überörtlichkeitsüberprüfungsmaßnahmen der Straßenbahnhaltestellen "
        "werden grundsätzlich überprüft und öffentlich ausgeschrieben.";
    for (std::size_t width = 12; width < 60; ++width) {
        INFO(width);
        CHECK(valid_utf8_lines(wrap(text, width, rng)));
    }
}
