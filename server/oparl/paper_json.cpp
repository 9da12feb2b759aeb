// The Paper object and the deleted form of objects.
#include <Poco/JSON/Array.h>

#include "schema/fields.h"
#include "schema/removed_documents.h"
#include "server/oparl/object_ids.h"
#include "server/oparl/oparl_time.h"
#include "server/oparl/paper_objects.h"

namespace ratsarchiv::server::oparl {

namespace {
using Poco::JSON::Array;
using Poco::JSON::Object;

void set_if(Object& o, const std::string& key, const std::string& value) {
    if (!value.empty()) { // OParl: no empty strings, no nulls for what is not known
        o.set(key, value);
    }
}

void set_urls(Object& o, const std::string& key, const std::vector<std::string>& urls) {
    if (urls.empty()) {
        return;
    }
    Array::Ptr array = new Array;
    for (const auto& url : urls) {
        array->add(url);
    }
    o.set(key, array);
}

std::vector<std::string> paper_urls(const Urls& urls, const std::vector<std::string>& ids) {
    std::vector<std::string> out;
    for (const auto& id : ids) {
        out.push_back(urls.paper(id));
    }
    return out;
}

// Staff learn what is not public from the keywords; anonymous users get public papers only.
std::vector<std::string> keywords(const PaperSource& paper) {
    if (paper.visibility == "restricted") {
        return {"nichtöffentlich"};
    }
    if (paper.visibility == "partly_restricted") {
        return {"teilweise nichtöffentlich"};
    }
    return {};
}
} // namespace

std::string type_url(std::string_view type) {
    return "https://schema.oparl.org/1.1/" + std::string(type);
}

PaperSource paper_source(const Audience& audience, const Xapian::Document& doc) {
    PaperSource paper;
    paper.document = visible_document(audience, doc);
    const schema::RemovedDocument identity = schema::identity_of(doc);
    paper.created = identity.created_at;
    const std::string modified = doc.get_value(schema::kSlotIndexedAt);
    paper.modified = modified.empty()
                         ? paper.created
                         : static_cast<std::int64_t>(Xapian::sortable_unserialise(modified));
    if (audience.staff) {
        paper.visibility = std::string(visibility_mark(doc));
    }
    return paper;
}

Poco::JSON::Object::Ptr paper_json(const Urls& urls, const PaperSource& paper,
                                   const PaperLinks& links) {
    const CouncilDocument& d = paper.document;
    const std::string body_name = body_name_of(d.body, d.archive);
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", urls.paper(d.id));
    o->set("type", type_url("Paper"));
    o->set("body", urls.body(body_id(body_name)));
    set_if(*o, "name", d.thema);
    set_if(*o, "reference", d.number);
    if (d.date.size() == 10) { // a year alone is no OParl date
        o->set("date", d.date);
    }
    set_if(*o, "paperType", d.type);
    set_urls(*o, "relatedPaper", paper_urls(urls, links.related));
    set_urls(*o, "superordinatedPaper", paper_urls(urls, links.superordinated));
    set_urls(*o, "subordinatedPaper", paper_urls(urls, links.subordinated));
    o->set("mainFile", file_json(urls, paper, false));
    if (!d.amt.empty()) {
        set_urls(*o, "underDirectionOf",
                 {urls.organization(organization_id(OrganizationKind::Amt, body_name, d.amt))});
    }
    Array::Ptr consultations = new Array;
    for (std::size_t i = 0; i < d.beratungsfolge.size(); ++i) {
        if (shows_consultation(paper, i)) {
            consultations->add(consultation_json(urls, paper, i, false));
        }
    }
    if (consultations->size() > 0) {
        o->set("consultation", consultations);
    }
    const std::vector<std::string> words = keywords(paper);
    if (!words.empty()) {
        Array::Ptr keyword = new Array;
        for (const auto& word : words) {
            keyword->add(word);
        }
        o->set("keyword", keyword);
    }
    // The attachments the paper lists: the archive has their titles, not their files, so they
    // are no OParl File (whose accessUrl would have nothing to serve).
    Array::Ptr attachments = new Array;
    for (const auto& attachment : d.attachments) {
        if (!attachment.title.empty()) {
            attachments->add(attachment.title);
        }
    }
    if (attachments->size() > 0) {
        o->set("ratsarchiv:attachmentTitle", attachments);
    }
    o->set("created", format_date_time(paper.created));
    o->set("modified", format_date_time(paper.modified));
    o->set("web", urls.web_document(d.id));
    return o;
}

Poco::JSON::Object::Ptr deleted_json(const std::string& id_url, std::string_view type,
                                     std::int64_t created, std::int64_t removed) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", id_url);
    o->set("type", type_url(type));
    o->set("created", format_date_time(created));
    o->set("modified", format_date_time(removed));
    o->set("deleted", true);
    return o;
}

} // namespace ratsarchiv::server::oparl
