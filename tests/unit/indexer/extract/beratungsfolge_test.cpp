// The Beratungsfolge table: which lines are rows, each row's public status in the layouts PDF
// text leaves of it, and council names with typing errors. Tables are invented in the shape of
// the Karlsruhe layouts ("Gremium Termin TOP ö nö", "Gremien Termin TOP Ö / N Zuständigkeit").
#include <catch2/catch.hpp>

#include "indexer/extract/extract_fields.h"
#include "schema/gremium_names.h"

using ratsarchiv::CouncilDocument;
using ratsarchiv::indexer::extract_fields;
using ratsarchiv::schema::normalize_gremium;

namespace {
// The fields of a Beschlussvorlage with `table`.
CouncilDocument vorlage_with(const std::string& table) {
    std::string text = "\n\nBeschlussvorlage \n \nVorlage Nr.: 2031/0815 \n"
                       "Verantwortlich: Dez. 6 \nDienststelle:  Tiefbauamt \n \n"
                       "Sanierung der Beispielbr\xC3\xBC"
                       "cke \n \n" +
                       table;
    CouncilDocument doc;
    extract_fields(text, doc);
    return doc;
}

// "Gemeinderat 2031-03-24 ö; ..." for the extracted steps of a Beschlussvorlage with `table`.
std::string steps_of(const std::string& table) {
    const CouncilDocument doc = vorlage_with(table);
    std::string out;
    for (const auto& step : doc.beratungsfolge) {
        out += (out.empty() ? "" : "; ") + step.gremium + " " + step.date.value_or("-") + " " +
               (step.is_public ? (*step.is_public ? "\xC3\xB6" : "n\xC3\xB6") : "?");
    }
    return out;
}

const std::string kOeNoe = "Gremium Termin TOP \xC3\xB6 n\xC3\xB6 \n";
const std::string kLetters = "Gremien Termin TOP \xC3\x96 / N Zust\xC3\xA4ndigkeit \n";
} // namespace

