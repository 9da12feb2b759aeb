// The terms the German analyzer indexes, rule by rule, as tables of input and expected terms.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "schema/analysis/german_analyzer.h"
#include "schema/analysis/tokenizer.h"
#include "schema/analysis/word_list.h"

using ratsarchiv::analysis::GermanAnalyzer;

namespace {
const GermanAnalyzer& analyzer() {
    static const GermanAnalyzer shared;
    return shared;
}

std::set<std::string> terms_of(const std::string& text, const std::string& prefix = "") {
    Xapian::Document doc;
    Xapian::termpos position = 0;
    analyzer().index_text(doc, text, prefix, 1, position);
    return {doc.termlist_begin(), doc.termlist_end()};
}

std::string show(const std::set<std::string>& terms) {
    std::string out;
    for (const auto& t : terms) {
        out += t + " ";
    }
    return out;
}

void check_terms(const std::string& text, const std::vector<std::string>& present,
                 const std::vector<std::string>& absent = {}) {
    auto terms = terms_of(text);
    INFO("text: " << text << "\nterms: " << show(terms));
    for (const auto& t : present) {
        CHECK(terms.count(t) == 1);
    }
    for (const auto& t : absent) {
        CHECK(terms.count(t) == 0);
    }
}
} // namespace

TEST_CASE("segments with ICU and folds case and Unicode normalization", "[analysis]") {
    auto [text, expected] = GENERATE(table<std::string, std::vector<std::string>>({
        {"Die STRASSENBAHN fährt", {"die", "strassenbahn", "fährt"}},
        {"Straße", {"strasse"}},
        {"Bu\xCC\x88rger", {"bürger"}}, // decomposed ü (NFD) indexes like the composed one
        {"ÄRGER über Öl", {"ärger", "über", "öl"}},
        {"Gemeinderat,Ausschuss;Beirat", {"gemeinderat", "ausschuss", "beirat"}},
        {"z.B. Karlsruhe.Der", {"karlsruhe", "der"}},
    }));
    check_terms(text, expected);
}

TEST_CASE("keeps unstemmed words with positions beside their German stems", "[analysis]") {
    auto [text, expected] = GENERATE(table<std::string, std::vector<std::string>>({
        {"Anträge", {"anträge", "Zantrag"}},
        {"Verwaltungen", {"verwaltungen", "Zverwalt"}},
        {"Beschlüsse", {"beschlüsse", "Zbeschluss"}},
    }));
    check_terms(text, expected);
    Xapian::Document doc;
    Xapian::termpos position = 0;
    analyzer().index_text(doc, "Der Gemeinderat beschließt", "", 1, position);
    CHECK(position == 3);
    auto term = doc.termlist_begin();
    term.skip_to("gemeinderat");
    REQUIRE(term != doc.termlist_end());
    CHECK(std::vector<Xapian::termpos>(term.positionlist_begin(), term.positionlist_end()) ==
          std::vector<Xapian::termpos>{2});
}

TEST_CASE("writes no stem term for a word that is its own stem", "[analysis]") {
    // "stadt" is its own stem: the exact term serves the stem query, a Zstadt would repeat it.
    check_terms("Stadt Städte", {"stadt", "städte", "Zstadt"});
    check_terms("Stadt Rathaus", {"stadt", "rathaus"}, {"Zstadt", "Zrathaus"});
}

TEST_CASE("splits compounds with the dictionary and Fugen elements", "[analysis][compound]") {
    auto [word, parts] = GENERATE(table<std::string, std::vector<std::string>>({
        {"Digitalisierungsstrategie", {"digitalisierung", "strategie"}},
        {"Verwaltungsausschuss", {"verwaltung", "ausschuss"}},
        {"Haushaltssicherung", {"haushalt", "sicherung"}},
        {"Ordnungsamt", {"ordnung", "amt"}},
        {"Straßenbahnhaltestelle", {"strassenbahn", "haltestelle"}},
        {"Bürgerinnen", {}}, // a feminine form, not bürge + rinnen
        {"Bürgermeisterinnen", {"bürger", "meisterinnen"}},
        {"Gemeinde", {}},
        {"Werderplatz", {"werder", "platz"}}, // unknown modifier, known head
        {"Kombilösung", {"kombi", "lösung"}},
        {"A0105", {}},
    }));
    INFO(word);
    CHECK(analyzer().compound_parts(word) == parts);
}

TEST_CASE("indexes compound parts under their own prefix", "[analysis][compound]") {
    check_terms("Digitalisierungsstrategie",
                {"digitalisierungsstrategie", "XKdigitalisier", "XKstrategi"},
                {"strategie", "digitalisierung"});
    check_terms("Verwaltungsausschuss", {"verwaltungsausschuss", "XKausschuss"});
}

