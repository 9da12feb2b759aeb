// Submitter normalization: the spellings of one Fraktion are one name; different groups (another
// party, a party's group in an Ortschaftsrat) stay apart.
#include <catch2/catch.hpp>

#include "schema/submitter_names.h"

using ratsarchiv::schema::normalize_submitter;
using ratsarchiv::schema::split_submitters;

TEST_CASE("normalizes the spellings of one Fraktion to one name", "[schema][people]") {
    auto [written, normalized] = GENERATE(table<std::string, std::string>({
        {"CDU-Fraktion", "CDU-Fraktion"},
        {"CDU-Gemeinderatsfraktion", "CDU-Fraktion"},
        {"CDU Gemeinderatsfraktion", "CDU-Fraktion"},
        {"CDU-Ratsfraktion", "CDU-Fraktion"},
        {"Fraktion der CDU", "CDU-Fraktion"},
        {"SPD-Stadtratsfraktion", "SPD-Fraktion"},
        {"Gemeinderatsfraktion DIE LINKE", "DIE LINKE-Fraktion"},
        {"Fraktion DIE LINKE", "DIE LINKE-Fraktion"},
        {"  GRÜNE-Gemeinderatsfraktion ", "GRÜNE-Fraktion"},
        {"SPD-Ortschaftsratsfraktion", "SPD-Ortschaftsratsfraktion"},
        {"Stadträtin Dr. Anna Beispiel", "Dr. Anna Beispiel"},
        {"SR Beispiel", "Beispiel"},
        {"DIE PROBE.-Gemeinderatsfraktion", "DIE PROBE-Fraktion"},
        {"DIE PROBE.-Fraktion", "DIE PROBE-Fraktion"},
        {"BSP--Fraktion", "BSP-Fraktion"},
        {"BSP --Ortschaftsratsfraktion", "BSP-Ortschaftsratsfraktion"},
        {"CDU-OR-Fraktion", "CDU-Ortschaftsratsfraktion"},
        {"Ortschaftsrat Beispielheim", "Ortschaftsrat Beispielheim"},
        {"Ortschaftsrätin Eva Probe", "Eva Probe"},
        {"SPD-Ortschaftsratsfraktion Beispielheim", "SPD-Ortschaftsratsfraktion Beispielheim"},
        {"FDP/FW", "FDP/FW"},
        {"", ""},
    }));
    INFO(written);
    CHECK(normalize_submitter(written) == normalized);
}

TEST_CASE("never merges different groups", "[schema][people]") {
    CHECK(normalize_submitter("SPD-Ortschaftsratsfraktion") !=
          normalize_submitter("SPD-Gemeinderatsfraktion"));
    CHECK(normalize_submitter("CDU-Fraktion") != normalize_submitter("CSU-Fraktion"));
    CHECK(normalize_submitter("Fraktion DIE LINKE") != normalize_submitter("Fraktion Die PARTEI"));
}

TEST_CASE("splits a joint submission into its groups", "[schema][people]") {
    CHECK(split_submitters("CDU-Gemeinderatsfraktion, GRÜNE-Gemeinderatsfraktion") ==
          std::vector<std::string>{"CDU-Fraktion", "GRÜNE-Fraktion"});
    CHECK(split_submitters("SPD-Fraktion und FDP-Fraktion") ==
          std::vector<std::string>{"SPD-Fraktion", "FDP-Fraktion"});
    CHECK(split_submitters("CDU-Fraktion, CDU-Gemeinderatsfraktion") ==
          std::vector<std::string>{"CDU-Fraktion"});
    CHECK(split_submitters("").empty());
}