TEST_CASE("reads no prose line with a date as a Beratungsfolge row", "[extract][beratungsfolge]") {
    auto [rows, steps] = GENERATE(table<std::string, std::string>({
        {kLetters + "Ortschaftsrat Gr\xC3\xB6tzingen 15.05.2024 8 \xC3\x96 Entscheidung \n \n \n"
                    "Am 9. Juni 2024 stehen die Kommunalwahlen an. \n",
         "Ortschaftsrat Gr\xC3\xB6tzingen 2024-05-15 \xC3\xB6"},
        {kOeNoe + "Gemeinderat 19.12.2017 9 x  \n"
                  "Zum 12.12.2017 erhielten wir auf unsere damalige Anfrage zum Klinikum \n",
         "Gemeinderat 2017-12-19 \xC3\xB6"},
        {kLetters + "Gemeinderat 17.12.2024 49 \xC3\x96 Kenntnisnahme \n \n \n"
                    "1. Wie viele Personen haben seit dem 1. August 2024 eine Erkl\xC3\xA4rung \n",
         "Gemeinderat 2024-12-17 \xC3\xB6"},
        {kOeNoe + "Gemeinderat 21.06.2016 29.4 X \n \n"
                  "Am 24. Mai 2016 wirft die Zeitung die Frage auf, ob der Plan passt. \n",
         "Gemeinderat 2016-06-21 \xC3\xB6"},
        {kLetters + "Gemeinderat 27.01.2026 13 \xC3\x96 Kenntnisnahme \n"
                    "Die CDU-Gemeinderatsfraktion Karlsruhe beantragt: \n"
                    "Nach dem Versuch am 15./16. November 2025 legt die Verwaltung vor \n",
         "Gemeinderat 2026-01-27 \xC3\xB6"},
        // A note between rows is no part of the next Gremium's name.
        {kOeNoe + "Personalausschuss 24.04.2020 1 x  \nListe 2 beanstandet \n"
                  "Gemeinderat 26.05.2020 9 x  \n",
         "Personalausschuss 2020-04-24 \xC3\xB6; Gemeinderat 2020-05-26 \xC3\xB6"},
        // A result written under a row is no part of the next name; neither are check boxes.
        {kOeNoe + "Ausschuss f\xC3\xBCr \xC3\xB6"
                  "ffentliche Einrichtungen 21.10.2031 3 \neinstimmige Zustimmung \n"
                  "Hauptausschuss 06.12.2031 5 \n\xE2\x98\x90 \xE2\x98\x92 vorberaten \n"
                  "Gemeinderat 13.12.2031 9 \n",
         "Ausschuss f\xC3\xBCr \xC3\xB6"
         "ffentliche Einrichtungen 2031-10-21 ?; Hauptausschuss 2031-12-06 ?; Gemeinderat "
         "2031-12-13 ?"},
        // Column titles on lines of their own, or broken apart, are no name.
        {"Beratungsfolge \ndieser \nVorlage \nGremium \nTermin TOP \n\xC3\xB6 \nn\xC3\xB6 \n"
         "Ergebnis \nPlanungsausschuss \n21.09.2017 2 X \n",
         "Planungsausschuss 2017-09-21 ?"},
        {"Beratungsfolge dieser Vorlage \nGremium \nT \nermin \nI  T \nOP    I   \xC3\xB6 \n"
         "Ergebnis \nOrtschaftsrat Neureut \n08.12.2020 2 \n",
         "Ortschaftsrat Neureut 2020-12-08 ?"},
        // A name the PDF wrapped still joins: after an adjective, after a broken word.
        {kOeNoe + "Ausschuss f\xC3\xBCr \xC3\xB6"
                  "ffentliche \nEinrichtungen 28.09.2022 4 x  \n",
         "Ausschuss f\xC3\xBCr \xC3\xB6"
         "ffentliche Einrichtungen 2022-09-28 \xC3\xB6"},
        {kOeNoe + "Ausschuss f\xC3\xBCr Umwelt und Ge-\nsundheit \n05.07.2022 3 x  vorberaten \n",
         "Ausschuss f\xC3\xBCr Umwelt und Gesundheit 2022-07-05 \xC3\xB6"},
        // Older PDF text runs a row's cells together: name, date and TOP.
        {"BeratungsfolgeSitzung amTOP\xC3\xB6n\xC3\xB6"
         "Ergebnis\nHauptausschuss16.04.20135\nGemeinderat23.04.201311\n",
         "Hauptausschuss 2013-04-16 ?; Gemeinderat 2013-04-23 ?"},
        // A session over several days is dated by its first day.
        {kOeNoe + "Gemeinderat 07./08.11.2021 14 x  \nGemeinderat 16./17./18.12.2025 20 x  \n",
         "Gemeinderat 2021-11-07 \xC3\xB6; Gemeinderat 2025-12-16 \xC3\xB6"},
        // The column titles run together too.
        {"GremiumTerminTOP\xC3\xB6n\xC3\xB6\nGemeinderat24.01.202313X\n",
         "Gemeinderat 2023-01-24 ?"},
        // One row without a column header: the word TOP and a status letter make it a row.
        {"Ortschaftsrat Wolfartsweier 04.03.2026 TOP 1 \xC3\x96 Beschluss \n",
         "Ortschaftsrat Wolfartsweier 2026-03-04 \xC3\xB6"},
        {"Der Ortschaftsrat tagt am 04.03.2026 TOP 1 \xC3\x96 \nStadtrat Beispiel 05.03.2026 \n",
         ""},
        // A joint session names two committees.
        {kLetters +
             "Haupt- und Finanzausschuss gemeinsam \nmit dem Sportausschuss \n"
             "03.06.2025 7 N Vorberatung \nGemeinderat 24.06.2025 6 \xC3\x96 Entscheidung \n",
         "Haupt- und Finanzausschuss gemeinsam mit dem Sportausschuss 2025-06-03 n\xC3\xB6; "
         "Gemeinderat 2025-06-24 \xC3\xB6"},
    }));
    INFO(rows);
    CHECK(steps_of(rows) == steps);
}

