// One OParl Paper as a council document (see oparl_paper.h).
#include "indexer/oparl/oparl_paper.h"

#include <Poco/JSON/Array.h>

#include "indexer/council_file.h"
#include "indexer/extract/document_date.h"
#include "schema/document_identity.h"
#include "schema/document_json.h"
#include "schema/document_types.h"
#include "schema/gremium_names.h"

namespace ratsarchiv::indexer::oparl {

using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

// The dump being read and the problems one Paper's reading found (kept apart per Paper, so that
// Papers can be read on several threads).
struct PaperReading {
    const OParlDump& dump;
    std::vector<DumpProblem>& problems;

    Object::Ptr find(const std::string& id) const { return dump.find(id); }
    void report(std::string where, std::string reason) {
        problems.push_back({std::move(where), std::move(reason)});
    }
};

std::string string_of(const Object& object, const std::string& key) {
    return object.has(key) && object.get(key).isString() ? object.getValue<std::string>(key)
                                                         : std::string();
}

// The objects a property holds or links to: embedded objects, or id URLs found in the dump.
// A link to an object the dump lacks is reported.
std::vector<Object::Ptr> linked(const Object& object, const std::string& key, PaperReading& dump,
                                const std::string& owner) {
    std::vector<Object::Ptr> found;
    if (!object.has(key)) {
        return found;
    }
    auto follow = [&](const Poco::Dynamic::Var& value) {
        if (value.type() == typeid(Object::Ptr)) {
            found.push_back(value.extract<Object::Ptr>());
        } else if (value.isString()) {
            const std::string id = value.convert<std::string>();
            if (auto target = dump.find(id)) {
                found.push_back(target);
            } else {
                dump.report(owner, key + ": links to " + id + ", which the dump does not hold");
            }
        } else {
            dump.report(owner, key + ": neither an object nor a link");
        }
    };
    const Poco::Dynamic::Var value = object.get(key);
    if (value.type() == typeid(Array::Ptr)) {
        Array::Ptr many = value.extract<Array::Ptr>();
        for (std::size_t i = 0; i < many->size(); ++i) {
            follow(many->get(static_cast<unsigned>(i)));
        }
    } else {
        follow(value);
    }
    return found;
}

bool iso_day(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
        return false;
    }
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
    }
    const int month = std::stoi(s.substr(5, 2));
    const int day = std::stoi(s.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
           extract::plausible_year(std::stoi(s.substr(0, 4)));
}

// The day of a Meeting: its start, or the day ratsarchiv's own OParl gives (it knows no time).
std::optional<std::string> meeting_day(const Object& meeting) {
    for (const char* key : {"start", "ratsarchiv:date"}) {
        const std::string value = string_of(meeting, key);
        if (value.size() >= 10 && iso_day(value.substr(0, 10))) {
            return value.substr(0, 10);
        }
    }
    return std::nullopt;
}

std::string file_text(const Object& file, PaperReading& dump) {
    const std::string id = string_of(file, "id");
    if (!file.has("text") || !file.get("text").isString()) {
        dump.report(id, "File without text: only its metadata is indexed");
        return {};
    }
    return file.getValue<std::string>("text");
}

std::vector<BeratungStep> consultations_of(const Object& paper, PaperReading& dump,
                                           const std::string& id) {
    std::vector<BeratungStep> steps;
    for (const auto& consultation : linked(paper, "consultation", dump, id)) {
        const std::string consultation_id = string_of(*consultation, "id");
        BeratungStep step;
        for (const auto& organization :
             linked(*consultation, "organization", dump, consultation_id)) {
            step.gremium = schema::normalize_gremium(string_of(*organization, "name"));
            if (!step.gremium.empty()) {
                break;
            }
        }
        for (const auto& meeting : linked(*consultation, "meeting", dump, consultation_id)) {
            step.date = meeting_day(*meeting);
            if (!step.date) {
                dump.report(string_of(*meeting, "id"), "Meeting without a readable start");
            }
            if (step.gremium.empty() && meeting->has("organization")) {
                for (const auto& organization :
                     linked(*meeting, "organization", dump, string_of(*meeting, "id"))) {
                    step.gremium = schema::normalize_gremium(string_of(*organization, "name"));
                }
            }
        }
        step.role = string_of(*consultation, "role");
        if (step.role.empty() && consultation->has("authoritative") &&
            consultation->get("authoritative").isBoolean() &&
            consultation->getValue<bool>("authoritative")) {
            step.role = "Entscheidung";
        }
        if (step.gremium.empty() && !step.date) {
            dump.report(consultation_id,
                        "Consultation names neither an Organization nor a Meeting");
            continue;
        }
        steps.push_back(std::move(step));
    }
    return steps;
}

