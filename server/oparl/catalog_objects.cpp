// System, Body, Organization and Meeting objects. The archive knows no persons, legislative
// terms, places or times of day: those are left out (Body's required lists stay empty).
#include "server/oparl/catalog_objects.h"

#include <Poco/JSON/Array.h>

#include "server/oparl/oparl_time.h"
#include "server/oparl/paper_objects.h"

namespace ratsarchiv::server::oparl {

namespace {
using Poco::JSON::Array;
using Poco::JSON::Object;

void set_lifetime(Object& o, const Lifetime& lifetime) {
    o.set("created", format_date_time(lifetime.created));
    o.set("modified", format_date_time(lifetime.modified));
}

Array::Ptr one_url(const std::string& url) {
    Array::Ptr array = new Array;
    array->add(url);
    return array;
}

// "20230517" as "17.05.2023", as the documents write it.
std::string german_day(const std::string& day) {
    return day.substr(6, 2) + "." + day.substr(4, 2) + "." + day.substr(0, 4);
}
} // namespace

Poco::JSON::Object::Ptr system_json(const Urls& urls, const Catalog& catalog) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", urls.system());
    o->set("type", type_url("System"));
    o->set("oparlVersion", "https://schema.oparl.org/1.1/");
    o->set("body", urls.bodies());
    o->set("name", "ratsarchiv");
    o->set("website", urls.origin() + "/");
    set_lifetime(*o, catalog.archive);
    return o;
}

Poco::JSON::Object::Ptr body_json(const Urls& urls, const BodyEntry& body) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", urls.body(body.id));
    o->set("type", type_url("Body"));
    o->set("system", urls.system());
    o->set("name", body.name);
    o->set("organization", urls.body_list(body.id, "organization"));
    o->set("person", urls.body_list(body.id, "person"));
    o->set("meeting", urls.body_list(body.id, "meeting"));
    o->set("paper", urls.body_list(body.id, "paper"));
    o->set("legislativeTerm", Array::Ptr(new Array)); // required; the archive knows none
    set_lifetime(*o, body.lifetime);
    return o;
}

Poco::JSON::Object::Ptr organization_json(const Urls& urls, const OrganizationEntry& organization) {
    const bool gremium = organization.kind == OrganizationKind::Gremium;
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", urls.organization(organization.id));
    o->set("type", type_url("Organization"));
    o->set("body", urls.body(organization.body_id));
    o->set("name", organization.name);
    if (gremium) {
        o->set("meeting", urls.organization_meetings(organization.id));
    }
    o->set("organizationType", gremium ? "Gremium" : "Verwaltungsbereich");
    set_lifetime(*o, organization.lifetime);
    return o;
}

Poco::JSON::Object::Ptr meeting_json(const Urls& urls, const MeetingEntry& meeting) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", urls.meeting(meeting.id));
    o->set("type", type_url("Meeting"));
    o->set("name", meeting.gremium + " am " + german_day(meeting.day));
    o->set("organization", one_url(urls.organization(meeting.organization_id)));
    // The day of the session as the Beratungsfolge gives it; OParl's start would need a time.
    o->set("ratsarchiv:date",
           meeting.day.substr(0, 4) + "-" + meeting.day.substr(4, 2) + "-" + meeting.day.substr(6));
    set_lifetime(*o, meeting.lifetime);
    return o;
}

} // namespace ratsarchiv::server::oparl
