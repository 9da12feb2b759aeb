// Conversion between CouncilDocument and Poco JSON.
#include "schema/document_json.h"

#include <sstream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

namespace ratsarchiv::schema {

namespace {
using Poco::JSON::Array;
using Poco::JSON::Object;

Poco::Dynamic::Var string_or_null(const std::string& s) {
    return s.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(s);
}

Poco::Dynamic::Var optional_bool(const std::optional<bool>& b) {
    return b ? Poco::Dynamic::Var(*b) : Poco::Dynamic::Var();
}

Object::Ptr step_to_json(const BeratungStep& step) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("gremium", step.gremium);
    o->set("date", step.date ? Poco::Dynamic::Var(*step.date) : Poco::Dynamic::Var());
    o->set("public", optional_bool(step.is_public));
    if (!step.role.empty()) {
        o->set("role", step.role);
    }
    if (!step.result.empty()) {
        o->set("result", step.result);
    }
    if (!step.top.empty()) {
        o->set("top", step.top);
    }
    if (step.votes) {
        Object::Ptr v = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        v->set("ja", step.votes->ja);
        v->set("nein", step.votes->nein);
        v->set("enthaltung", step.votes->enthaltung);
        o->set("votes", v);
    }
    return o;
}

std::string get_string(const Object& o, const std::string& key) {
    if (!o.has(key) || o.isNull(key)) {
        return {};
    }
    return o.getValue<std::string>(key);
}

std::optional<bool> get_optional_bool(const Object& o, const std::string& key) {
    if (!o.has(key) || o.isNull(key)) {
        return std::nullopt;
    }
    return o.getValue<bool>(key);
}

BeratungStep step_from_json(const Object& o) {
    BeratungStep step;
    step.gremium = get_string(o, "gremium");
    std::string date = get_string(o, "date");
    if (!date.empty()) {
        step.date = date;
    }
    step.is_public = get_optional_bool(o, "public");
    step.role = get_string(o, "role");
    step.result = get_string(o, "result");
    step.top = get_string(o, "top");
    if (auto v = o.getObject("votes")) {
        step.votes =
            Votes{v->optValue("ja", 0), v->optValue("nein", 0), v->optValue("enthaltung", 0)};
    }
    return step;
}

Object::Ptr session_to_json(const SessionRecord& session) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("gremium", session.gremium);
    o->set("date", session.date);
    Array::Ptr agenda = new Array;
    for (const auto& item : session.agenda) {
        Object::Ptr i = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        i->set("top", item.top);
        i->set("number", item.number);
        agenda->add(i);
    }
    o->set("agenda", agenda);
    return o;
}

SessionRecord session_from_json(const Object& o) {
    SessionRecord session{get_string(o, "gremium"), get_string(o, "date"), {}};
    if (auto agenda = o.getArray("agenda")) {
        for (std::size_t i = 0; i < agenda->size(); ++i) {
            auto item = agenda->getObject(i);
            session.agenda.push_back({get_string(*item, "top"), get_string(*item, "number")});
        }
    }
    return session;
}

// The label files' "answers" object: the paper a Stellungnahme answers, with its type and
// submitter where the text states them; null for documents that answer nothing.
Poco::Dynamic::Var answers_to_json(const CouncilDocument& doc) {
    for (const auto& ref : doc.refs) {
        if (ref.relation == "answers") {
            Object::Ptr a = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
            a->set("number", ref.number);
            a->set("type", string_or_null(ref.type));
            a->set("submitter", string_or_null(ref.submitter));
            return a;
        }
    }
    return Poco::Dynamic::Var();
}
} // namespace