void add_references(const Object& paper, PaperReading& dump, const std::string& id,
                    CouncilDocument& doc) {
    const std::pair<const char*, const char*> relations[] = {{"superordinatedPaper", "answers"},
                                                             {"relatedPaper", "refers"}};
    for (const auto& [key, relation] : relations) {
        for (const auto& other : linked(paper, key, dump, id)) {
            const std::string number = string_of(*other, "reference");
            if (number.empty()) {
                continue;
            }
            bool known = false;
            for (auto& ref : doc.refs) {
                known = known || ref.number == number;
            }
            if (!known) {
                doc.refs.push_back({number, relation, string_of(*other, "paperType"), ""});
            }
        }
    }
}

bool marked_non_public(const Object& paper) {
    Array::Ptr keywords = paper.has("keyword") ? paper.getArray("keyword") : Array::Ptr();
    for (std::size_t i = 0; keywords && i < keywords->size(); ++i) {
        const std::string word = keywords->get(static_cast<unsigned>(i)).toString();
        if (word == "nichtöffentlich" || word == "nicht öffentlich") {
            return true;
        }
    }
    return false;
}

} // namespace

std::string id_path(const std::string& id) {
    std::size_t start = id.find("://");
    start = start == std::string::npos ? 0 : id.find('/', start + 3);
    return start == std::string::npos ? std::string() : id.substr(start + 1);
}

CouncilDocument paper_document(const Object& paper, const OParlDump& whole_dump,
                               std::vector<DumpProblem>& problems, const std::string& archive,
                               const std::string& default_body) {
    PaperReading dump{whole_dump, problems};
    const std::string id = string_of(paper, "id");
    std::string body = default_body;
    for (const auto& b : linked(paper, "body", dump, id)) {
        body = string_of(*b, "name").empty() ? body : string_of(*b, "name");
    }
    std::string text;
    const auto main_files = linked(paper, "mainFile", dump, id);
    for (const auto& file : main_files) {
        text = file_text(*file, dump);
    }
    std::vector<Attachment> attachments;
    for (const auto& file : linked(paper, "auxiliaryFile", dump, id)) {
        const std::string more = file_text(*file, dump);
        if (!more.empty()) {
            text += (text.empty() ? "" : "\n\n") + more;
        }
        attachments.push_back({string_of(*file, "name"), std::nullopt});
    }
    if (main_files.empty() && attachments.empty()) {
        dump.report(id, "Paper without files: only its metadata is indexed");
    }

    RawFile raw;
    raw.archive = archive;
    raw.source = id_path(id);
    raw.origin = id;
    raw.bytes = text;
    raw.default_body = body;
    CouncilDocument doc = read_council_document(raw);

    // The city's metadata over the extractor's guesses.
    doc.body = body;
    if (const std::string name = string_of(paper, "name"); !name.empty()) {
        doc.thema = name;
    }
    if (const std::string reference = string_of(paper, "reference"); !reference.empty()) {
        doc.number = reference;
    }
    if (const std::string type = string_of(paper, "paperType"); !type.empty()) {
        const std::string known = schema::normalize_document_type(type);
        if (known.empty()) {
            dump.report(id,
                        "paperType '" + type + "' is none the archive knows: " +
                            (doc.type.empty() ? "left out" : "the text's '" + doc.type + "' kept"));
        } else {
            doc.type = known;
        }
    }
    for (const auto& amt : linked(paper, "underDirectionOf", dump, id)) {
        if (const std::string name = string_of(*amt, "name"); !name.empty()) {
            doc.amt = name;
            break;
        }
    }
    if (auto steps = consultations_of(paper, dump, id); !steps.empty()) {
        doc.beratungsfolge = std::move(steps);
        if (doc.date_source == "beratungsfolge") {
            doc.date.clear(); // chosen again from the city's steps below
            doc.date_source.clear();
        }
    }
    add_references(paper, dump, id, doc);
    Array::Ptr titles = paper.has("ratsarchiv:attachmentTitle")
                            ? paper.getArray("ratsarchiv:attachmentTitle")
                            : Array::Ptr();
    for (std::size_t i = 0; titles && i < titles->size(); ++i) {
        attachments.push_back({titles->get(static_cast<unsigned>(i)).toString(), std::nullopt});
    }
    if (!attachments.empty()) {
        doc.attachments = std::move(attachments);
    }
    if (marked_non_public(paper)) {
        doc.is_public = false;
    }
    const std::string date = string_of(paper, "date");
    if (iso_day(date)) {
        doc.date = date;
        doc.date_source = "document";
    } else {
        if (paper.has("date")) {
            dump.report(id, "date '" + date + "' is no ISO date: the text's date is used");
        }
        if (doc.date.empty()) {
            extract::choose_document_date(doc);
        }
    }
    return doc;
}

} // namespace ratsarchiv::indexer::oparl
