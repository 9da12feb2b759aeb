// The public view of a public document: non-public attachments and Beratungsfolge steps leave
// the fields and the text; what was removed is kept apart for staff-only indexing.
#include <catch2/catch.hpp>

#include "schema/visibility_redaction.h"

using namespace ratsarchiv;

namespace {
// A Magdeburg-style Information (layout of the seeds, words made up for the test).
CouncilDocument information_with_hidden_parts() {
    CouncilDocument doc;
    doc.is_public = true;
    doc.thema = "Bericht zur Radverkehrsplanung";
    doc.beratungsfolge = {
        {"Grundstücksausschuss", std::string("2023-12-05"), false, "", "", {}},
        {"Stadtrat", std::string("2024-02-15"), true, "", "", {}},
    };
    doc.attachments = {{"Anlage 1 – Kaufpreisliste Zwergbirke", false},
                       {"Anlage 2 – Radwegekarte", std::nullopt}};
    doc.refs = {{"S0118/23", "refers"}, {"A0999/23", "refers"}};
    doc.text = "Beratung\tTag\tBehandlung\n"
               "Grundstücksausschuss\t05.12.2023\tnicht öffentlich\n"
               "Stadtrat\t15.02.2024\töffentlich\n"
               "\n"
               "Mit der Stellungnahme S0118/23 wurde ein Bericht zugesagt.\n"
               "Anlage 1 – Kaufpreisliste Zwergbirke (siehe A0999/23) nichtöffentlich\n"
               "Anlage 2 – Radwegekarte\n";
    return doc;
}
} // namespace

TEST_CASE("the public view drops non-public attachments and their lines", "[access]") {
    schema::PublicView view = schema::public_view(information_with_hidden_parts());
    REQUIRE(view.redacted);
    REQUIRE(view.document.attachments.size() == 1);
    CHECK(view.document.attachments[0].title == "Anlage 2 – Radwegekarte");
    CHECK(view.document.text.find("Zwergbirke") == std::string::npos);
    CHECK(view.document.text.find("Radwegekarte") != std::string::npos);
    CHECK(view.hidden_text.find("Kaufpreisliste Zwergbirke") != std::string::npos);
}

TEST_CASE("the public view carries no hash of the whole file and no diagnostics", "[access]") {
    CouncilDocument doc = information_with_hidden_parts();
    doc.content_hash = "0123abcd";
    doc.diagnostics.push_back({"attachments", "odd line: Anlage 1 – Kaufpreisliste Zwergbirke", 9});
    schema::PublicView view = schema::public_view(doc);
    CHECK(view.document.content_hash.empty());
    CHECK(view.document.diagnostics.empty());
}

TEST_CASE("a non-public attachment title wrapped over two lines is hidden on both", "[access]") {
    CouncilDocument doc;
    doc.is_public = true;
    doc.attachments = {{"Anlage 3 – Wertgutachten Ufergrundstück Kieselbucht am Altrhein", false}};
    doc.text = "Die Verwaltung berichtet über den Stand.\n"
               "Anlage 3 – Wertgutachten Ufergrundstück\n"
               "Kieselbucht am Altrhein (nichtöffentlich)\n"
               "Anlage 4 – Lageplan\n";
    schema::PublicView view = schema::public_view(doc);
    CHECK(view.document.text.find("Wertgutachten") == std::string::npos);
    CHECK(view.document.text.find("Kieselbucht") == std::string::npos);
    CHECK(view.document.text.find("Die Verwaltung berichtet") != std::string::npos);
    CHECK(view.document.text.find("Anlage 4 – Lageplan") != std::string::npos);
}

TEST_CASE("the public view keeps a non-public step only as a placeholder", "[access]") {
    schema::PublicView view = schema::public_view(information_with_hidden_parts());
    REQUIRE(view.document.beratungsfolge.size() == 2);
    const BeratungStep& hidden = view.document.beratungsfolge[0];
    CHECK(hidden.gremium.empty());
    CHECK_FALSE(hidden.date.has_value());
    CHECK(hidden.is_public == std::optional<bool>(false));
    CHECK(view.document.beratungsfolge[1].gremium == "Stadtrat");
    CHECK(view.document.text.find("Grundstücksausschuss") == std::string::npos);
    CHECK(view.hidden_text.find("Grundstücksausschuss\t05.12.2023") != std::string::npos);
    CHECK(view.document.text.find("Stadtrat\t15.02.2024") != std::string::npos);
}

TEST_CASE("references cited only in hidden lines leave the public view", "[access]") {
    schema::PublicView view = schema::public_view(information_with_hidden_parts());
    REQUIRE(view.document.refs.size() == 1);
    CHECK(view.document.refs[0].number == "S0118/23");
}

TEST_CASE("lines marked nichtöffentlich are hidden even when the extractor missed them",
          "[access]") {
    auto [line, hidden] = GENERATE(table<std::string, bool>({
        {"Anlage 3 – Gutachten Bodenwerte nichtöffentlich", true},
        {"Anlage 3: Vertragsentwurf (nicht öffentlich)", true},
        {"Hauptausschuss 12.03.2024 nicht öffentlich", true},
        {"20.12.2007 Planungsausschuss (nichtöffentlich)", true},
        {"Die Varianten wurden im Planungsausschuss am 15.02.2012 in nicht öffentlicher Sitzung "
         "vorgestellt und danach mit den Bürgern diskutiert.",
         false},
        {"Anlage 4 – Lageplan", false},
        {"Der Stadtrat tagt öffentlich am 12.03.2024.", false},
        {"Die Beratung im nichtöffentlichen Teil wird vorbereitet.", false},
    }));
    CHECK(schema::line_marks_hidden_part(line) == hidden);
    CouncilDocument doc;
    doc.is_public = true;
    doc.text = "Oben\n" + line + "\nUnten\n";
    schema::PublicView view = schema::public_view(doc);
    CHECK((view.document.text.find(line) == std::string::npos) == hidden);
    CHECK(view.redacted == hidden);
}

TEST_CASE("a document without non-public parts is its own public view", "[access]") {
    CouncilDocument doc;
    doc.is_public = true;
    doc.text = "Öffentlich Nichtöffentlich\nDer Ausschuss empfiehlt die Annahme.\n";
    doc.attachments = {{"Anlage 1 – Plan", true}};
    schema::PublicView view = schema::public_view(doc);
    CHECK_FALSE(view.redacted);
    CHECK(view.document.text == doc.text);
    CHECK(view.document.attachments.size() == 1);
}