TEST_CASE("reads a row's public status where the PDF left the cross", "[extract][beratungsfolge]") {
    auto [rows, steps] = GENERATE(table<std::string, std::string>({
        // The cross on the next line stood in the ö column; after an empty line (the empty ö
        // cell) in the nö column.
        {kOeNoe + "Gemeinderat 26.05.2020  32 \nx \n \nPlanungsausschuss 09.07.2020 10 \n \nx \n",
         "Gemeinderat 2020-05-26 \xC3\xB6; Planungsausschuss 2020-07-09 n\xC3\xB6"},
        // Indented by the empty ö cell, the cross below stood in the nö column.
        {kOeNoe + "Hauptausschuss 03.12.2019 30 \n   x \nGemeinderat 10.12.2019 23 \nx \n",
         "Hauptausschuss 2019-12-03 n\xC3\xB6; Gemeinderat 2019-12-10 \xC3\xB6"},
        // The column header broken over three lines.
        {"Gremium Termin TOP \n\xC3\xB6 \nn\xC3\xB6 \nGemeinderat 28.04.2020 14.1 \nx \n \n"
         "Ausschuss f\xC3\xBCr \xC3\xB6"
         "ffentliche Einrichtungen 01.07.2020 8 \n \nx \n",
         "Gemeinderat 2020-04-28 \xC3\xB6; Ausschuss f\xC3\xBCr \xC3\xB6"
         "ffentliche Einrichtungen 2020-07-01 n\xC3\xB6"},
        // Crosses in the row keep their column spacing.
        {kOeNoe + "Planungsausschuss 16.05.2019 4  X \nGemeinderat 28.05.2019 17 X \n",
         "Planungsausschuss 2019-05-16 n\xC3\xB6; Gemeinderat 2019-05-28 \xC3\xB6"},
        // "nö" written into the Ö / N column.
        {kLetters + "Personalausschuss 12.10.2023 n\xC3\xB6 Vorberatung \n"
                    "Gemeinderat 24.10.2023 5 \xC3\x96 Entscheidung \n",
         "Personalausschuss 2023-10-12 n\xC3\xB6; Gemeinderat 2023-10-24 \xC3\xB6"},
        {kLetters + "Ausschuss f\xC3\xBCr \xC3\xB6"
                    "ffentliche Einrichtungen 27.11.2025 8 N Vorberatung \n",
         "Ausschuss f\xC3\xBCr \xC3\xB6"
         "ffentliche Einrichtungen 2025-11-27 n\xC3\xB6"},
        // A TOP of two items joined by a slash is one cell before the cross.
        {kOeNoe + "Hauptausschuss 04.04.2017 8.1 / 8.2  x \n"
                  "Gemeinderat 25.04.2017 18.1 / 18.2 x  \n",
         "Hauptausschuss 2017-04-04 n\xC3\xB6; Gemeinderat 2017-04-25 \xC3\xB6"},
        // The row wrapped after its date: TOP, cross or letter and role on the next line.
        {kOeNoe + "Hauptausschuss 10.01.2023 \n6  x vorberaten \nGemeinderat 28.02.2023 \n8 x   \n",
         "Hauptausschuss 2023-01-10 n\xC3\xB6; Gemeinderat 2023-02-28 \xC3\xB6"},
        {kLetters + "Haupt- und Finanzausschuss 11.11.2025 \n7 N Vorberatung \n"
                    "Gemeinderat 25.11.2025 \n \n6 \xC3\x96 Kenntnisnahme \n",
         "Haupt- und Finanzausschuss 2025-11-11 n\xC3\xB6; Gemeinderat 2025-11-25 \xC3\xB6"},
        // An empty status cell stays unknown; the next row is not read as its cells.
        {kLetters +
             "Schulbeirat 03.07.2024    \nGemeinderat 16.07.2024 25 \xC3\x96 Entscheidung \n",
         "Schulbeirat 2024-07-03 ?; Gemeinderat 2024-07-16 \xC3\xB6"},
        // "Beratungsfolge Termin Öffentlichkeitsstatus Zuständigkeit": "ö"/"nö" words.
        {"Beratungsfolge Termin \xC3\x96"
         "ffentlichkeitsstatus Zust\xC3\xA4ndigkeit \nPersonalausschuss 12.10.2023 n\xC3\xB6 "
         "Vorberatung \nGemeinderat 24.10.2023 \xC3\xB6 Beschlussfassung \n",
         "Personalausschuss 2023-10-12 n\xC3\xB6; Gemeinderat 2023-10-24 \xC3\xB6"},
    }));
    INFO(rows);
    CHECK(steps_of(rows) == steps);
}

