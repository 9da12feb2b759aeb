// The one definition of the searchable fields: names, term prefixes, value slots and facets.
// Indexer, query parser, facets, API documentation and tools all loop over kFields, so adding a
// field is one row here, its extractor and a test.
//
// Term prefix convention (Xapian's): "Q" unique id, "S" title words, "X…" application prefixes
// for boolean (exact) terms. Free text has no prefix.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include <xapian.h>

namespace ratsarchiv::schema {

/// Value slots. Slots hold the display form of a field (facets, sorting, date ranges).
enum Slot : Xapian::valueno {
    kSlotDate = 0, ///< "yyyymmdd", sortable, for date ranges and sort
    kSlotYear = 1, ///< "yyyy"
    kSlotType = 2,
    kSlotNumber = 3,
    kSlotBody = 4,
    kSlotAmt = 5,
    kSlotGremium = 6, ///< several values, serialized with value_list.h
    kSlotSignatory = 7,
    kSlotContentHash = 8, ///< hash of the raw file, for change detection when re-indexing
    kSlotIndexedAt = 9,   ///< Unix seconds when indexed, for feeds
    /// The full document JSON of a public document whose stored data is its redacted public
    /// view (schema/visibility_redaction.h); read only for staff (server/access/audience.h).
    kSlotStaffData = 10,
    /// What a search hit shows (schema/hit_summary.h): its fields as a small JSON object. Hits
    /// without snippets read it instead of the document data, which is stored compressed.
    kSlotHitFields = 11,
    /// Written by indexes before the text was stored once (an uncompressed copy of the text's
    /// head, 45% of the postlist table); still read from them.
    kSlotSnippetText = 12,
    kSlotSessionYear = 13, ///< years of the dated Beratungsfolge steps, a value list
    /// The text after its head, deflated, for long texts (schema/stored_document.h).
    kSlotTextTail = 14,
    /// Unix seconds (sortable_serialise) the document was first indexed: kept when a changed
    /// file replaces it, so OParl's `created` stays while `modified` (kSlotIndexedAt) moves.
    kSlotFirstIndexedAt = 15,
    /// The document id (document_identity.h): the stable sort key of OParl's lists.
    kSlotDocumentId = 16,
    /// Who submitted the paper (an Antrag or Anfrage names them itself) or the papers a document
    /// answers (schema/submitter_names.h), a value list.
    kSlotSubmitter = 17,
};

inline constexpr Xapian::valueno kNoSlot = Xapian::BAD_VALUENO;

/// Prefixes that are not tied to one field row.
inline constexpr std::string_view kPrefixId = "Q";
inline constexpr std::string_view kPrefixTitle = "S";
inline constexpr std::string_view kPrefixVisibility = "XV";     ///< XVpublic / XVrestricted
inline constexpr std::string_view kPrefixCites = "XR";          ///< canonical number it cites
inline constexpr std::string_view kPrefixNumberVariant = "XNV"; ///< spellings of the number
inline constexpr std::string_view kPrefixSource = "XP";         ///< archive + source path
/// Completion words ("XC" + folded word), added for public documents only, so that completion
/// and "meinten Sie" can never surface a word that occurs only in non-public documents.
inline constexpr std::string_view kPrefixCompletion = "XC";
/// Words of the non-public parts of public documents (lines naming nichtöffentlich attachments
/// or Beratungsfolge steps): only staff queries search this prefix (server/access/audience.h).
inline constexpr std::string_view kPrefixRestrictedText = "XH";
/// A dated Beratungsfolge step: "XSD" + yyyymmdd, and "XSG" + folded Gremium + ":" + yyyymmdd,
/// so that "what did the Bauausschuss discuss in 2023" asks for that committee's sessions.
inline constexpr std::string_view kPrefixSessionDate = "XSD";
inline constexpr std::string_view kPrefixGremiumSession = "XSG";
/// A Niederschrift's session (council_document.h SessionRecord): "XSN" + folded Gremium + ":" +
/// yyyymmdd, so that a session finds the Niederschrift that records it. The Niederschrift also
/// carries that session's XSD and XSG terms: one session is one XSG term, whoever names it.
inline constexpr std::string_view kPrefixSessionRecord = "XSN";
/// Where a document's date came from: "XDS" + date_source ("XDSnumber"), so that dating by
/// file order (indexer/file_order_dates.h) finds its evidence and its own earlier guesses.
inline constexpr std::string_view kPrefixDateSource = "XDS";
/// The Körperschaft a document belongs to, unfolded: its body, or its archive's name where it
/// names none ("XOB" + name), so every document is in exactly one OParl Body (server/oparl/).
inline constexpr std::string_view kPrefixOParlBody = "XOB";
/// Taken by the analyzer (schema/analysis/german_analyzer.h) under each text prefix P above:
/// "Z" + P + stem, "XK" + P + stem of a compound part. Don't start other prefixes with "XK".
inline constexpr std::string_view kTermPublic = "XVpublic";
inline constexpr std::string_view kTermRestricted = "XVrestricted";
/// The public view of a partly restricted document, in the public part of the index; its full
/// version is in the restricted part (schema/index_layout.h), so staff queries leave this out.
inline constexpr std::string_view kTermRedactedView = "XVredacted";

/// One searchable keyword field.
struct FieldSpec {
    std::string_view name;         ///< JSON name in documents and hits, and facet name
    std::string_view filter_param; ///< API filter parameter (search?gremium=...)
    std::string_view query_alias;  ///< prefix users type in q (gremium:Stadtrat)
    std::string_view label_de;     ///< label on the web page
    std::string_view term_prefix;  ///< Xapian boolean prefix for exact filter terms
    Xapian::valueno slot;          ///< display values, kNoSlot if none
    bool facet;                    ///< counted in search facets
    bool multi_valued;             ///< several values per document (slot holds a value list)
};

inline constexpr std::array<FieldSpec, 9> kFields{{
    {"type", "type", "typ", "Dokumenttyp", "XT", kSlotType, true, false},
    {"gremium", "gremium", "gremium", "Gremium", "XG", kSlotGremium, true, true},
    {"amt", "amt", "amt", "Amt", "XA", kSlotAmt, true, false},
    {"year", "year", "jahr", "Jahr", "XY", kSlotYear, true, false},
    {"body", "body", "body", "Körperschaft", "XB", kSlotBody, true, false},
    {"signatory", "signatory", "unterzeichner", "Unterzeichner", "XU", kSlotSignatory, true, false},
    {"number", "number", "nummer", "Nummer", "XN", kSlotNumber, false, false},
    {"session_year", "session_year", "sitzungsjahr", "Sitzungsjahr", "XSY", kSlotSessionYear, true,
     true},
    {"submitter", "submitter", "eingereicht", "Eingereicht von", "XPS", kSlotSubmitter, true, true},
}};

/// The field row with this JSON name, or nullptr.
const FieldSpec* field_by_name(std::string_view name);
/// The field row whose query alias (what users type before ':') is this, or nullptr.
const FieldSpec* field_by_query_alias(std::string_view alias);
/// The field row whose filter parameter is this, or nullptr.
const FieldSpec* field_by_filter_param(std::string_view param);

/// The exact-match term for a keyword value: prefix + case-folded value, white space folded,
/// capped to Xapian's term length limit. Index and query build keyword terms only through this.
std::string keyword_term(const FieldSpec& field, std::string_view value);

/// The term of a Beratungsfolge step's date ("yyyymmdd"); with a Gremium, the term of that
/// committee's step on that date.
std::string session_date_term(std::string_view yyyymmdd);
std::string gremium_session_term(std::string_view gremium, std::string_view yyyymmdd);
/// The prefix under which gremium_session_term() puts one committee's dates.
std::string gremium_session_prefix(std::string_view gremium);

/// The term of the Niederschrift of a committee's session on a day ("yyyymmdd").
std::string session_record_term(std::string_view gremium, std::string_view yyyymmdd);

/// The unique id term of a document id.
std::string id_term(std::string_view id);

/// The OParl body term of a document: kPrefixOParlBody + its body, or its archive's name when
/// `body` is empty (cut to Xapian's term length).
std::string oparl_body_term(std::string_view body, std::string_view archive);

} // namespace ratsarchiv::schema
