// The session a Niederschrift records: its committee (from the title or the "Gremium:" line,
// normalized like Beratungsfolge Gremien), its day, and the TOP of each paper. Texts are
// invented in the shape of the Karlsruhe Niederschriften.
#include <catch2/catch.hpp>

#include "indexer/extract/field_extractors.h"

using ratsarchiv::CouncilDocument;
using ratsarchiv::Reference;
using ratsarchiv::indexer::extract::extract_session_record;

namespace {
CouncilDocument niederschrift(const std::string& thema, const std::string& text,
                              std::vector<Reference> refs = {}) {
    CouncilDocument doc;
    doc.type = "Niederschrift";
    doc.date = "2031-05-14";
    doc.date_source = "session";
    doc.thema = thema;
    doc.text = text;
    doc.refs = std::move(refs);
    return doc;
}
} // namespace

TEST_CASE("reads the committee of a Niederschrift from its title, as the Beratungsfolge names it",
          "[extract][session]") {
    auto [title, gremium] = GENERATE(table<std::string, std::string>({
        {"Niederschrift 34. Sitzung Hauptausschuss", "Hauptausschuss"},
        {"Niederschrift 28. Plenarsitzung des Gemeinderates", "Gemeinderat"},
        {"Niederschrift 61. Plenarsitzung Gemeinderat", "Gemeinderat"},
        {"Niederschrift 35. Sitzung Hauptausschuss (gemeinsam mit", "Hauptausschuss"},
        {"Niederschrift Sitzung Ausschuss für öffentliche Einrichtungen",
         "Ausschuss für öffentliche Einrichtungen"},
    }));
    INFO(title);
    CouncilDocument doc = niederschrift(title, "");
    extract_session_record(doc);
    REQUIRE(doc.session);
    CHECK(doc.session->gremium == gremium);
    CHECK(doc.session->date == "2031-05-14");
}

TEST_CASE("puts each paper under the TOP heading before its number", "[extract][session]") {
    CouncilDocument doc = niederschrift(
        "Niederschrift 3. Sitzung Planungsausschuss",
        "Punkt 2 der Tagesordnung: Radweg am Kanal\nVorlage: 2031/0101\ndazu: 2031/0101/1\n"
        "Beschluss: Zustimmung\nPunkt 12.1 der Tagesordnung: Bebauungsplan Nord\n"
        "Vorlage Nr. 2031/0150\nDer Vorsitzende verweist auf die Vorlage 2031/0101.\n",
        {{"2031/0101", "records", "", ""},
         {"2031/0101/1", "refers", "", ""},
         {"2031/0150", "records", "", ""},
         {"2031/0999", "answers", "", ""}});
    extract_session_record(doc);
    REQUIRE(doc.session);
    REQUIRE(doc.session->agenda.size() == 3);
    CHECK(doc.session->agenda[0].top == "2");
    CHECK(doc.session->agenda[1].number == "2031/0101/1");
    CHECK(doc.session->agenda[1].top == "2");
    CHECK(doc.session->agenda[2].top == "12.1");
    CHECK(doc.session->agenda[2].number == "2031/0150");
}

TEST_CASE("a Niederschrift of no session, or an undated one, records no session",
          "[extract][session]") {
    CouncilDocument oath =
        niederschrift("Niederschrift über die vollzogene Verpflichtung", "Gemäß § 32 GemO");
    extract_session_record(oath);
    CHECK_FALSE(oath.session);
    CouncilDocument undated = niederschrift("Niederschrift 3. Sitzung Planungsausschuss", "");
    undated.date = "2031";
    extract_session_record(undated);
    CHECK_FALSE(undated.session);
    CouncilDocument vorlage = niederschrift("Niederschrift 3. Sitzung Planungsausschuss", "");
    vorlage.type = "Beschlussvorlage";
    extract_session_record(vorlage);
    CHECK_FALSE(vorlage.session);
}
