// What queries built by the German analyzer find in a small real index: umlaut spellings,
// compounds, gender forms, numbers, phrases and typos, and how parts rank against whole words.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "schema/analysis/german_analyzer.h"
#include "schema/analysis/word_pairs.h"
#include "support/temp_directory.h"

using ratsarchiv::analysis::GermanAnalyzer;

namespace {
const GermanAnalyzer& analyzer() {
    static const GermanAnalyzer shared;
    return shared;
}

// Adds a document as the document builder indexes it: its title under the title prefix and,
// five times weighed, in the text, then its text.
void add_titled(Xapian::WritableDatabase& db, const std::string& name, const std::string& title,
                const std::string& text) {
    Xapian::Document doc;
    Xapian::termpos position = 0;
    analyzer().index_text(doc, title, "S", 1, position);
    analyzer().index_text(doc, title, "", 5, position);
    analyzer().index_text(doc, text, "", 1, position);
    doc.set_data(name);
    db.add_document(doc);
}

// A small index: one document per text, named by key; spelling data from all of them.
class SmallIndex {
public:
    explicit SmallIndex(const std::map<std::string, std::string>& docs,
                        const ratsarchiv::analysis::PairWords* pairs = nullptr)
        : db_(dir_.file("db"), Xapian::DB_CREATE) {
        for (const auto& [name, text] : docs) {
            Xapian::Document doc;
            Xapian::termpos position = 0;
            analyzer().index_text(doc, text, "", 1, position, pairs);
            doc.set_data(name);
            db_.add_document(doc);
            for (const auto& word : analyzer().vocabulary_words(text)) {
                db_.add_spelling(word);
            }
        }
        db_.commit();
    }
    // Names of the first `limit` documents matching `query`, best first.
    std::vector<std::string> search(const Xapian::Query& query, Xapian::doccount limit = 10) const {
        Xapian::Enquire enquire(db_);
        enquire.set_query(query);
        std::vector<std::string> names;
        auto mset = enquire.get_mset(0, limit);
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            names.push_back(it.get_document().get_data());
        }
        return names;
    }
    const Xapian::Database& db() const { return db_; }

private:
    ratsarchiv::testing::TempDirectory dir_;
    Xapian::WritableDatabase db_;
};

const std::map<std::string, std::string> kDocs{
    {"strasse", "Sanierung der Straßenbahn in der Kaiserstraße"},
    {"buerger", "Bürgermeisterin lädt zur Bürgerbeteiligung"},
    {"ascii", "Buergerversammlung im Rathaus"},
    {"mauer", "Die Mauer am Friedhof wird saniert"},
    {"maur", "Herr Maür spricht"},
    {"strategie", "Digitalisierungsstrategie der Stadtverwaltung"},
    {"whole", "Eine Strategie für den Klimaschutz"},
    {"ausschuss", "Sitzung im Verwaltungsausschuss"},
    {"finanz", "Beratung im Finanz- und Verwaltungsausschuss"},
    {"gender", "Information für Bürger*innen"},
    {"antrag", "Stellungnahme zum Antrag A0105/22 nach § 45 über 2.318.430 Euro"},
    {"haushalt", "Konzept zur Haushaltssicherung"},
    {"haelden", "Satzungsbeschluss Junge Hälden"},
};
} // namespace

TEST_CASE("word queries find umlaut and ß spellings both ways, not Maür for Mauer",
          "[analysis][query]") {
    static const SmallIndex index(kDocs);
    auto [typed, expected_first, never] = GENERATE(table<std::string, std::string, std::string>({
        {"Strassenbahn", "strasse", ""},
        {"Straßenbahn", "strasse", ""},
        {"Buergermeisterin", "buerger", ""},
        {"Bürgerversammlung", "ascii", ""},
        {"Mauer", "mauer", "maur"},
        {"Maür", "maur", ""},
    }));
    auto hits = index.search(analyzer().word_query(typed, ""));
    INFO(typed << " -> " << analyzer().word_query(typed, "").get_description());
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front() == expected_first);
    CHECK(std::find(hits.begin(), hits.end(), never) == hits.end());
}

