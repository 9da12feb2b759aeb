// The OParl objects of the archive's catalog (archive_catalog.h): System, Body, Organization
// and Meeting.
#pragma once

#include <Poco/JSON/Object.h>

#include "server/oparl/archive_catalog.h"
#include "server/oparl/oparl_urls.h"

namespace ratsarchiv::server::oparl {

Poco::JSON::Object::Ptr system_json(const Urls& urls, const Catalog& catalog);
Poco::JSON::Object::Ptr body_json(const Urls& urls, const BodyEntry& body);
Poco::JSON::Object::Ptr organization_json(const Urls& urls, const OrganizationEntry& organization);
Poco::JSON::Object::Ptr meeting_json(const Urls& urls, const MeetingEntry& meeting);

} // namespace ratsarchiv::server::oparl
