// The File of a document's text: the text itself, its size and SHA-1, and where the server
// serves its bytes (file_handlers.cpp).
#include <Poco/JSON/Array.h>

#include "schema/document_identity.h"
#include "server/oparl/oparl_time.h"
#include "server/oparl/paper_objects.h"

namespace ratsarchiv::server::oparl {

std::string text_file_name(const CouncilDocument& doc) {
    std::string name = doc.source.substr(doc.source.rfind('/') + 1);
    if (name.size() > 3 && name.ends_with(".gz")) {
        name.resize(name.size() - 3); // served decoded
    }
    if (!name.ends_with(".txt")) {
        name += ".txt";
    }
    return name;
}

Poco::JSON::Object::Ptr file_json(const Urls& urls, const PaperSource& paper, bool standalone) {
    const CouncilDocument& d = paper.document;
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", urls.file(d.id));
    o->set("type", type_url("File"));
    const std::string file_name = text_file_name(d);
    o->set("name", d.thema.empty() ? file_name : d.thema);
    o->set("fileName", file_name);
    o->set("mimeType", "text/plain");
    if (d.date.size() == 10) {
        o->set("date", d.date);
    }
    o->set("size", static_cast<std::uint64_t>(d.text.size()));
    o->set("sha1Checksum", schema::content_hash(d.text));
    o->set("text", d.text);
    o->set("accessUrl", urls.file_access(d.id));
    o->set("downloadUrl", urls.file_download(d.id));
    if (standalone) {
        Poco::JSON::Array::Ptr papers = new Poco::JSON::Array;
        papers->add(urls.paper(d.id));
        o->set("paper", papers);
    }
    o->set("created", format_date_time(paper.created));
    o->set("modified", format_date_time(paper.modified));
    return o;
}

} // namespace ratsarchiv::server::oparl