TEST_CASE("an inflected form finds a word that is its own stem, and the reverse",
          "[analysis][query]") {
    // "Stadt" has no stem term in the index (it is its own stem); "Städte" has Zstadt.
    static const SmallIndex index(
        {{"singular", "Die Stadt baut"}, {"plural", "Drei Städte bauen"}});
    for (const std::string typed : {"Städte", "Stadt"}) {
        auto hits = index.search(analyzer().word_query(typed, ""));
        INFO(typed << " -> " << analyzer().word_query(typed, "").get_description());
        CHECK(std::set<std::string>(hits.begin(), hits.end()) ==
              std::set<std::string>{"singular", "plural"});
    }
}

TEST_CASE("compound parts find compounds and weigh less than whole words", "[analysis][query]") {
    static const SmallIndex index(kDocs);
    auto [typed, expected] = GENERATE(table<std::string, std::vector<std::string>>({
        {"Strategie", {"whole", "strategie"}},
        {"Digitalisierung", {"strategie"}},
        {"Ausschuss", {"finanz", "ausschuss"}}, // finanz has it twice (Finanzausschuss)
        {"Finanzausschuss", {"finanz"}},
        {"Sicherung", {"haushalt"}},
        {"Bürgerinnen", {"gender"}},
        {"A0105/22", {"antrag"}},
        {"§ 45", {"antrag"}},
        {"2318430", {"antrag"}},
    }));
    auto hits = index.search(analyzer().word_query(typed, ""));
    INFO(typed << " -> " << analyzer().word_query(typed, "").get_description());
    REQUIRE(hits.size() >= expected.size());
    if (expected.size() == 1) {
        CHECK(hits.front() == expected.front());
    } else {
        CHECK(std::vector<std::string>(hits.begin(), hits.begin() + expected.size()) == expected);
    }
}

TEST_CASE("phrases match exact words in order", "[analysis][query]") {
    static const SmallIndex index(kDocs);
    CHECK(index.search(analyzer().phrase_query("Sitzung im Verwaltungsausschuss", "")) ==
          std::vector<std::string>{"ausschuss"});
    CHECK(index.search(analyzer().phrase_query("im Sitzung Verwaltungsausschuss", "")).empty());
}

TEST_CASE("text queries correct typos and find umlaut readings the index attests",
          "[analysis][query][typo]") {
    static const SmallIndex index(kDocs);
    auto [words, expected] = GENERATE(table<std::vector<std::string>, std::string>({
        {{"Digitalisierungsstrategei"}, "strategie"},
        {{"Haushaltssicehrung"}, "haushalt"},
        {{"Friedhfo", "Mauer"}, "mauer"},
        {{"Strategie", "Digitalisierung"}, "strategie"},
        {{"Haelden"}, "haelden"}, // an umlaut reading no word list knows, attested by the index
    }));
    auto hits = index.search(analyzer().text_query(words, index.db()));
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front() == expected);
}

TEST_CASE("spelling correction proposes words only for words that match nothing",
          "[analysis][query][typo]") {
    static const SmallIndex index(kDocs);
    CHECK(analyzer().spelling_correction({"Haushaltssicehrung"}, index.db()) ==
          std::vector<std::string>{"haushaltssicherung"});
    CHECK(analyzer().spelling_correction({"Mauer", "Friedhof"}, index.db()).empty());
}

TEST_CASE("a typo matches each of its likely corrections, not only the most frequent one",
          "[analysis][query][typo]") {
    // "grüned" is one edit from "grüne" (frequent) and from "gründe" (what was meant here).
    static const SmallIndex index({
        {"partei1", "Die Grüne Fraktion beantragt"},
        {"partei2", "Antrag der Grüne Liste"},
        {"partei3", "Grüne Wiesen und der Rückgang der Bienen"},
        {"oepnv", "Gründe für den Rückgang des ÖPNV"},
    });
    auto hits = index.search(analyzer().text_query({"Grüned", "Rückgang"}, index.db()));
    REQUIRE_FALSE(hits.empty());
    CHECK(std::find(hits.begin(), hits.end(), "oepnv") != hits.end());
    CHECK(std::find(hits.begin(), hits.end(), "partei1") == hits.end());
}

