// Tests of the type vocabulary, Gremium normalization and number spellings.
#include <algorithm>

#include <catch2/catch.hpp>

#include "schema/document_types.h"
#include "schema/gremium_names.h"
#include "schema/number_spellings.h"

using namespace ratsarchiv::schema;

TEST_CASE("normalizes type headings to the vocabulary", "[extract][type]") {
    auto [heading, type] = GENERATE(table<std::string, std::string>({
        {"Beschlussvorlage", "Beschlussvorlage"},
        {"BESCHLUSSVORLAGE", "Beschlussvorlage"},
        {"I N F O R M A T I O N", "Information"},
        {"STELLUNGNAHME zur Anfrage", "Stellungnahme"},
        {"Stellungnahme der Verwaltung", "Stellungnahme"},
        {"ERGÄNZUNGSANTRAG", "Änderungsantrag"},
        {"Änderungsantrag", "Änderungsantrag"},
        {"Interfraktioneller ANTRAG", "Antrag"},
        {"Interfraktionelle Anfrage", "Anfrage"},
        {"GEMEINSAMER ANTRAG", "Antrag"},
        {"GEMEINSAME ANFRAGE", "Anfrage"},
        {"Ergänzungs-/Änderungsantrag", "Änderungsantrag"},
        {"NIEDERSCHRIFT", "Niederschrift"},
        {"Gedruckt auf 100 Prozent Recyclingpapier", ""},
        {"Antrag:", ""},
    }));
    CHECK(normalize_document_type(heading) == type);
}

TEST_CASE("normalizes Gremium names without merging committees", "[extract][gremium]") {
    auto [name, normalized] = GENERATE(table<std::string, std::string>({
        {"Der Stadtrat", "Stadtrat"},
        {"Stadtrat", "Stadtrat"},
        {"36. Plenarsitzung Gemeinderat", "Gemeinderat"},
        {"5. Sitzung Haupt- und Finanzausschuss", "Haupt- und Finanzausschuss"},
        {"Personal- und Organisationsausschusses.", "Personal- und Organisationsausschuss"},
        {"Die Oberbürgermeisterin", "Die Oberbürgermeisterin"},
        {"Ortschaftsrat Durlach", "Ortschaftsrat Durlach"},
        {"Gemeinderat - Beratungen zum DHH", "Gemeinderat - Beratungen zum DHH"},
        // Cells of the previous table row run into the name; a date cell broken into it.
        {"5 Ö Entscheidung Planungsausschuss", "Planungsausschuss"},
        {"x vorberaten Gemeinderat", "Gemeinderat"},
        {"-abgesetzt- 8.2 x Gemeinderat", "Gemeinderat"},
        {"Gemeinderat 16./17./", "Gemeinderat"},
        {"Gemeinderat (zur Kenntnis)", "Gemeinderat"},
        {"Gemeinderatssitzung", "Gemeinderat"},
        {"Plenarsitzung Gemeinderat", "Gemeinderat"},
        {"12. Sitzung Hauptausschuss", "Hauptausschuss"},
        {"Ausschuss für Umwelt und Gesundheit", "Ausschuss für Umwelt und Gesundheit"},
        {"Ortschaftsrat Grötzingen", "Ortschaftsrat Grötzingen"},
        // Result cells and check boxes of the row before, in any case; notes on the step.
        {"Einstimmig Zustimmung Hauptausschuss", "Hauptausschuss"},
        {"mehrheitlich zugestimmt Gemeinderat", "Gemeinderat"},
        {"☐ ☒ vorberaten Ortschaftsrat Grötzingen", "Ortschaftsrat Grötzingen"},
        {"Vorberaten Planungsausschuss", "Planungsausschuss"},
        {"Gemeinderat (Auslegungsbeschluss)", "Gemeinderat"},
        {"Bauausschuss (verwiesen aus GR)", "Bauausschuss"},
        {"Ausschuss für Umwelt und Gesundheit (AUG)", "Ausschuss für Umwelt und Gesundheit (AUG)"},
        {"Nö Sozialausschuss", "Sozialausschuss"},
        {"Auslegungsbeschluss Gemeinderat", "Gemeinderat"},
        {"einstimmige Zustimmung Planungsausschuss", "Planungsausschuss"},
        {"Empfehlung) Gemeinderat", "Gemeinderat"},
        {"GremiumTerminTOPÖNÖErgebnis Kulturausschuss", "Kulturausschuss"},
        {"Gemeinderat - Offenlage -", "Gemeinderat"},
        {"Gemeinderat Offenlage", "Gemeinderat"},
        {"Gemeinderat Gemeinderat", "Gemeinderat"},
        {"Öffentliche Sitzung des Ortschaftsrates Wolfartsweier", "Ortschaftsrat Wolfartsweier"},
        // A genitive head noun anywhere in the name is the committee in its own name.
        {"des Ausschusses für Umwelt und Gesundheit", "Ausschuss für Umwelt und Gesundheit"},
        {"5. Sitzung des Ausschusses für Umwelt und Gesundheit",
         "Ausschuss für Umwelt und Gesundheit"},
        {"des Ortsbeirates Mitte", "Ortsbeirat Mitte"},
        {"der Bezirksvertretung Nord", "Bezirksvertretung Nord"},
        {"des Haupt- und Finanzausschusses", "Haupt- und Finanzausschuss"},
        {"Sitzung des Jugendhilfeausschusses", "Jugendhilfeausschuss"},
        {"Ausschuss für Angelegenheiten des Seniorenrates", "Ausschuss für Angelegenheiten des Seniorenrates"},
        {"Finanzausschuss des Ortschaftsrates Wettersbach",
         "Finanzausschuss des Ortschaftsrates Wettersbach"},
    }));
    CHECK(normalize_gremium(name) == normalized);
}

TEST_CASE("yields the spellings people type for a number", "[extract][number]") {
    auto [number, spelling] = GENERATE(table<std::string, std::string>({
        {"S0254/22", "S0254/22"},
        {"S0254/22", "S 0254/22"},
        {"S0254/22", "0254/22"},
        {"S0254/22", "254/22"},
        {"DHH/2023/1007", "2023/1007"},
        {"VII/0680/24", "VII 0680/24"},
        {"2022/1004/1", "2022/1004/1"},
        {"2024/0902", "2024/902"},
        {"2023/0425/05", "2023/425/5"},
        {"BV/2022/0024", "BV2022/24"},
    }));
    auto spellings = number_spellings(number);
    CHECK(spellings.front() == number);
    CHECK(std::find(spellings.begin(), spellings.end(), spelling) != spellings.end());
}

TEST_CASE("does not widen a sub-number to its parent", "[extract][number]") {
    auto spellings = number_spellings("2022/1004/1");
    CHECK(std::find(spellings.begin(), spellings.end(), "2022/1004") == spellings.end());
    CHECK(number_spellings("").empty());
}
