// How Stadt Karlsruhe names the paper of a Stellungnahme: the printed title plus the kind of
// the answered paper and who submitted it, in a style that changed over the years. Measured on
// the city's OParl names (labels.jsonl) against the heads of its Stellungnahmen:
// - sessions up to 2010: "Antrag GRÜNE: <title>";
// - sessions 2012-07 to 2013-07: "<title>: Anfrage Stadtrat Mossuto, Stadtrat Wenzel (FW)"
//   ("StR Mossuto" from 2013-05),
//   "<title>: Antrag CDU-Fraktion", "<title>: Anfrage SPD-Fraktion";
// - sessions 2014 to 2019-10 (but not 2016-01 to 2016-05, nor papers whose Beratungsfolge runs
//   past 2019-10: 4 of 4 keep the printed title), amendments only: "Änderungsantrag AfD: <title>";
// - otherwise the printed title alone.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/extract/layout.h"
#include "schema/council_document.h"

namespace ratsarchiv::indexer::extract {

/// Who a Karlsruhe Stellungnahme answers, read from the lines under its heading
/// ("STELLUNGNAHME zum gemeinsamen Änderungsantrag" / "FDP-Gemeinderatsfraktion" /
/// "Stadtrat Friedemann Kalmbach (GfK)").
struct AnsweredPaper {
    std::string kind;                    ///< "Antrag", "Anfrage", "Änderungsantrag", ...
    bool joint = false;                  ///< "gemeinsamen"/"interfraktionellen"
    std::vector<std::string> submitters; ///< the submitter lines as printed
};

/// The answered paper of a Karlsruhe "STELLUNGNAHME zum/zur ..." head; kind is "" when the
/// head is not one.
AnsweredPaper answered_paper(const Head& head);

/// The party a submitter line names: "FDP" for "FDP-Gemeinderatsfraktion", "GfK" for
/// "Stadtrat Friedemann Kalmbach (GfK)"; "" when it names none.
std::string submitter_party(std::string_view line);

/// The councillor as the city's names of 2012-13 write them: "Stadtrat Dr. Fischer" for
/// "Stadtrat Dr. Eberhard Fischer (KAL)"; "" when the line names no councillor.
std::string councillor_short_name(std::string_view line);

/// The city's name of the paper from the printed `title`, the answered paper and the session
/// date (ISO, may be empty); the title itself where the city used it unchanged. A paper whose
/// `last_session` (ISO, may be empty) falls after its first session's style ended was named
/// anew then: amendments discussed again after 2019-10 keep the printed title.
std::string compose_city_title(const std::string& title, const AnsweredPaper& paper,
                               std::string_view session_date, std::string_view last_session = {});

/// The date of the first session of doc.beratungsfolge that has one, else doc.date.
std::string first_session_date(const CouncilDocument& doc);

/// The latest date of the sessions of doc.beratungsfolge, else doc.date.
std::string last_session_date(const CouncilDocument& doc);

/// True when the city's names of papers of a session on `session_date` keep a short topic line
/// printed over the title ("Kombilösung:" / "Transparenz, ..."): sessions before 2014.
bool city_keeps_topic_line(std::string_view session_date);

/// Applies compose_city_title to a Karlsruhe Stellungnahme (doc.thema and the first session
/// date of doc.beratungsfolge must be extracted already).
void compose_thema(const Head& head, CouncilDocument& doc);

} // namespace ratsarchiv::indexer::extract
