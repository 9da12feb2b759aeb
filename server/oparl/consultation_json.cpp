// A Beratungsfolge step as OParl Consultation: its committee (an Organization), its session (a
// Meeting, where the step is dated) and its role.
#include <Poco/JSON/Array.h>

#include "server/oparl/object_ids.h"
#include "server/oparl/oparl_time.h"
#include "server/oparl/paper_objects.h"

namespace ratsarchiv::server::oparl {

namespace {
// A decision is authoritative, a preliminary discussion or a hearing is not; other roles are
// not known to the archive.
std::optional<bool> authoritative(const std::string& role) {
    if (role == "Entscheidung") {
        return true;
    }
    if (role == "Vorberatung" || role == "Kenntnisnahme" || role == "Anhörung") {
        return false;
    }
    return std::nullopt;
}

// "yyyymmdd" of a full ISO date, else "".
std::string day_of(const std::optional<std::string>& date) {
    if (!date || date->size() != 10 || (*date)[4] != '-' || (*date)[7] != '-') {
        return {};
    }
    return date->substr(0, 4) + date->substr(5, 2) + date->substr(8, 2);
}
} // namespace

bool shows_consultation(const PaperSource& paper, std::size_t index) {
    const BeratungStep& step = paper.document.beratungsfolge[index];
    return !step.gremium.empty() || step.date || !step.role.empty();
}

Poco::JSON::Object::Ptr consultation_json(const Urls& urls, const PaperSource& paper,
                                          std::size_t index, bool standalone) {
    const CouncilDocument& d = paper.document;
    const BeratungStep& step = d.beratungsfolge[index];
    const std::string body_name = body_name_of(d.body, d.archive);
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", urls.consultation(consultation_id(d.id, index)));
    o->set("type", type_url("Consultation"));
    if (standalone) {
        o->set("paper", urls.paper(d.id));
    }
    const std::string day = day_of(step.date);
    if (!step.gremium.empty() && !day.empty()) {
        o->set("meeting", urls.meeting(meeting_id(body_name, step.gremium, day)));
    }
    if (!step.gremium.empty()) {
        Poco::JSON::Array::Ptr organizations = new Poco::JSON::Array;
        organizations->add(
            urls.organization(organization_id(OrganizationKind::Gremium, body_name, step.gremium)));
        o->set("organization", organizations);
    }
    if (auto decides = authoritative(step.role)) {
        o->set("authoritative", *decides);
    }
    if (!step.role.empty()) {
        o->set("role", step.role);
    }
    o->set("created", format_date_time(paper.created));
    o->set("modified", format_date_time(paper.modified));
    return o;
}

} // namespace ratsarchiv::server::oparl
