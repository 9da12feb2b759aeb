// CORS and OParl error objects.
#include "server/oparl/oparl_answers.h"

#include <Poco/JSON/Parser.h>

#include "server/oparl/paper_objects.h"

namespace ratsarchiv::server::oparl {

namespace {
std::string message_for(int status, const std::string& parameter) {
    switch (status) {
    case 400:
        return parameter.empty() ? "Die Anfrage ist ungültig."
                                 : "Der Parameter `" + parameter + "` ist ungültig.";
    case 404:
        return "Das Objekt wurde nicht gefunden.";
    case 405:
        return "Nur GET-Anfragen sind erlaubt.";
    case 410:
        return "Die Datei wurde gelöscht.";
    case 503:
        return "Das Archiv ist gerade nicht vollständig erreichbar.";
    default:
        return status >= 500 ? "Interner Fehler des Servers." : "Die Anfrage ist fehlgeschlagen.";
    }
}
} // namespace

void finish_answer(Response& answer) {
    answer.headers.emplace_back("Access-Control-Allow-Origin", "*");
    if (answer.status < 400 || answer.content_type.rfind("application/json", 0) != 0) {
        return;
    }
    std::string debug;
    std::string parameter;
    try {
        Poco::JSON::Parser parser;
        auto body = parser.parse(answer.body).extract<Poco::JSON::Object::Ptr>();
        if (auto error = body->getObject("error")) {
            debug = error->optValue<std::string>("message", "");
            parameter = error->optValue<std::string>("parameter", "");
        }
    } catch (const Poco::Exception&) {
        // not the server's error form: the status alone says what happened
    }
    Poco::JSON::Object::Ptr error = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    error->set("type", type_url("Error"));
    error->set("message", message_for(answer.status, parameter));
    error->set("debug", debug.empty() ? "HTTP " + std::to_string(answer.status) : debug);
    if (!parameter.empty()) {
        error->set("ratsarchiv:parameter", parameter);
    }
    answer.body = json_response(error, answer.status).body;
}

} // namespace ratsarchiv::server::oparl
