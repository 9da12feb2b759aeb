// The document data and the deflated text tail (see stored_document.h).
#include "schema/stored_document.h"

#include <zlib.h>

#include "schema/document_json.h"
#include "schema/errors.h"
#include "schema/fields.h"
#include "schema/hit_summary.h"

namespace ratsarchiv::schema {

namespace {
std::string deflate_bytes(std::string_view bytes) {
    uLongf size = compressBound(static_cast<uLong>(bytes.size()));
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                  reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uLong>(bytes.size()),
                  Z_DEFAULT_COMPRESSION) != Z_OK) {
        throw Error("cannot compress a document's text");
    }
    out.resize(size);
    return out;
}

std::string inflate_bytes(std::string_view deflated) {
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK) {
        throw Error("cannot inflate a document's text");
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(deflated.data()));
    stream.avail_in = static_cast<uInt>(deflated.size());
    std::string out;
    char buffer[65536];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - stream.avail_out);
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END) {
        throw Error("a document's stored text is damaged");
    }
    return out;
}
} // namespace

void store_document(Xapian::Document& xdoc, const CouncilDocument& doc) {
    std::string_view head = snippet_text(doc.text);
    if (head.size() == doc.text.size()) {
        xdoc.set_data(to_json_line(document_to_json(doc)));
        return;
    }
    CouncilDocument head_only = doc;
    head_only.text.assign(head);
    xdoc.set_data(to_json_line(document_to_json(head_only)));
    xdoc.add_value(kSlotTextTail, deflate_bytes(std::string_view(doc.text).substr(head.size())));
}

std::string stored_text_tail(const Xapian::Document& xdoc) {
    std::string tail = xdoc.get_value(kSlotTextTail);
    return tail.empty() ? tail : inflate_bytes(tail);
}

CouncilDocument stored_document(const Xapian::Document& xdoc) {
    CouncilDocument doc = document_from_json_text(xdoc.get_data());
    doc.text += stored_text_tail(xdoc);
    return doc;
}

} // namespace ratsarchiv::schema