TEST_CASE("corrects typing errors in a council's name only", "[extract][gremium]") {
    auto [name, normalized] = GENERATE(table<std::string, std::string>({
        {"Gemeiderat", "Gemeinderat"},
        {"Gemeinderrat", "Gemeinderat"},
        {"Gemeindrat", "Gemeinderat"},
        {"Gemeinedrat", "Gemeinderat"},
        {"Ortschaftrat Durlach", "Ortschaftsrat Durlach"},
        {"Gemeinderat", "Gemeinderat"},
        // Different bodies stay apart.
        {"Gemeindetag", "Gemeindetag"},
        {"Staatsrat", "Staatsrat"},
        {"Kreisrat", "Kreisrat"},
        {"Gemeinderatsfraktion", "Gemeinderatsfraktion"},
    }));
    CHECK(normalize_gremium(name) == normalized);
}

TEST_CASE("gives the session step of an older label block the block's status",
          "[extract][beratungsfolge]") {
    auto [status, expected] = GENERATE(table<std::string, std::string>({
        {"\xC3\xB6"
         "ffentlich",
         "Gemeinderat 2029-06-26 \xC3\xB6"},
        {"nicht \xC3\xB6"
         "ffentlich",
         "Gemeinderat 2029-06-26 n\xC3\xB6"},
    }));
    std::string text = "\nSTADT KARLSRUHE \nDer Oberb\xC3\xBCrgermeister \n \nANFRAGE \n \n"
                       "Stadtrat Max Beispiel (XYZ) \n \nvom 15. Mai 2029 \nGremium: \n \n"
                       "Termin: \nVorlage Nr.: \nTOP: \n12. Plenarsitzung Gemeinderat \n \n"
                       "26.06.2029 \n2029/0417 \n7 \n \n" +
                       status + " \n \nBeleuchtung der Radwege im Stadtpark \n";
    CouncilDocument doc;
    extract_fields(text, doc);
    REQUIRE(doc.beratungsfolge.size() == 1);
    const auto& step = doc.beratungsfolge.front();
    std::string got = step.gremium + " " + step.date.value_or("-") + " " +
                      (step.is_public ? (*step.is_public ? "\xC3\xB6" : "n\xC3\xB6") : "?");
    CHECK(got == expected);
}

TEST_CASE("reads a label block's session name as its Gremium and status",
          "[extract][beratungsfolge]") {
    auto [gremium, expected] = GENERATE(table<std::string, std::string>({
        {"\xC3\x96"
         "ffentliche Sitzung des \nOrtschaftsrates Beispielheim",
         "Ortschaftsrat Beispielheim 2029-07-27 \xC3\xB6"},
        {"\xC3\x96"
         "ffentliche Sitzung des \nOrtschaftsrates",
         "Ortschaftsrat 2029-07-27 \xC3\xB6"},
        {"Nicht\xC3\xB6"
         "ffentliche Sitzung des Bauausschusses",
         "Bauausschuss 2029-07-27 n\xC3\xB6"},
        {"\xC3\x96"
         "ffentliche/Nicht \xC3\xB6"
         "ffentliche \nSitzung des Ortschaftsrates",
         "Ortschaftsrat 2029-07-27 ?"},
        {"Ortschaftsrat Beispielheim", "Ortschaftsrat Beispielheim 2029-07-27 ?"},
    }));
    std::string text = "\nANFRAGE \nCDU-OR-Fraktion \nGremium \nTermin \nTOP \n" + gremium +
                       " \n27.07.2029 \n8 \nBeleuchtung der Radwege im Stadtpark \n";
    CouncilDocument doc;
    extract_fields(text, doc);
    INFO(text);
    REQUIRE(doc.beratungsfolge.size() == 1);
    const auto& step = doc.beratungsfolge.front();
    std::string got = step.gremium + " " + step.date.value_or("-") + " " +
                      (step.is_public ? (*step.is_public ? "\xC3\xB6" : "n\xC3\xB6") : "?");
    CHECK(got == expected);
}

