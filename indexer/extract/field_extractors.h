// The field extractors, one per field group, each in its own file. They read the analyzed
// head (layout.h) and fill their fields of the document; none throws on odd content.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "indexer/extract/layout.h"
#include "schema/council_document.h"

namespace ratsarchiv::indexer::extract {

/// type (type.cpp): the heading's vocabulary type, "Vorlage" for "Vorlage Nr." papers.
void extract_type(const Head& head, CouncilDocument& doc);

/// number (number.cpp): the document's own number in canonical form.
void extract_number(const Head& head, CouncilDocument& doc);

/// date (dates.cpp): date of receipt or of the paper, ISO.
void extract_date(const Head& head, CouncilDocument& doc);

/// beratungsfolge (beratungsfolge.cpp): the consultation steps of the head's table or label
/// block. Returns the line index after the table (0 when there is none), used by thema.
std::size_t extract_beratungsfolge(const Head& head, CouncilDocument& doc);

/// thema (thema.cpp): the title. `table_end` is the line after the Beratungsfolge table.
void extract_thema(const Head& head, std::size_t table_end, CouncilDocument& doc);

/// body, amt, dezernat (offices.cpp).
void extract_offices(const Head& head, CouncilDocument& doc);

/// refs (refs.cpp): numbers the document cites, with relation answers/amends/refers.
void extract_refs(const Head& head, CouncilDocument& doc);

/// attachments (attachments.cpp): the Anlagen listed at the end, with their status.
void extract_attachments(const Head& head, CouncilDocument& doc);

/// signatory (signatory.cpp): the name the document closes with.
void extract_signatory(const Head& head, CouncilDocument& doc);

/// True for a line that is a person's name as a signature prints it: "Simone Borris", "Dr.
/// Trümper" (up to four capitalized words, no digits, no office title).
bool looks_like_person_name(std::string_view line);

/// submitters (submitter.cpp): for an Antrag, Anfrage or amendment, who submitted it as it names
/// them itself. Reads type and Beratungsfolge, so it runs after both.
void extract_submitters(const Head& head, CouncilDocument& doc);

/// public (public_status.cpp): the document's own public status.
void extract_public_status(const Head& head, CouncilDocument& doc);

/// session (session_record.cpp): for a dated Niederschrift, the committee and day of the session
/// it records and the TOP of each paper it cites. Runs last: it reads type, date, thema, refs
/// and the cleaned text, so it runs after choose_document_date (indexer/council_file.cpp).
void extract_session_record(CouncilDocument& doc);

/// The cell below the cell that equals `label` (case-insensitive) in a tab table of the head,
/// e.g. "Datum" -> "05.07.2022"; nullopt when there is no such label. Rows containing
/// `not_in_row` (e.g. "Gremium": a Beratungsfolge table) are skipped.
std::optional<std::string> cell_below(const Head& head, std::string_view label,
                                      std::string_view not_in_row = {});

/// The last `bytes` of the cleaned text as lines (the closing part: signature, Anlagen).
std::vector<std::string_view> tail_lines(std::string_view cleaned, std::size_t bytes);

} // namespace ratsarchiv::indexer::extract
