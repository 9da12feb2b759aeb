// What a label file lets extraction reach: thema labels the text does not print, refs labels
// contradicted by byte-identical files (indexer/extract/reach_ceilings.h).
#include <Poco/JSON/Parser.h>
#include <catch2/catch.hpp>

#include "indexer/extract/reach_ceilings.h"

using namespace ratsarchiv;
using ratsarchiv::indexer::extract::ReachCeilings;
using ratsarchiv::indexer::extract::text_prints_thema;

namespace {
Poco::JSON::Object::Ptr parse(const std::string& json) {
    Poco::JSON::Parser parser;
    return parser.parse(json).extract<Poco::JSON::Object::Ptr>();
}

CouncilDocument doc_with(const std::string& text, const std::string& hash) {
    CouncilDocument doc;
    doc.text = text;
    doc.content_hash = hash;
    return doc;
}
} // namespace

TEST_CASE("tells which thema labels the head prints, also as the city composes them",
          "[extract][eval]") {
    const std::string text = "STELLUNGNAHME zum Antrag\nBSP-Gemeinderatsfraktion\nDez. 2\n"
                             "Sanierung der Beispiel-\nschule am Park\n\nDie Verwaltung prüft.";
    auto [thema, printed] = GENERATE(table<std::string, bool>({
        {"Sanierung der Beispielschule am Park", true},
        {"Sanierung der Beispielschule  am Park", true},
        {"Antrag BSP: Sanierung der Beispielschule am Park", true},
        {"Sanierung der Beispielschule am Park: Antrag BSP-Fraktion", true},
        {"Sanierung der Beispielschule am Park - Antrag der BSP-Fraktion", true},
        {"Sanierung der Beispielschule im Park", false},
        {"Beispielschule: Sanierung der Beispielschule am Park", false},
        {"Sanierung der Beispielschule am Park: Stand", false},
    }));
    INFO(thema);
    CHECK(text_prints_thema(text, thema) == printed);
}

TEST_CASE("counts refs labels that byte-identical files contradict", "[extract][eval]") {
    ReachCeilings ceilings;
    // One text filed under three papers (two files under A, one under B), one text alone.
    ceilings.add(doc_with("Punkt 4 ...", "h1"), *parse(R"({"refs": ["2031/0001"]})"));
    ceilings.add(doc_with("Punkt 4 ...", "h1"), *parse(R"({"refs": ["2031/0001"]})"));
    ceilings.add(doc_with("Punkt 4 ...", "h1"), *parse(R"({"refs": ["2031/0002"]})"));
    ceilings.add(doc_with("Punkt 5 ...", "h2"), *parse(R"({"refs": ["2031/0003"]})"));
    ceilings.add(doc_with("Punkt 5 ...", "h2"), *parse(R"({"refs": ["2031/0003"]})"));
    CHECK(ceilings.refs_labels() == 5);
    CHECK(ceilings.refs_contradicted() == 1);
    CHECK(ceilings.report().find("1 of 5") != std::string::npos);
}

TEST_CASE("sorts refs misses by what byte-identical copies say of them", "[extract][eval]") {
    ReachCeilings ceilings;
    // h1: one excerpt filed under two papers, both labeled; h2: its other copy has no label
    // (an unlabeled file, and a labeled file without refs); h3: alone.
    ceilings.add(doc_with("Punkt 4 ...", "h1"), *parse(R"({"refs": ["2031/0001"]})"));
    ceilings.add(doc_with("Punkt 4 ...", "h1"), *parse(R"({"refs": ["2031/0002"]})"));
    ceilings.add(doc_with("Punkt 5 ...", "h2"), *parse(R"({"refs": ["2031/0004"]})"));
    ceilings.add_unlabeled("h2");
    ceilings.add(doc_with("Punkt 6 ...", "h3"), *parse(R"({"refs": ["2031/0006"]})"));
    ceilings.add(doc_with("Punkt 7 ...", "h4"), *parse(R"({"refs": ["2031/0007"]})"));
    ceilings.add(doc_with("Punkt 7 ...", "h4"), *parse(R"({"type": "Niederschrift"})"));
    for (const char* hash : {"h1", "h2", "h3", "h4"}) {
        ceilings.add_refs_miss(hash);
    }
    auto misses = ceilings.refs_misses();
    CHECK(misses.contradicted_copies == 1);
    CHECK(misses.unlabeled_copies == 2);
    CHECK(misses.others == 1);
    CHECK(ceilings.report().find("refs misses: 4; 1 in groups") != std::string::npos);
}

TEST_CASE("tells thema labels with a word the file does not contain anywhere", "[extract][eval]") {
    const std::string text = "Informationsvorlage\nVerl\xC3\xA4ngerung der Belegungsvereinbarung "
                             "einer Immobilie\n\nDie Unterkunft wird weiter genutzt.";
    CHECK(indexer::extract::text_contains_words(text, "Verl\xC3\xA4ngerung der "
                                                      "Belegungsvereinbarung"));
    CHECK(indexer::extract::text_contains_words(text, "Unterkunft einer Immobilie"));
    CHECK_FALSE(indexer::extract::text_contains_words(text, "Verl\xC3\xA4ngerung der "
                                                            "Anmietung einer Immobilie"));
    ReachCeilings ceilings;
    ceilings.add(doc_with(text, "h1"),
                 *parse(R"({"thema": "Verlängerung der Anmietung einer Immobilie"})"));
    ceilings.add(doc_with(text, "h2"), *parse(R"({"thema": "Unterkunft einer Immobilie"})"));
    CHECK(ceilings.thema_unprinted() == 2);
    CHECK(ceilings.thema_foreign_words() == 1);
}
