// Which Beratungsfolge comparison the evaluation reports: every step for label files that list
// non-public steps, the public feed's steps for label files that (almost) never do; Gremien no
// label names are an analysis line, never left out of the score.
#include <Poco/JSON/Parser.h>
#include <catch2/catch.hpp>

#include "indexer/extract/evaluation.h"

using ratsarchiv::BeratungStep;
using ratsarchiv::CouncilDocument;
using ratsarchiv::indexer::extract::Evaluation;

namespace {
BeratungStep step(const std::string& gremium, const std::string& date, bool is_public) {
    BeratungStep s;
    s.gremium = gremium;
    s.date = date;
    s.is_public = is_public;
    return s;
}

// Adds `n` documents with a public Gemeinderat step, a non-public Bauausschuss step and a public
// Vorberatungskreis step; the label lists the Gemeinderat, and the Bauausschuss when
// `lists_nonpublic`.
void add_documents(Evaluation& evaluation, int n, bool lists_nonpublic) {
    for (int i = 0; i < n; ++i) {
        CouncilDocument doc;
        doc.beratungsfolge = {step("Gemeinderat", "2031-03-24", true),
                              step("Bauausschuss", "2031-03-10", false),
                              step("Vorberatungskreis", "2031-03-01", true)};
        std::string steps = R"({"gremium": "Gemeinderat", "date": "2031-03-24"})";
        if (lists_nonpublic) {
            steps += R"(, {"gremium": "Bauausschuss", "date": "2031-03-10"})";
        }
        Poco::JSON::Parser parser;
        auto label = parser
                         .parse(R"({"file": "f)" + std::to_string(i) +
                                R"(.txt", "beratungsfolge": [)" + steps + "]}")
                         .extract<Poco::JSON::Object::Ptr>();
        evaluation.add(doc, *label);
    }
}
} // namespace

TEST_CASE("compares every Beratungsfolge step when the labels list non-public ones",
          "[extract][evaluation]") {
    Evaluation evaluation;
    add_documents(evaluation, 6, true);
    const auto& score = evaluation.scores().at("beratungsfolge");
    CHECK(score.predicted == 18);
    CHECK(score.correct == 12);
    CHECK(evaluation.report(0).find("every step is compared") != std::string::npos);
}

TEST_CASE("compares a public feed's steps when the labels leave non-public ones out",
          "[extract][evaluation]") {
    auto [documents, analysed] = GENERATE(table<int, bool>({
        // Five or more public steps of a Gremium no label names: named in the analysis line.
        {6, true},
        {5, true},
        // Fewer: not named.
        {4, false},
    }));
    Evaluation evaluation;
    add_documents(evaluation, documents, false);
    // The Vorberatungskreis steps count as extra steps whether or not a label names the
    // Gremium: the score never leaves a step out for its Gremium.
    const auto& score = evaluation.scores().at("beratungsfolge");
    CHECK(score.predicted == 2 * documents);
    CHECK(score.correct == documents);
    CHECK(score.precision() == Approx(0.5));
    CHECK(evaluation.scores().at("beratungsfolge_public").predicted == 2 * documents);
    CHECK(evaluation.scores().at("beratungsfolge_all").predicted == 3 * documents);
    std::string report = evaluation.report(0);
    CHECK(report.find("a public feed") != std::string::npos);
    CHECK((report.find("analysis, not a score") != std::string::npos) == analysed);
    CHECK((report.find("vorberatungskreis (" + std::to_string(documents) + " steps)") !=
           std::string::npos) == analysed);
    CHECK((report.find("precision would be 1.0000") != std::string::npos) == analysed);
}
