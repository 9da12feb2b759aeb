// The public view of a public document: its non-public attachments and the details of its
// non-public Beratungsfolge steps removed from the fields and from the text.
//
// The indexer stores and indexes the public view for everybody, and indexes what was removed
// only under staff-only prefixes (kPrefixRestrictedText), so anonymous queries cannot match it,
// snippets cannot show it, and spelling and completion data never learn its words.
#pragma once

#include <string>
#include <string_view>

#include "schema/council_document.h"

namespace ratsarchiv::schema {

/// A public document split into what everybody may see and what only staff may see.
struct PublicView {
    CouncilDocument document; ///< the document without its non-public parts
    std::string hidden_text;  ///< the removed lines, one per line (staff-only index terms)
    bool redacted = false;    ///< true when anything was removed
};

/// True for an attachment marked nichtöffentlich (unmarked attachments share the document's
/// status).
bool is_hidden_attachment(const Attachment& attachment);

/// True for a Beratungsfolge step marked nicht öffentlich.
bool is_hidden_step(const BeratungStep& step);

/// True when the line (by itself) names a non-public part: an `Anlage …` line or a short dated
/// line (a Beratungsfolge row, a chronology entry) carrying a nichtöffentlich marker. Longer
/// sentences about a non-public session are the public document's own words and stay.
bool line_marks_hidden_part(std::string_view line);

/// The public view of `doc`: hidden attachments removed; hidden steps kept as a placeholder
/// without gremium, date, role, result and votes (the timeline shows that a non-public
/// consultation took place, not where or when); lines of the text that name a hidden attachment
/// or a hidden step, or that line_marks_hidden_part(), moved to hidden_text; references that
/// only those lines cite dropped.
PublicView public_view(const CouncilDocument& doc);

} // namespace ratsarchiv::schema
