// GET /api/suggest?q=: completions of words, numbers and titles as the user types.
#include <Poco/JSON/Array.h>

#include "schema/errors.h"
#include "server/http/handlers/handlers.h"
#include "server/search/suggest.h"

namespace ratsarchiv::server {

namespace {
constexpr std::size_t kMaxTyped = 200;
}

Response handle_suggest(RequestContext& ctx) {
    std::string typed = ctx.params.get("q").value_or("");
    if (typed.size() > kMaxTyped) {
        throw BadParameter("q", "must be at most " + std::to_string(kMaxTyped) + " bytes long");
    }
    const std::size_t limit = ctx.params.get_uint("limit", 8, 1, 20);
    Suggestions s = suggest(ctx.db(), ctx.audience, ctx.state.analyzer, typed, limit);
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("q", typed);
    Poco::JSON::Array::Ptr words = new Poco::JSON::Array;
    for (const auto& w : s.words) {
        words->add(w);
    }
    o->set("words", words);
    Poco::JSON::Array::Ptr numbers = new Poco::JSON::Array;
    for (const auto& n : s.numbers) {
        numbers->add(n);
    }
    o->set("numbers", numbers);
    Poco::JSON::Array::Ptr titles = new Poco::JSON::Array;
    for (const auto& hit : s.titles) {
        Poco::JSON::Object::Ptr t = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        t->set("id", hit.id);
        t->set("number", hit.number);
        t->set("thema", hit.thema);
        titles->add(t);
    }
    o->set("titles", titles);
    return json_response(o);
}

} // namespace ratsarchiv::server
