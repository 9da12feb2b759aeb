// The document model shared by indexer, server and tools: what the extractor produces from one
// council file, what the index stores, and what the API returns.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ratsarchiv {

/// Votes of one Beratungsfolge step, where the document states them.
struct Votes {
    int ja = 0;
    int nein = 0;
    int enthaltung = 0;
};

/// One step of the Beratungsfolge (consultation sequence): which committee, when, how.
struct BeratungStep {
    std::string gremium;             ///< normalized committee name, e.g. "Stadtrat"
    std::optional<std::string> date; ///< ISO date, if stated
    std::optional<bool> is_public;   ///< öffentlich / nicht öffentlich, if stated
    std::string role;                ///< e.g. "Vorberatung", "Entscheidung", if stated
    std::string result;              ///< e.g. "einstimmig bestätigt", if stated
    std::optional<Votes> votes;      ///< ja/nein/Enthaltung, if stated
    std::string top;                 ///< the agenda item (TOP column), e.g. "13", if stated
};

/// A document number the text cites, with the relation where the text says it.
struct Reference {
    std::string number;    ///< canonical number, e.g. "A0105/22"
    std::string relation;  ///< "answers", "amends", "records", "refers" (default)
    std::string type;      ///< the cited paper's type where the text states it, e.g. "Antrag"
    std::string submitter; ///< who submitted the cited paper where stated, e.g. "CDU-Ratsfraktion"
};

/// A paper a Niederschrift records under an agenda item (Tagesordnungspunkt).
struct AgendaItem {
    std::string top;    ///< the item as the text numbers it, e.g. "5", "12.1", "3 a"
    std::string number; ///< canonical number of the paper, e.g. "2025/0112"
};

/// The session a Niederschrift records: one committee on one day, and its agenda as far as the
/// text gives it (indexer/extract/session_record.cpp).
struct SessionRecord {
    std::string gremium; ///< normalized committee name, as in the Beratungsfolge
    std::string date;    ///< ISO date yyyy-mm-dd
    std::vector<AgendaItem> agenda;
};

/// An attachment (Anlage) listed by the document.
struct Attachment {
    std::string title;
    std::optional<bool> is_public; ///< nichtöffentlich attachments are false
};

/// How bad a diagnostic is.
enum class Severity {
    Problem, ///< the file could not be read as it is (cannot decode, truncated, extractor failed)
    Note     ///< the file does not state a field (an attachment without a number): normal
};

/// A problem found while reading or extracting one file; the file is still indexed.
struct Diagnostic {
    std::string field; ///< the field concerned, or "file"/"encoding"
    std::string reason;
    int line = 0; ///< 1-based line, 0 when not tied to a line
    Severity severity = Severity::Problem;
};

/// Everything known about one council document.
struct CouncilDocument {
    // Identity: archive name + source path (relative to the indexed root) is stable across
    // re-indexing; id is derived from both (see document_identity.h).
    std::string archive;
    std::string source;
    std::string id;
    std::string content_hash; ///< hash of the raw file bytes, for change detection

    std::string type;   ///< fixed vocabulary, see document_types.h
    std::string number; ///< canonical Drucksachen-Nummer, e.g. "S0254/22", "2022/1004/1"
    /// ISO date yyyy-mm-dd, or only the year yyyy where the document gives no more; empty when
    /// it names none (indexer/extract/document_date.h chooses it).
    std::string date;
    /// Where `date` comes from: "document" (its own date), "session" (a Niederschrift's
    /// session), "beratungsfolge" (its first dated step), "number" (the year in its number),
    /// "budget" (the year before the budget year a budget paper is headed by), "path" (the year its
    /// file path names), "text" (the first date its text prints), "file_order" (the year of its
    /// neighbours in an archive named in publication order, indexer/extract/file_order_years.h);
    /// empty without a date.
    std::string date_source;
    std::string thema;     ///< title
    std::string body;      ///< Körperschaft, e.g. "Landeshauptstadt Magdeburg"
    std::string amt;       ///< issuing office, e.g. "Amt 12"
    std::string dezernat;  ///< e.g. "Dezernat OB"
    std::string signatory; ///< who signed, e.g. "Simone Borris"
    /// Who submitted the paper, as an Antrag, Anfrage or amendment names them itself, each group
    /// as its Fraktion and each person without the office ("CDU-Gemeinderatsfraktion", "Anna
    /// Beispiel", "GRÜNE-Fraktion"; indexer/extract/submitter.h); empty for other papers.
    std::vector<std::string> submitters;
    std::optional<bool> is_public; ///< the document's own status; nullopt when not stated
    /// The operator's word on this file from its sidecar file (`<file>.visibility`), which wins
    /// over everything else (schema/visibility.h); nullopt when there is none.
    std::optional<bool> sidecar_public;

    std::vector<BeratungStep> beratungsfolge;
    std::vector<Reference> refs;
    std::vector<Attachment> attachments;
    /// For a Niederschrift that names its committee and day: the session it records.
    std::optional<SessionRecord> session;

    std::string text;     ///< full text, decoded to UTF-8 and cleaned of PDF damage
    std::string encoding; ///< the encoding the raw file was decoded from
    std::vector<Diagnostic> diagnostics;
};

} // namespace ratsarchiv
