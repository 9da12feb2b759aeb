// The stored summary of a search hit (see hit_summary.h).
#include "schema/hit_summary.h"

#include "schema/document_json.h"
#include "schema/text_fold.h"

namespace ratsarchiv::schema {

std::string hit_fields_json(const CouncilDocument& doc) {
    CouncilDocument hit;
    hit.id = doc.id;
    hit.source = doc.source;
    hit.number = doc.number;
    hit.type = doc.type;
    hit.date = doc.date;
    hit.date_source = doc.date_source;
    hit.thema = doc.thema;
    hit.body = doc.body;
    hit.amt = doc.amt;
    return to_json_line(document_to_json(hit));
}

std::string_view snippet_text(std::string_view text) {
    return utf8_prefix(text, kSnippetTextBytes);
}

} // namespace ratsarchiv::schema