TEST_CASE("reads a one-row table the PDF emitted column by column", "[extract][beratungsfolge]") {
    auto [block, expected] = GENERATE(table<std::string, std::string>({
        {"Gremium \n \nTermin \nTOP \nStatus \n\xC3\x96"
         "ffentliche Sitzung des \nOrtschaftsrates Beispielheim \n \n16.06.2030 \n \n8 \n \n"
         "\xC3\x96"
         "ffentlich \n",
         "Ortschaftsrat Beispielheim 2030-06-16 \xC3\xB6"},
        {"Gremien \nOrtschaftsrat Beispielheim \nTermin \n12.05.2030 \nTOP \xC3\x96 / N \n"
         "N \nZust\xC3\xA4ndigkeit \nBeratung \n",
         "Ortschaftsrat Beispielheim 2030-05-12 n\xC3\xB6"},
        // A misspelt title with no cell after it is no row.
        {"Gremium \nTemin \nTOP \n \n", ""},
    }));
    std::string text = "\nANFRAGE \nCDU-OR-Fraktion \n" + block +
                       "Beleuchtung der Radwege im Stadtpark \n \nDie Ortsverwaltung m\xC3\xB6"
                       "ge berichten, wann die Radwege beleuchtet werden. \n";
    CouncilDocument doc;
    extract_fields(text, doc);
    INFO(text);
    std::string got;
    for (const auto& step : doc.beratungsfolge) {
        got += step.gremium + " " + step.date.value_or("-") + " " +
               (step.is_public ? (*step.is_public ? "\xC3\xB6" : "n\xC3\xB6") : "?");
    }
    CHECK(got == expected);
}

TEST_CASE("reads the rows printed whole after split Gremium and Termin columns",
          "[extract][beratungsfolge]") {
    auto [rows, steps] = GENERATE(table<std::string, std::string>({
        // Older PDFs print the first rows column by column, the later ones whole.
        {"Beratungsfolge dieser Vorlage am TOP \xC3\xB6 n\xC3\xB6 Ergebnis \n"
         "Gemeinderat \nAusschuss f\xC3\xBCr Beispiele \n16.12.2030 \n12.03.2031 \n26 \n1 \n \n"
         "Ausschuss f\xC3\xBCr Beispiele 29.10.2031 5 \nGemeinderat 24.11.2031 26 \n",
         "Gemeinderat 2030-12-16 ?; Ausschuss f\xC3\xBCr Beispiele 2031-03-12 ?; "
         "Ausschuss f\xC3\xBCr Beispiele 2031-10-29 ?; Gemeinderat 2031-11-24 ?"},
        // A whole row repeating a step of the split columns replaces it with its cells.
        {kOeNoe + "Gemeinderat \n \nGemeinderat \n29.09.2030 \n \n17.11.2030 \n14 x \n"
                  "Gemeinderat 17.11.2030 21 x  \n",
         "Gemeinderat 2030-09-29 ?; Gemeinderat 2030-11-17 \xC3\xB6"},
        // A name wrapped in the Gremium column is one name, not two columns' worth.
        {kOeNoe + "Ausschuss f\xC3\xBCr \xC3\xB6"
                  "ffentliche \nEinrichtungen \n17.02.2031 \n0 \n1 \n"
                  "12.05.2031 5   einstimmige Zustimmung \nGemeinderat 28.06.2031 5 \n",
         "Ausschuss f\xC3\xBCr \xC3\xB6"
         "ffentliche Einrichtungen 2031-02-17 ?; Ausschuss f\xC3\xBCr \xC3\xB6"
         "ffentliche Einrichtungen 2031-05-12 ?; Gemeinderat 2031-06-28 ?"},
        // "06.03.2030 /" then "08.07.2030": the committee met again on the second date.
        {kLetters + "Ortschaftsrat Beispielheim 06.03.2030 / \n08.07.2030 \n3 N Vorberatung \n"
                    "Gemeinderat 23.07.2030 4 \xC3\x96 Entscheidung \n",
         "Ortschaftsrat Beispielheim 2030-03-06 ?; Ortschaftsrat Beispielheim 2030-07-08 "
         "n\xC3\xB6; Gemeinderat 2030-07-23 \xC3\xB6"},
        // A date line without a name after a complete row is no step of that committee.
        {kOeNoe + "Gemeinderat 17.11.2030 6 x \nAufsichtsrat Beispiel GmbH 03.12.2030 \n"
                  "15.12.2030 \n",
         "Gemeinderat 2030-11-17 \xC3\xB6; Aufsichtsrat Beispiel GmbH 2030-12-03 ?"},
        // The cross of a wrapped row after an empty line: "10.11.2030" / "" / " 4   x".
        {kOeNoe + "Hauptausschuss \n \n10.11.2030 \n \n 4   x \nGemeinderat 17.11.2030 21 x \n",
         "Hauptausschuss 2030-11-10 n\xC3\xB6; Gemeinderat 2030-11-17 \xC3\xB6"},
        // "Gemeinderatsfraktion" picked in the form's Gremium cell: the council itself.
        {kOeNoe + "Gemeinderatsfraktion 28.04.2030 8.4 \nx \n", "Gemeinderat 2030-04-28 \xC3\xB6"},
    }));
    INFO(rows);
    CHECK(steps_of(rows) == steps);
}

