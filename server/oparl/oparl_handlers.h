// The handlers of the OParl 1.1 API under /oparl/v1.1/ (rows in server/http/routes.cpp).
#pragma once

#include "server/http/request_context.h"

namespace ratsarchiv::server::oparl {

/// GET /oparl/v1.1/ and /oparl/v1.1/system: the System, the entry point.
Response handle_system(RequestContext& ctx);
/// GET /oparl/v1.1: a permanent redirect to the canonical /oparl/v1.1/ (chapter 2.3).
Response handle_system_redirect(RequestContext& ctx);
/// GET /oparl/v1.1/body: the bodies of the archive.
Response handle_body_list(RequestContext& ctx);
/// GET /oparl/v1.1/body/{id}
Response handle_body(RequestContext& ctx);
/// GET /oparl/v1.1/body/{id}/person: always empty (the archive knows no persons).
Response handle_person_list(RequestContext& ctx);
/// GET /oparl/v1.1/body/{id}/organization
Response handle_organization_list(RequestContext& ctx);
/// GET /oparl/v1.1/body/{id}/meeting
Response handle_meeting_list(RequestContext& ctx);
/// GET /oparl/v1.1/organization/{id}
Response handle_organization(RequestContext& ctx);
/// GET /oparl/v1.1/organization/{id}/meeting
Response handle_organization_meetings(RequestContext& ctx);
/// GET /oparl/v1.1/meeting/{id}
Response handle_meeting(RequestContext& ctx);
/// GET /oparl/v1.1/body/{id}/paper
Response handle_paper_list(RequestContext& ctx);
/// GET /oparl/v1.1/paper/{id}
Response handle_paper(RequestContext& ctx);
/// GET /oparl/v1.1/consultation/{id}
Response handle_consultation(RequestContext& ctx);
/// GET /oparl/v1.1/file/{id}
Response handle_file(RequestContext& ctx);
/// GET /oparl/v1.1/file/{id}/access: the text (text/plain).
Response handle_file_access(RequestContext& ctx);
/// GET /oparl/v1.1/file/{id}/download: the text as an attachment.
Response handle_file_download(RequestContext& ctx);

} // namespace ratsarchiv::server::oparl