TEST_CASE("text queries need every word; the fallback finds some and ranks all first",
          "[analysis][query]") {
    static const SmallIndex index(kDocs);
    using Match = GermanAnalyzer::WordsMatch;
    const std::vector<std::string> words{"Mauer", "Sanierung"};
    // No document has both words: All finds none, Any finds each document with one of them.
    CHECK(index.search(analyzer().text_query(words, index.db(), Match::All)).empty());
    auto some = index.search(analyzer().text_query(words, index.db(), Match::Any));
    CHECK(std::set<std::string>(some.begin(), some.end()) ==
          std::set<std::string>{"mauer", "strasse"});
    // Where one document has both, All finds only it and Any ranks it first.
    const std::vector<std::string> both{"Mauer", "Friedhof"};
    CHECK(index.search(analyzer().text_query(both, index.db(), Match::All)) ==
          std::vector<std::string>{"mauer"});
    CHECK(
        index.search(analyzer().text_query({"Mauer", "Rathaus"}, index.db(), Match::Any)).size() ==
        2);
}

TEST_CASE("a part after a linking s is found in both readings", "[analysis][query]") {
    // To the dictionary "Eisenbahnstraße" is eisenbahn-s-trasse as much as eisenbahn-straße.
    static const SmallIndex index({
        {"strasse", "Entwicklung der Eisenbahnstraße"},
        {"amt", "Auskunft vom Arbeitsamt"},
        {"other", "Sitzung des Gemeinderats"},
    });
    CHECK(index.search(analyzer().word_query("Straße", "")) == std::vector<std::string>{"strasse"});
    CHECK(index.search(analyzer().word_query("Amt", "")) == std::vector<std::string>{"amt"});
}

TEST_CASE("phrases through word pairs match and rank as by positions", "[analysis][query]") {
    using ratsarchiv::analysis::PairWords;
    const std::map<std::string, std::string> docs{
        {"a", "Konzept für Karlsruhe und die Region"},
        {"b", "Karlsruhe für alle: ein Konzept"},
        {"c", "Ein Konzept für den Radverkehr in Karlsruhe"},
        {"d", "Bürger*innen in Karlsruhe fragen nach dem Konzept"},
        {"e", "Fuer Karlsruhe ein Konzept"},
        {"f", "Karlsruhe und für die Region"},
    };
    // Every pair, and a selection as an archive's sample chooses it: the pairs of frequent
    // words only; a phrase with a pair outside it is checked by position alone.
    static const PairWords every = PairWords::every_word();
    static const PairWords chosen({"karlsruhe", "für", "fuer", "konzept", "in"});
    const bool selective = GENERATE(false, true);
    const PairWords& pairs = selective ? chosen : every;
    const SmallIndex index(docs, &pairs);
    auto phrase = GENERATE(as<std::string>{}, "für Karlsruhe", "Karlsruhe für", "Fuer Karlsruhe",
                           "Konzept für den Radverkehr", "Bürger*innen in Karlsruhe",
                           "Bürger in Karlsruhe", "für die Region", "Karlsruhe und", "Konzept für",
                           "Karlsruhe fragen", "Region Karlsruhe");
    INFO(phrase << (selective ? " (chosen pair words)" : " (every word)"));
    auto by_pairs = analyzer().phrase_query(phrase, "", &pairs);
    auto by_positions = analyzer().phrase_query(phrase, "");
    CHECK(index.search(by_pairs) == index.search(by_positions));
    if (phrase == "für Karlsruhe" || (phrase == "Karlsruhe fragen" && !selective)) {
        // Two words whose pair is indexed need no position check at all.
        CHECK(by_pairs.get_description().find("PHRASE") == std::string::npos);
        auto found = index.search(by_pairs);
        CHECK(std::set<std::string>(found.begin(), found.end()) ==
              (phrase == "für Karlsruhe" ? std::set<std::string>{"a", "e"}
                                         : std::set<std::string>{"d"}));
    }
    if (selective && phrase == "Karlsruhe fragen") {
        // "fragen" is no pair word: its pair is not in the index, so positions decide.
        CHECK(by_pairs.get_description().find("PHRASE") != std::string::npos);
        CHECK(index.search(by_pairs) == std::vector<std::string>{"d"});
    }
}

