// The extraction pipeline: clean the text, analyze the head's layout, then let each field
// group's extractor read it (see field_extractors.h). Missing key fields become diagnostics.
#include "indexer/extract/extract_fields.h"

#include "indexer/extract/field_extractors.h"
#include "indexer/extract/layout.h"
#include "indexer/extract/text_clean.h"

namespace ratsarchiv::indexer {

void extract_fields(std::string_view text, CouncilDocument& doc) {
    using namespace extract;
    std::string cleaned = clean_text(text);
    {
        Head head = analyze_layout(text, cleaned);
        extract_type(head, doc);
        extract_number(head, doc);
        extract_date(head, doc);
        std::size_t table_end = extract_beratungsfolge(head, doc);
        extract_thema(head, table_end, doc);
        extract_offices(head, doc);
        extract_refs(head, doc);
        extract_public_status(head, doc);
        extract_attachments(head, doc);
        extract_signatory(head, doc);
        extract_submitters(head, doc);
    }
    if (cleaned.size() > 200) {
        if (doc.type.empty()) {
            doc.diagnostics.push_back(
                {"type", "no type heading in the first lines", 0, Severity::Note});
        }
        if (doc.thema.empty() && doc.type != "Niederschrift") {
            doc.diagnostics.push_back({"thema", "no title found", 0, Severity::Note});
        }
        if (doc.number.empty() && doc.type != "Niederschrift") {
            doc.diagnostics.push_back({"number", "no document number found", 0, Severity::Note});
        }
    }
    doc.text = std::move(cleaned);
}

} // namespace ratsarchiv::indexer
