// What every answer under /oparl/ gets: the CORS header (chapter 2.6) and, for an error, the
// body in OParl's form (chapter 2.9): {"type": ".../Error", "message": German text for users,
// "debug": what went wrong, "ratsarchiv:parameter": the bad parameter's name}. Applied once to
// the finished answer, so errors from every stage (no route, bad parameter, handler, shards)
// come out alike.
#pragma once

#include "server/http/request_context.h"

namespace ratsarchiv::server::oparl {

/// Adds CORS and rewrites the server's JSON error body, if any, into OParl's error object.
void finish_answer(Response& answer);

} // namespace ratsarchiv::server::oparl