TEST_CASE("completes words before an Ergänzungsstrich", "[analysis][compound]") {
    auto [text, expected] = GENERATE(table<std::string, std::vector<std::string>>({
        {"Finanz- und Verwaltungsausschuss", {"finanz", "verwaltungsausschuss", "finanzausschuss"}},
        {"Sport- und Freizeitpark", {"sportpark", "freizeitpark"}},
        {"Hoch-, Tief- und Straßenbau", {"hochbau", "tiefbau", "strassenbau"}},
        {"Verkehrs- oder Ordnungsamt", {"verkehrsamt"}},
    }));
    check_terms(text, expected);
}

TEST_CASE("rejoins words hyphenated at PDF line ends", "[analysis]") {
    auto [text, present, absent] =
        GENERATE(table<std::string, std::vector<std::string>, std::vector<std::string>>({
            {"die Maß-\nnahme", {"massnahme"}, {"mass", "nahme"}},
            {"Bürger-  \r\n  beteiligung", {"bürgerbeteiligung"}, {"beteiligung"}},
            {"Baden-\nWürttemberg", {"baden", "württemberg"}, {"badenwürttemberg"}},
            {"Finanz-\nund Verwaltungsausschuss", {"finanz", "und", "finanzausschuss"}, {}},
            {"Baden-Württemberg", {"baden", "württemberg"}, {}},
        }));
    check_terms(text, present, absent);
}

TEST_CASE("indexes gender forms as the base word and the feminine plural", "[analysis]") {
    auto text = GENERATE(as<std::string>{}, "Bürger*innen", "Bürger:innen", "Bürger_innen",
                         "BürgerInnen", "Bürger/-innen");
    check_terms(text, {"bürger", "bürgerinnen", "Zburg"}, {"innen", "bürger_innen"});
}

TEST_CASE("keeps document numbers, paragraphs, amounts and dates searchable", "[analysis]") {
    auto [text, expected] = GENERATE(table<std::string, std::vector<std::string>>({
        {"Antrag A0105/22 der Fraktion", {"a0105/22", "a0105", "22"}},
        {"Vorlage 2022/1004/1", {"2022/1004/1"}},
        {"DHH/2023/1007", {"dhh/2023/1007"}},
        {"gemäß § 45 GemO", {"§45", "45", "gemo"}},
        {"insgesamt 2.318.430 Euro", {"2.318.430", "2318430", "euro"}},
        {"1.234,56 €", {"1.234,56", "1234"}},
        {"am 12.07.2022", {"12.07.2022", "2022-07-12"}},
        {"am 5.7.2022", {"2022-07-05"}},
    }));
    check_terms(text, expected);
}

TEST_CASE("splits the words of a query as typed", "[analysis]") {
    auto [text, expected] = GENERATE(table<std::string, std::vector<std::string>>({
        {"Strategie Digitalisierung", {"Strategie", "Digitalisierung"}},
        {"A0105/22 Bürger*innen", {"A0105/22", "Bürger*innen"}},
        {"  Straße, Bahn! ", {"Straße", "Bahn"}},
    }));
    CHECK(analyzer().split_words(text) == expected);
}

TEST_CASE("spelling vocabulary holds folded words once, without numbers", "[analysis]") {
    CHECK(analyzer().vocabulary_words("Die Straße A0105/22 kostet 2.318.430 Euro, die Straße") ==
          std::vector<std::string>{"die", "strasse", "kostet", "euro"});
}

TEST_CASE("loads the word list once per process", "[analysis]") {
    std::vector<std::string> lists = ratsarchiv::analysis::AnalyzerOptions{}.word_lists;
    auto first = ratsarchiv::analysis::WordList::shared(lists);
    auto second = ratsarchiv::analysis::WordList::shared(lists);
    CHECK(first.get() == second.get());
    CHECK(first->size() > 100000);
    CHECK(first->contains("mauer"));
}

TEST_CASE("indexes long texts piece by piece with continuous positions", "[analysis]") {
    std::string line = "Die Maß-\nnahme im Finanz- und Verwaltungsausschuss\n";
    std::string text;
    while (text.size() < 600000) {
        text += line;
    }
    auto chunks = ratsarchiv::analysis::text_chunks(text);
    CHECK(chunks.size() > 1);
    std::size_t total = 0;
    for (auto chunk : chunks) {
        total += chunk.size();
        CHECK(chunk.back() == '\n');
    }
    CHECK(total == text.size());
    Xapian::Document doc;
    Xapian::termpos position = 0;
    analyzer().index_text(doc, text, "", 1, position);
    std::size_t lines = text.size() / line.size();
    CHECK(position == lines * 6); // die massnahme im finanz und verwaltungsausschuss
    auto term = doc.termlist_begin();
    term.skip_to("massnahme");
    REQUIRE(*term == "massnahme");
    CHECK(term.get_wdf() == lines);
    auto completed = doc.termlist_begin();
    completed.skip_to("finanzausschuss");
    REQUIRE(*completed == "finanzausschuss");
    CHECK(completed.get_wdf() == lines);
}
