// Built-in vocabularies of ratsarchiv-gen-corpus: bodies with their committees, offices and
// parliamentary groups, and topics with titles and sentence templates. Everything is invented;
// the templates fill {amount}, {percent}, {count}, {place} and {year} (see synthetic_corpus.h).
#pragma once

#include <string_view>
#include <vector>

namespace ratsarchiv::gen_corpus {

/// The layout family a body's documents are written in.
enum class Layout { Magdeburg, Karlsruhe, Bremerhaven, Aschersleben };

/// One council body and the names its documents use.
struct BodyVocabulary {
    Layout layout;
    std::string_view dir;  ///< directory below the output root
    std::string_view name; ///< Körperschaft
    std::vector<std::string_view> gremien;
    std::vector<std::string_view> aemter;
    std::vector<std::string_view> fraktionen;
    std::vector<std::string_view> places;
    std::vector<std::string_view> officials; ///< who signs
};

/// A subject area: titles, body sentences and questions of an Anfrage.
struct Topic {
    std::vector<std::string_view> titles;
    std::vector<std::string_view> sentences;
    std::vector<std::string_view> questions;
};

/// The four bodies, in the order frame_of() weighs them.
inline const std::vector<BodyVocabulary>& bodies() {
    static const std::vector<BodyVocabulary> kBodies = {
        {Layout::Magdeburg,
         "magdeburg",
         "Landeshauptstadt Magdeburg",
         {"Verwaltungsausschuss", "Finanz- und Grundstücksausschuss",
          "Ausschuss für Bildung, Schule und Sport", "Ausschuss für Umwelt und Energie",
          "Ausschuss für Stadtentwicklung, Bauen und Verkehr",
          "Ausschuss für kommunale Rechts- und Bürgerangelegenheiten", "Jugendhilfeausschuss"},
         {"Amt 12", "Amt 20", "Amt 31", "Amt 40", "Amt 51", "Amt 61", "Amt 66"},
         {"CDU-Ratsfraktion", "SPD-Stadtratsfraktion", "Fraktion DIE LINKE",
          "Fraktion Bündnis 90/Die Grünen", "Fraktion FDP/Tierschutzpartei"},
         {"Sudenburg", "Stadtfeld", "Buckau", "Neue Neustadt", "Rothensee", "Reform"},
         {"Dr. Harald Wendt", "Katrin Sommerfeld"}},
        {Layout::Karlsruhe,
         "karlsruhe",
         "Stadt Karlsruhe",
         {"Gemeinderat", "Hauptausschuss", "Haupt- und Finanzausschuss", "Planungsausschuss",
          "Schulausschuss", "Sozialausschuss", "Ausschuss für Umwelt und Gesundheit",
          "Ortschaftsrat Durlach"},
         {"Stadtplanungsamt", "Tiefbauamt", "Schul- und Sportamt", "Stadtkämmerei",
          "Sozial- und Jugendbehörde", "Amt für Informationstechnik und Digitalisierung",
          "Umwelt- und Arbeitsschutz", "Gartenbauamt"},
         {"GRÜNE", "CDU", "SPD", "FDP/FW", "Die Linke", "KAL/Die PARTEI", "Volt"},
         {"Durlach", "Mühlburg", "Südweststadt", "Neureut", "Oststadt", "Rintheim"},
         {}},
        {Layout::Bremerhaven,
         "bremerhaven",
         "Stadt Bremerhaven",
         {"Magistrat", "Bau- und Umweltausschuss", "Schulausschuss",
          "Finanz- und Wirtschaftsausschuss", "Personal- und Organisationsausschuss",
          "Ausschuss für Öffentliche Sicherheit"},
         {},
         {},
         {"Lehe", "Geestemünde", "Mitte", "Leherheide", "Fischereihafen"},
         {"Hollmann\nOberbürgermeister", "Reimers\nBürgermeister", "Dr. Brenneke\nStadtrat"}},
        {Layout::Aschersleben,
         "aschersleben",
         "Stadt Aschersleben",
         {"Finanz- und Verwaltungsausschuss", "Bau- und Vergabeausschuss",
          "Ausschuss für Bildung, Soziales und Kultur", "Ausschuss für Stadtentwicklung und Umwelt",
          "Haupt- und Finanzausschuss"},
         {},
         {},
         {"Wilsleben", "Winningen", "Westdorf", "Drohndorf", "Mehringen"},
         {}},
    };
    return kBodies;
}

/// The subject areas documents are drawn from.
inline const std::vector<Topic>& topics() {
    static const std::vector<Topic> kTopics = {
        {{"Digitalisierungsstrategie der Verwaltung – Sachstand {year}",
          "Onlinezugangsgesetz: digitale Bürgerdienste im Bürgerbüro",
          "Einführung der elektronischen Akte in allen Ämtern",
          "Digitalisierung der Schulen: WLAN und Endgeräte"},
         {"Die Digitalisierung der Verwaltung ist ein zentrales Ziel der "
          "Digitalisierungsstrategie.",
          "Bis Ende {year} sollen {count} Verwaltungsleistungen vollständig online angeboten "
          "werden.",
          "Für die Einführung der E-Akte werden {amount} Euro im Haushalt veranschlagt.",
          "Die Bürger*innen können Termine im Bürgerbüro bereits heute online buchen.",
          "An {count} Schulen wurde flächendeckendes WLAN aus dem DigitalPakt Schule eingerichtet.",
          "Der Verwaltungsausschuss wird halbjährlich über den Stand der Maßnahmen informiert."},
         {"Wie viele Verwaltungsleistungen sind bereits vollständig digital verfügbar?",
          "Welche Kosten entstehen für Lizenzen und den IT-Support?",
          "Wann wird die elektronische Akte in allen Ämtern eingeführt?"}},
        {{"Radverkehrskonzept: Lückenschluss im Radwegenetz in {place}",
          "Fahrradstraße in {place} einrichten",
          "Sichere Radabstellanlagen an Haltestellen der Straßenbahn"},
         {"Der Anteil des Radverkehrs am Modal Split liegt derzeit bei {percent} Prozent.",
          "Die Maß-\nnahme umfasst beidseitige Radfahrstreifen und den Umbau von zwei "
          "Knotenpunkten.",
          "Die Kosten werden auf {amount} Euro geschätzt; eine Förderung von bis zu 75 Prozent ist "
          "möglich.",
          "Radfahrer*innen und Anwohner*innen werden im Rahmen einer Bürgerbeteiligung einbezogen.",
          "Nach § 45 Abs. 1i StVO kann eine Fahrradstraße angeordnet werden, wenn der Radverkehr "
          "überwiegt.",
          "In der Hauptverkehrszeit wurden {count} Radfahrende je Stunde gezählt."},
         {"Wie viele Unfälle mit Beteiligung von Radfahrenden gab es im Jahr {year}?",
          "Bis wann wird der Lückenschluss umgesetzt?", "Welche Fördermittel wurden beantragt?"}},
        {{"Schulsanierung der Grundschule in {place}: Baubeschluss",
          "Sanierungsstau an Schulen – Toiletten und Turnhallen",
          "Erweiterung der Gesamtschule um eine Mensa"},
         {"Das Schulgebäude wurde 1974 errichtet und seither nur teilweise saniert.",
          "Die Gesamtkosten der Schulsanierung betragen {amount} Euro.",
          "Während der Bauzeit werden die Schülerinnen und Schüler in einer Containeranlage "
          "unterrichtet.",
          "Der Wärmebedarf sinkt durch die energetische Sanierung um rund {percent} Prozent.",
          "Der Rechtsanspruch auf Ganztagsbetreuung nach § 24 Abs. 4 SGB VIII erfordert eine "
          "Mensa.",
          "An {count} Schulen sind Toilettenanlagen teilweise gesperrt."},
         {"Wie hoch ist der Sanierungsbedarf an den Schulen insgesamt?",
          "Welche Schulsanierungen wurden im Zuge der Haushaltssicherung verschoben?",
          "Wie viele Turnhallen sind derzeit gesperrt?"}},
        {{"Haushaltssicherungskonzept {year} bis {year4}",
          "Haushaltssatzung und Haushaltsplan {year}",
          "Bürgerhaushalt: Bürgerbeteiligung bei der Haushaltsplanung"},
         {"Der Ergebnisplan weist einen Fehlbetrag von {amount} Euro aus.",
          "Das Haushaltssicherungskonzept umfasst {count} Einzelmaßnahmen.",
          "Eine Erhöhung der Grundsteuer B ist nicht vorgesehen.",
          "Die Konsolidierungsmaß-\nnahmen entlasten den Haushalt um {percent} Prozent.",
          "Freiwillige Leistungen können nur ausgeweitet werden, wenn an anderer Stelle gespart "
          "wird.",
          "Die Kommunalaufsicht hat die Genehmigung an die Vorlage des Konzeptes geknüpft."},
         {"Wie hoch ist die Deckungslücke in der Finanzplanung?",
          "Welche freiwilligen Leistungen sollen gekürzt werden?",
          "Wie werden die Bürgerinnen und Bürger beteiligt?"}},
        {{"Klimaschutzkonzept: Treibhausgasbilanz {year}", "Kommunale Wärmeplanung für {place}",
          "Photovoltaik auf städtischen Dächern"},
         {"Die Treibhausgasemissionen sind gegenüber 1990 um {percent} Prozent gesunken.",
          "Von den Maßnahmen des Klimaschutzkonzeptes sind {count} umgesetzt.",
          "Auf städtischen Dächern wurden Photovoltaikanlagen für {amount} Euro errichtet.",
          "Die kommunale Wärmeplanung wird nach dem Wärmeplanungsgesetz bis {year} abgeschlossen.",
          "Die Klimaneutralität soll bis 2040 erreicht werden.",
          "Ein Klimaschutzmanagement wird mit Fördermitteln des Bundes eingerichtet."},
         {"Wie haben sich die Emissionen seit {year} entwickelt?",
          "Welche Maßnahmen sind noch nicht begonnen?",
          "Wie viele Dächer sind für Photovoltaik geeignet?"}},
        {{"Straßenbahn: Neubaustrecke nach {place}", "Barrierefreier Ausbau von Haltestellen",
          "Ersatzverkehr während der Sperrung der Straßenbahnstrecke"},
         {"Die Neubaustrecke der Straßenbahn hat eine Länge von 2,{count} km.",
          "Die Gesamtkosten betragen {amount} Euro; der Eigenanteil wird aus dem Haushalt "
          "finanziert.",
          "Im Schienenersatzverkehr fahren werktags Gelenkbusse im 10-Minuten-Takt.",
          "Die Förderung nach dem GVFG setzt einen Nutzen-Kosten-Indikator über 1 voraus.",
          "Für den Bau entfallen {count} Parkplätze in der Hauptstraße.",
          "Die Fahrgastzahlen sind um {percent} Prozent gestiegen."},
         {"Bis wann dauert die Sperrung der Strecke an?",
          "Wie viele Haltestellen sind noch nicht barrierefrei?",
          "Welche Verzögerungen gibt es im Bauzeitenplan?"}},
        {{"Bebauungsplan „Wohnquartier {place}-Nord“: Satzungsbeschluss gemäß § 10 BauGB",
          "Bebauungsplan Gewerbegebiet {place}: Aufstellungsbeschluss",
          "Städtebaulicher Vertrag für das Quartier {place}"},
         {"Der Bebauungsplan schafft die Voraussetzungen für {count} Wohnungen.",
          "Der Anteil öffentlich geförderten Wohnraums beträgt {percent} Prozent.",
          "Während der Offenlage gingen {count} Stellungnahmen von Bürgerinnen und Bürgern ein.",
          "Dachflächen sind zu begrünen und mit Photovoltaik zu kombinieren.",
          "Die Erschließungskosten von {amount} Euro trägt der Vorhabenträger.",
          "Die Straßenbäume in der Hauptstraße bleiben erhalten."},
         {"Wie viele Bäume müssen für das Vorhaben gefällt werden?",
          "Wie hoch ist der Anteil geförderter Wohnungen?", "Wann beginnt die Erschließung?"}},
        {{"Kita-Plätze in {place}: Ausbau der Kindertagesbetreuung",
          "Kostenbeitragssatzung für Kindertageseinrichtungen", "Fachkräftegewinnung für Kitas"},
         {"Derzeit warten {count} Kinder auf einen Kita-Platz.",
          "Nach § 24 SGB VIII besteht ein Rechtsanspruch auf einen Betreuungsplatz.",
          "Mit dem Neubau entstehen {count} zusätzliche Plätze, davon 36 Krippenplätze.",
          "Die Kosten für den Neubau betragen {amount} Euro.",
          "In den Einrichtungen sind {count} Stellen für Erzieher*innen unbesetzt.",
          "Der monatliche Kostenbeitrag steigt um {percent} Prozent."},
         {"Wie viele Kinder warten auf einen Betreuungsplatz?",
          "Wie viele Erzieher*innen-Stellen sind unbesetzt?",
          "Wie viele Eltern haben den Rechtsanspruch eingeklagt?"}},
    };
    return kTopics;
}

/// Invented first and last names for councillors.
inline constexpr std::string_view kFirstNames[] = {
    "Jana",  "Tobias",  "Carola", "Dennis",    "Andreas",   "Sabine", "Jörg", "Miriam",
    "Lukas", "Annette", "Özlem",  "Friedrich", "Katharina", "Malte",  "Ines", "Yusuf"};
inline constexpr std::string_view kLastNames[] = {
    "Weißenfels", "Krämer", "Menzel", "Hartung",  "Ritter",    "Kerner", "Großkopf", "Bäuerle",
    "Fenrich",    "Hock",   "Zschau", "Albrecht", "Dornbusch", "Yıldız", "Lehmann",  "Voß"};

} // namespace ratsarchiv::gen_corpus