Object::Ptr document_to_json(const CouncilDocument& doc, JsonParts parts) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", doc.id);
    o->set("archive", doc.archive);
    o->set("source", doc.source);
    o->set("type", string_or_null(doc.type));
    o->set("number", string_or_null(doc.number));
    o->set("date", string_or_null(doc.date));
    o->set("date_source", string_or_null(doc.date_source));
    o->set("thema", string_or_null(doc.thema));
    o->set("body", string_or_null(doc.body));
    o->set("amt", string_or_null(doc.amt));
    o->set("dezernat", string_or_null(doc.dezernat));
    o->set("signatory", string_or_null(doc.signatory));
    if (!doc.submitters
             .empty()) { // only papers that submit themselves: others keep the labels' shape
        Array::Ptr submitters = new Array;
        for (const auto& submitter : doc.submitters) {
            submitters->add(submitter);
        }
        o->set("submitters", submitters);
    }
    o->set("public", optional_bool(doc.is_public));
    Array::Ptr steps = new Array;
    for (const auto& step : doc.beratungsfolge) {
        steps->add(step_to_json(step));
    }
    o->set("beratungsfolge", steps);
    Array::Ptr refs = new Array;
    Array::Ptr relations = new Array;
    for (const auto& ref : doc.refs) {
        refs->add(ref.number);
        Object::Ptr r = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        r->set("number", ref.number);
        r->set("relation", ref.relation);
        if (!ref.type.empty()) {
            r->set("type", ref.type);
        }
        if (!ref.submitter.empty()) {
            r->set("submitter", ref.submitter);
        }
        relations->add(r);
    }
    o->set("refs", refs);
    o->set("references", relations);
    o->set("answers", answers_to_json(doc));
    Array::Ptr attachments = new Array;
    for (const auto& a : doc.attachments) {
        Object::Ptr ao = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        ao->set("title", a.title);
        ao->set("public", optional_bool(a.is_public));
        attachments->add(ao);
    }
    o->set("attachments", attachments);
    if (doc.session) { // only Niederschriften have one: other documents keep the labels' shape
        o->set("session", session_to_json(*doc.session));
    }
    o->set("encoding", string_or_null(doc.encoding));
    o->set("content_hash", string_or_null(doc.content_hash));
    if (parts.diagnostics) {
        Array::Ptr diagnostics = new Array;
        for (const auto& d : doc.diagnostics) {
            Object::Ptr dobj = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
            dobj->set("field", d.field);
            dobj->set("reason", d.reason);
            if (d.line > 0) {
                dobj->set("line", d.line);
            }
            dobj->set("severity", d.severity == Severity::Note ? "note" : "problem");
            diagnostics->add(dobj);
        }
        o->set("diagnostics", diagnostics);
    }
    if (parts.text) {
        o->set("text", doc.text);
    }
    return o;
}

CouncilDocument document_from_json(const Object& o) {
    CouncilDocument doc;
    doc.id = get_string(o, "id");
    doc.archive = get_string(o, "archive");
    doc.source = get_string(o, "source");
    doc.type = get_string(o, "type");
    doc.number = get_string(o, "number");
    doc.date = get_string(o, "date");
    doc.date_source = get_string(o, "date_source");
    doc.thema = get_string(o, "thema");
    doc.body = get_string(o, "body");
    doc.amt = get_string(o, "amt");
    doc.dezernat = get_string(o, "dezernat");
    doc.signatory = get_string(o, "signatory");
    if (auto submitters = o.getArray("submitters")) {
        for (std::size_t i = 0; i < submitters->size(); ++i) {
            doc.submitters.push_back(submitters->getElement<std::string>(i));
        }
    }
    doc.is_public = get_optional_bool(o, "public");
    if (auto steps = o.getArray("beratungsfolge")) {
        for (std::size_t i = 0; i < steps->size(); ++i) {
            doc.beratungsfolge.push_back(step_from_json(*steps->getObject(i)));
        }
    }
    if (auto relations = o.getArray("references")) {
        for (std::size_t i = 0; i < relations->size(); ++i) {
            auto r = relations->getObject(i);
            doc.refs.push_back({get_string(*r, "number"), get_string(*r, "relation"),
                                get_string(*r, "type"), get_string(*r, "submitter")});
        }
    }
    if (auto attachments = o.getArray("attachments")) {
        for (std::size_t i = 0; i < attachments->size(); ++i) {
            auto a = attachments->getObject(i);
            doc.attachments.push_back({get_string(*a, "title"), get_optional_bool(*a, "public")});
        }
    }
    if (auto session = o.getObject("session")) {
        doc.session = session_from_json(*session);
    }
    if (auto diagnostics = o.getArray("diagnostics")) {
        for (std::size_t i = 0; i < diagnostics->size(); ++i) {
            auto d = diagnostics->getObject(i);
            doc.diagnostics.push_back(
                {get_string(*d, "field"), get_string(*d, "reason"), d->optValue("line", 0),
                 get_string(*d, "severity") == "note" ? Severity::Note : Severity::Problem});
        }
    }
    doc.encoding = get_string(o, "encoding");
    doc.content_hash = get_string(o, "content_hash");
    doc.text = get_string(o, "text");
    return doc;
}

std::string to_json_line(const Object::Ptr& object) {
    std::ostringstream out;
    object->stringify(out);
    return out.str();
}

CouncilDocument document_from_json_text(const std::string& text) {
    Poco::JSON::Parser parser;
    auto parsed = parser.parse(text);
    return document_from_json(*parsed.extract<Object::Ptr>());
}

} // namespace ratsarchiv::schema