TEST_CASE("a step dated in an impossible year keeps its Gremium without the date",
          "[extract][beratungsfolge]") {
    // "20./21.11.1018" (a two-day session, a digit lost in the PDF text), as Karlsruhe prints it.
    CouncilDocument doc;
    extract_fields("\n\nBeschlussvorlage \n \nVorlage Nr.: 2018/0403 \n \nInklusion in der "
                   "Ganztagsgrundschule \n \nBeratungsfolge dieser Vorlage\n" +
                       kOeNoe +
                       "Schulbeirat 20.06.2018 8\n\nx\nvorberaten\n"
                       "Gemeinderat 20./21.11.1018 5\nx\n\nBeschlussantrag\n",
                   doc);
    REQUIRE(doc.beratungsfolge.size() == 2);
    CHECK(doc.beratungsfolge[0].date == std::optional<std::string>("2018-06-20"));
    CHECK(doc.beratungsfolge[1].gremium == "Gemeinderat");
    CHECK_FALSE(doc.beratungsfolge[1].date);
    bool noted = false;
    for (const auto& d : doc.diagnostics) {
        noted = noted || d.reason.find("impossible year") != std::string::npos;
    }
    CHECK(noted);
}

TEST_CASE("reads a row's agenda item where the table has a TOP column",
          "[extract][beratungsfolge]") {
    auto tops_of = [](const std::string& table) {
        const CouncilDocument doc = vorlage_with(table);
        std::string out;
        for (const auto& step : doc.beratungsfolge) {
            out += (out.empty() ? "" : "; ") + step.gremium + " " +
                   (step.top.empty() ? "-" : step.top);
        }
        return out;
    };
    auto [rows, tops] = GENERATE(table<std::string, std::string>({
        {"Beratungsfolge Sitzung am TOP \xC3\xB6 n\xC3\xB6 Ergebnis \n"
         "Hauptausschuss 14.07.2031 13         \nGemeinderat 21.07.2031 5   Zustimmung \n",
         "Hauptausschuss 13; Gemeinderat 5"},
        {kLetters + "Ortschaftsrat Gr\xC3\xB6tzingen 15.05.2031 8.1 \xC3\x96 Entscheidung \n",
         "Ortschaftsrat Gr\xC3\xB6tzingen 8.1"},
        {kOeNoe + "Sozialausschuss 12.07.2031 6 a x   \nGemeinderat 25.07.2031 6 b \n",
         "Sozialausschuss 6 a; Gemeinderat 6 b"},
        // No TOP column: a number after the date is no agenda item.
        {"Beratungsfolge Sitzung am \xC3\xB6 n\xC3\xB6 Ergebnis \nGemeinderat 21.07.2031 5 \n",
         "Gemeinderat -"},
        // The column, but the row leaves it empty or holds no item there.
        {kOeNoe + "Gemeinderat 19.12.2031 x  \nPlanungsausschuss 01.04.2031 2031/12 \n",
         "Gemeinderat -; Planungsausschuss -"},
    }));
    INFO(rows);
    CHECK(tops_of(rows) == tops);
}
