// The document data and the deflated text tail (see stored_document.h).
#include "schema/stored_document.h"

#include "schema/document_json.h"
#include "schema/fields.h"
#include "schema/gzip.h"
#include "schema/hit_summary.h"

namespace ratsarchiv::schema {

void store_document(Xapian::Document& xdoc, const CouncilDocument& doc) {
    std::string_view head = snippet_text(doc.text);
    if (head.size() == doc.text.size()) {
        xdoc.set_data(to_json_line(document_to_json(doc)));
        return;
    }
    Poco::JSON::Object::Ptr json = document_to_json(doc, {.text = false});
    json->set("text", std::string(head));
    xdoc.set_data(to_json_line(json));
    xdoc.add_value(kSlotTextTail, deflate_zlib(std::string_view(doc.text).substr(head.size())));
}

std::string stored_text_tail(const Xapian::Document& xdoc) {
    std::string tail = xdoc.get_value(kSlotTextTail);
    return tail.empty() ? tail
                        : gunzip(tail, "stored text of docid " + std::to_string(xdoc.get_docid()));
}

CouncilDocument stored_document(const Xapian::Document& xdoc) {
    CouncilDocument doc = document_from_json_text(xdoc.get_data());
    doc.text += stored_text_tail(xdoc);
    return doc;
}

} // namespace ratsarchiv::schema