TEST_CASE("a phrase keeps its pair filter when a spelling of one word is no pair word",
          "[analysis][query]") {
    using ratsarchiv::analysis::PairWords;
    const std::map<std::string, std::string> docs{
        {"a", "Konzept für Karlsruhe und die Region"},
        {"e", "Fuer Karlsruhe ein Konzept"},
        {"f", "Karlsruhe und für die Region"},
    };
    // As in a real archive: "für" is frequent and chosen, the spelling "fuer" is rare and not.
    static const PairWords chosen({"karlsruhe", "für", "konzept"});
    const SmallIndex index(docs, &chosen);
    auto by_pairs = analyzer().phrase_query("für Karlsruhe", "", &chosen);
    auto found = index.search(by_pairs);
    CHECK(std::set<std::string>(found.begin(), found.end()) == std::set<std::string>{"a", "e"});
    CHECK(found == index.search(analyzer().phrase_query("für Karlsruhe", "")));
    // The frequent spelling goes through its pair term; only the rare one is checked by position.
    const std::string description = by_pairs.get_description();
    CHECK(description.find("XWfür karlsruhe") != std::string::npos);
    CHECK(description.find("fuer PHRASE 2 karlsruhe") != std::string::npos);
}

TEST_CASE("a typed word in a document's title outranks the same word repeated in a text",
          "[analysis][query][ranking]") {
    // Titles are indexed as the document builder does: under the title prefix and, five times
    // weighed, in the text. The text query weighs a title match four times on top.
    ratsarchiv::testing::TempDirectory dir;
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_CREATE);
    auto add = [&](const std::string& name, const std::string& title, const std::string& text) {
        add_titled(db, name, title, text);
    };
    std::string mentions, report;
    for (int i = 0; i < 30; ++i) {
        mentions += "Radverkehr ";
        report += "Die Verwaltung berichtet über Maßnahmen, Kosten und Zeitplan. ";
    }
    add("titled", "Radverkehr am Ring", report);
    add("mentions", "Bericht zur Lage der Innenstadt", mentions);
    for (int i = 0; i < 20; ++i) {
        add("other" + std::to_string(i), "Haushalt " + std::to_string(2000 + i),
            "Haushaltsplan, Ring und Quartier ohne das gesuchte Wort.");
    }
    db.commit();
    Xapian::Enquire enquire(db);
    enquire.set_query(analyzer().text_query({"Radverkehr"}, db));
    auto mset = enquire.get_mset(0, 10);
    REQUIRE(mset.size() == 2);
    CHECK(mset.begin().get_document().get_data() == "titled");
}

TEST_CASE("a title that holds every typed word, one of them as a compound part, adds weight; "
          "one that holds only some of them does not",
          "[analysis][query][ranking]") {
    // Indexed as the document builder does (see above).
    ratsarchiv::testing::TempDirectory dir;
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_CREATE);
    auto add = [&](const std::string& name, const std::string& title, const std::string& text) {
        add_titled(db, name, title, text);
    };
    add("both", "365 Euro ÖPNV Jahresticket", "Der Gemeinderat berät das Angebot.");
    add("one", "Ticket für Schülerinnen", "Es kostet 30 Euro im Monat.");
    for (int i = 0; i < 20; ++i) {
        add("other" + std::to_string(i), "Haushalt " + std::to_string(2000 + i),
            "Haushaltsplan mit Quartier und Ring.");
    }
    db.commit();
    auto weights = [&](const Xapian::Query& query) {
        Xapian::Enquire enquire(db);
        enquire.set_query(query);
        std::map<std::string, double> by_name;
        auto mset = enquire.get_mset(0, 10);
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            by_name[it.get_document().get_data()] = it.get_weight();
        }
        return by_name;
    };
    const std::vector<std::string> words{"Euro", "Ticket"};
    const auto without = weights(GermanAnalyzer::combine_words(
        analyzer().typed_word_queries(words, db), GermanAnalyzer::WordsMatch::All));
    const auto with = weights(analyzer().text_query(words, db));
    REQUIRE(without.size() == 2);
    REQUIRE(with.size() == 2);
    CHECK(with.at("both") > without.at("both") + 0.5);
    CHECK(with.at("one") == Approx(without.at("one")));
}

// A stem class that holds only the typed form in the index is read as that form's one posting
// list with double weight: the same documents in the same order with the same weights, from
// half the lists. Once another form of the stem is indexed, the stem term is asked for again.
TEST_CASE("a stem class of one indexed form is one posting list, ranked the same",
          "[analysis][query]") {
    const std::map<std::string, std::string> only_one_form{
        {"a", "Photovoltaik auf dem Rathaus"},
        {"b", "Photovoltaik und Photovoltaik auf Schulen"},
        {"c", "Ein Dach ohne Anlage"},
    };
    SmallIndex index(only_one_form);
    const std::string with_db =
        analyzer().word_query("Photovoltaik", "", &index.db()).get_description();
    INFO(with_db);
    CHECK(with_db.find("Zphotovolta") == std::string::npos);
    CHECK(with_db.find("2 * photovoltaik") != std::string::npos);

    auto weights = [&](const Xapian::Query& q) {
        Xapian::Enquire enquire(index.db());
        enquire.set_query(q);
        std::vector<std::pair<std::string, double>> out;
        auto mset = enquire.get_mset(0, 10);
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            out.emplace_back(it.get_document().get_data(), it.get_weight());
        }
        return out;
    };
    auto shortened = weights(analyzer().word_query("Photovoltaik", "", &index.db()));
    auto full = weights(analyzer().word_query("Photovoltaik", ""));
    REQUIRE(shortened.size() == full.size());
    for (std::size_t i = 0; i < full.size(); ++i) {
        CHECK(shortened[i].first == full[i].first);
        CHECK(shortened[i].second == Approx(full[i].second));
    }

    SmallIndex two_forms({{"a", "Photovoltaik auf dem Rathaus"}, {"d", "Die Photovoltaiks"}});
    CHECK(analyzer()
              .word_query("Photovoltaik", "", &two_forms.db())
              .get_description()
              .find("Zphotovolta") != std::string::npos);
}

// A typed form that is nearly all of a long stem class is read as the class with the exact
// form's weight added: one long list, not two. The same documents match; where other forms are
// a larger share of the class, the exact form keeps its own list and its extra weight.
TEST_CASE("a form that is nearly all of a long stem class is read as that class once",
          "[analysis][query]") {
    auto archive = [](int typed, int other_form) {
        std::map<std::string, std::string> docs;
        for (int i = 0; i < typed; ++i) {
            docs["typed" + std::to_string(i)] = "Die Stadt Karlsruhe plant " + std::to_string(i);
        }
        for (int i = 0; i < other_form; ++i) {
            docs["other" + std::to_string(i)] = "Der Karlsruher Haushalt " + std::to_string(i);
        }
        docs["none"] = "Ein Antrag ohne Ort";
        return docs;
    };
    auto names = [](const SmallIndex& index, const Xapian::Query& q) {
        auto found = index.search(q, 100);
        return std::set<std::string>(found.begin(), found.end());
    };

    SmallIndex dominant(archive(28, 1));
    const Xapian::Query once = analyzer().word_query("Karlsruhe", "", &dominant.db());
    INFO(once.get_description());
    CHECK(once.get_description().find("2 * Zkarlsruh") != std::string::npos);
    CHECK(once.get_description().find("(karlsruhe OR") == std::string::npos);
    CHECK(names(dominant, once) == names(dominant, analyzer().word_query("Karlsruhe", "")));
    CHECK(names(dominant, once).size() == 29);

    SmallIndex mixed(archive(15, 14));
    const std::string both = analyzer().word_query("Karlsruhe", "", &mixed.db()).get_description();
    INFO(both);
    CHECK(both.find("2 * Zkarlsruh") == std::string::npos);
    CHECK(both.find("karlsruhe") != std::string::npos);
}
