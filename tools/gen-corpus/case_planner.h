// Plans the synthetic archive in cases of two documents each: an Antrag or Anfrage with the
// Stellungnahme that answers it (so references link both ways), or two independent Vorlagen.
// Case c yields documents 2c and 2c+1; over Y years (7 unless asked) its year is
// 2026 - Y + c % Y and its running number c / Y + 1,
// which keeps every number unique within its body and year.
#pragma once

#include <cstdio>
#include <string>

#include "tools/gen-corpus/document_plan.h"

namespace ratsarchiv::gen_corpus {

/// Which two documents a case holds.
enum class CaseKind { AntragPair, AnfragePair, Singles };

/// What both documents of a case share.
struct CaseFrame {
    std::uint64_t seed = 0;
    std::uint64_t id = 0;
    const BodyVocabulary* body = nullptr;
    const Topic* topic = nullptr;
    int year = 0;
    long running = 0;
    CaseKind kind = CaseKind::Singles;
};

/// The shared frame of case `case_id`: body (Karlsruhe and Magdeburg most often), topic, kind.
inline CaseFrame frame_of(std::uint64_t seed, std::uint64_t case_id, int years = 7) {
    Rng rng = rng_for(seed, case_id, 7);
    CaseFrame frame;
    frame.seed = seed;
    frame.id = case_id;
    const auto span = static_cast<std::uint64_t>(years);
    frame.year = 2026 - years + static_cast<int>(case_id % span);
    frame.running = static_cast<long>(case_id / span) + 1;
    const auto share = rng.below(100);
    frame.body = &bodies()[share < 35 ? 0 : share < 75 ? 1 : share < 88 ? 2 : 3];
    frame.topic = &topics()[rng.below(topics().size())];
    const bool pairs =
        frame.body->layout == Layout::Magdeburg || frame.body->layout == Layout::Karlsruhe;
    const auto kind = rng.below(100);
    frame.kind = !pairs || kind >= 60 ? CaseKind::Singles
                 : kind < 35          ? CaseKind::AntragPair
                                      : CaseKind::AnfragePair;
    return frame;
}

/// A day in January to October, so that follow-up dates stay in the same year.
inline Day random_day(Rng& rng, int year) {
    return make_day(year, rng.between(1, 10), rng.between(1, 28));
}

/// Magdeburg numbers: prefix, four digits, two-digit year ("A0031/21", "DS0055/23").
inline std::string magdeburg_number(const char* prefix, long running, int year) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s%04ld/%02d", prefix, running, year % 100);
    return buffer;
}

/// Karlsruhe numbers: year and four digits ("2021/0218").
inline std::string karlsruhe_number(int year, long running) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%d/%04ld", year, running);
    return buffer;
}

/// Who signs for the Magdeburg administration in a given year, and how the office is named.
inline std::string magdeburg_head(int year) {
    return year < 2022 ? "Dr. Harald Wendt" : "Katrin Sommerfeld";
}
/// The office as the Beratung table names it.
inline std::string magdeburg_office(int year) {
    return year < 2022 ? "Der Oberbürgermeister" : "Die Oberbürgermeisterin";
}

/// The Antrag or Anfrage of a pair case (slot 0).
inline DocumentPlan request_plan(const CaseFrame& frame) {
    Rng rng = rng_for(frame.seed, frame.id, 0);
    const BodyVocabulary& body = *frame.body;
    DocumentPlan plan;
    plan.body = &body;
    plan.year = frame.year;
    plan.type = frame.kind == CaseKind::AntragPair ? "Antrag" : "Anfrage";
    plan.thema = fill(rng.pick(frame.topic->titles), rng, body, frame.year);
    plan.date = random_day(rng, frame.year);
    plan.submitter = std::string(rng.pick(body.fraktionen));
    plan.signatory = person(rng);
    plan.paragraphs = paragraphs(rng, *frame.topic, body, frame.year);
    if (plan.type == "Anfrage") {
        for (const auto& question : frame.topic->questions) {
            plan.questions.push_back(fill(question, rng, body, frame.year));
        }
    }
    if (body.layout == Layout::Magdeburg) {
        plan.number =
            magdeburg_number(plan.type == "Antrag" ? "A" : "F", frame.running, frame.year);
        plan.file_stem = stem_of(plan.number);
        plan.steps.push_back({"Stadtrat", plan.date + std::chrono::days{rng.between(7, 20)}});
        return plan;
    }
    plan.number = karlsruhe_number(frame.year, 2 * frame.running);
    plan.file_stem = stem_of(plan.number) + "_" + plan.type;
    const Day session = plan.date + std::chrono::days{rng.between(30, 60)};
    if (rng.percent(25)) {
        plan.steps.push_back({"Hauptausschuss", session - std::chrono::days{14}, false});
        plan.steps.back().role = "Vorberatung";
    }
    plan.steps.push_back({"Gemeinderat", session, true});
    plan.steps.back().role = plan.type == "Antrag" ? "Entscheidung" : "Kenntnisnahme";
    return plan;
}

/// The Stellungnahme answering the request of the same case (slot 1).
inline DocumentPlan stellungnahme_plan(const CaseFrame& frame) {
    const DocumentPlan request = request_plan(frame);
    Rng rng = rng_for(frame.seed, frame.id, 1);
    DocumentPlan plan = request;
    plan.type = "Stellungnahme";
    plan.answered_type = request.type;
    plan.date = request.date + std::chrono::days{rng.between(20, 50)};
    plan.amt = std::string(rng.pick(frame.body->aemter));
    plan.paragraphs = paragraphs(rng, *frame.topic, *frame.body, frame.year);
    if (frame.body->layout == Layout::Karlsruhe) {
        plan.file_stem = stem_of(plan.number) + "_Stellungnahme";
        plan.refs = {request.number}; // the Antrag/Anfrage it answers shares its number
        plan.signatory.clear();
        plan.dezernat = "Dez. " + std::to_string(rng.between(1, 6));
        return plan;
    }
    plan.number = magdeburg_number("S", frame.running, frame.year);
    plan.file_stem = stem_of(plan.number);
    plan.signatory = magdeburg_head(frame.year);
    plan.refs = {request.number};
    plan.steps = {{magdeburg_office(frame.year), plan.date + std::chrono::days{7}}};
    if (request.type == "Antrag") {
        const Day later = plan.date + std::chrono::days{rng.between(25, 40)};
        plan.steps.push_back({std::string(rng.pick(frame.body->gremien)), later});
        plan.steps.push_back({"Stadtrat", later + std::chrono::days{rng.between(14, 30)}});
    }
    return plan;
}

/// Attachments: one or two, the first non-public now and then (all, if the document is).
inline void plan_attachments(DocumentPlan& plan, Rng& rng) {
    const int count = rng.between(1, 2);
    const bool first_hidden = !plan.is_public || rng.percent(15);
    for (int i = 0; i < count; ++i) {
        std::string title = "Anlage " + std::to_string(i + 1) + " – ";
        title += i == 0 ? "Übersicht der Maßnahmen und Kosten" : "Lageplan und Zeitplan";
        plan.attachments.push_back({title, i == 0 ? !first_hidden : plan.is_public});
    }
}

/// Beratungsfolge of a Vorlage: one or two committees, then the council.
inline void plan_steps(DocumentPlan& plan, Rng& rng, const std::string& council) {
    Day day = plan.date + std::chrono::days{rng.between(7, 20)};
    const int committees = rng.between(1, 2);
    for (int i = 0; i < committees; ++i) {
        std::string gremium(rng.pick(plan.body->gremien));
        if (gremium == council) {
            gremium = std::string(plan.body->gremien[1]);
        }
        PlannedStep step{gremium, day, plan.is_public && !rng.percent(20)};
        step.role = "Vorberatung";
        plan.steps.push_back(step);
        day += std::chrono::days{rng.between(7, 21)};
    }
    if (!council.empty() && plan.is_public) {
        plan.steps.push_back({council, day, true});
        plan.steps.back().role = "Entscheidung";
    }
}

/// Aschersleben's Wahlperiode changed with the council elected in June 2024.
inline std::string aschersleben_number(long running, Day date) {
    const std::chrono::year_month_day ymd{date};
    const bool eighth = ymd >= std::chrono::year{2024} / 7 / 1;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s/%04ld/%02d", eighth ? "VIII" : "VII", running,
                  int(ymd.year()) % 100);
    return buffer;
}

/// Body-specific numbers, types and offices of an independent Vorlage.
inline void plan_single_identity(DocumentPlan& plan, const CaseFrame& frame, int slot, Rng& rng) {
    const long running = 2 * frame.running + slot;
    switch (frame.body->layout) {
    case Layout::Magdeburg:
        plan.type = slot == 0 ? "Information" : "Beschlussvorlage";
        plan.number = magdeburg_number(slot == 0 ? "I" : "DS", frame.running, frame.year);
        plan.amt = std::string(rng.pick(frame.body->aemter));
        plan.dezernat = rng.percent(30)
                            ? "Dezernat OB"
                            : "Dezernat " + std::string(rng.pick({"II", "III", "IV", "V", "VI"}));
        plan.signatory = magdeburg_head(frame.year);
        break;
    case Layout::Karlsruhe:
        plan.type = slot == 0         ? "Beschlussvorlage"
                    : rng.percent(30) ? "Niederschrift"
                                      : "Informationsvorlage";
        plan.number = plan.type == "Niederschrift" ? "" : karlsruhe_number(frame.year, running);
        plan.amt = std::string(rng.pick(frame.body->aemter));
        plan.dezernat = "Dez. " + std::to_string(rng.between(1, 6));
        break;
    case Layout::Bremerhaven:
        plan.type = "Vorlage";
        plan.number = std::to_string(running) + "/" + std::to_string(frame.year);
        plan.signatory = std::string(rng.pick(frame.body->officials));
        break;
    case Layout::Aschersleben:
        plan.type = "Vorlage";
        plan.number = aschersleben_number(running, plan.date);
        plan.dezernat = "Dezernat " + std::string(rng.pick({"I", "II", "III"}));
        break;
    }
}

/// Beratungsfolge, attachments and references of an independent Vorlage.
inline void plan_single_procedure(DocumentPlan& plan, const CaseFrame& frame, Rng& rng) {
    switch (frame.body->layout) {
    case Layout::Magdeburg:
        plan.steps.push_back(
            {magdeburg_office(frame.year), plan.date + std::chrono::days{7}, false});
        plan_steps(plan, rng, plan.type == "Information" ? "" : "Stadtrat");
        plan_attachments(plan, rng);
        break;
    case Layout::Karlsruhe:
        plan_steps(plan, rng, "Gemeinderat");
        if (plan.type == "Niederschrift") { // prints neither office nor Dezernat
            plan.amt.clear();
            plan.dezernat.clear();
            plan.refs = {karlsruhe_number(frame.year, 2 * frame.running),
                         karlsruhe_number(frame.year, 2 * frame.running + 2)};
            plan.steps.resize(1);
        }
        break;
    case Layout::Bremerhaven:
        plan.steps.push_back(
            {std::string(rng.pick(frame.body->gremien)), plan.date, plan.is_public});
        plan.steps.back().dated = false;
        plan_attachments(plan, rng);
        break;
    case Layout::Aschersleben:
        plan_steps(plan, rng, "Stadtrat");
        for (auto& step : plan.steps) {
            step.has_votes = step.gremium != "Stadtrat";
            step.ja = rng.between(5, 9);
            step.nein = rng.between(0, 2);
            step.enthaltung = rng.between(0, 1);
            step.result =
                step.has_votes ? "" : rng.pick({"einstimmig bestätigt", "mehrheitlich bestätigt"});
        }
        plan.attachments.push_back({plan.thema, plan.is_public});
        break;
    }
}

/// One of the two independent Vorlagen of a Singles case.
inline DocumentPlan single_plan(const CaseFrame& frame, int slot) {
    Rng rng = rng_for(frame.seed, frame.id, 2 + static_cast<std::uint64_t>(slot));
    DocumentPlan plan;
    plan.body = frame.body;
    plan.year = frame.year;
    plan.thema = fill(rng.pick(frame.topic->titles), rng, *frame.body, frame.year);
    plan.date = random_day(rng, frame.year);
    plan.is_public = !rng.percent(6);
    plan.paragraphs = paragraphs(rng, *frame.topic, *frame.body, frame.year);
    plan_single_identity(plan, frame, slot, rng);
    // A Karlsruhe Vorlage does not print its own status, so only a Niederschrift may be closed.
    plan.is_public =
        plan.is_public || (frame.body->layout == Layout::Karlsruhe && plan.type != "Niederschrift");
    plan_single_procedure(plan, frame, rng);
    if (plan.type == "Niederschrift") { // prints neither office nor Dezernat
        plan.amt.clear();
        plan.dezernat.clear();
        plan.thema = "Niederschrift " + std::to_string(rng.between(1, 60)) + ". Sitzung " +
                     plan.steps.front().gremium;
        plan.file_stem =
            "Niederschrift-" + stem_of(karlsruhe_number(frame.year, 2 * frame.running + 1));
    } else {
        plan.file_stem = stem_of(plan.number);
    }
    return plan;
}

/// The plan of document `index` (case index / 2, slot index % 2) of an archive over `years`
/// years up to 2025.
inline DocumentPlan plan_document(std::uint64_t seed, std::uint64_t index, int years = 7) {
    const CaseFrame frame = frame_of(seed, index / 2, years);
    const int slot = static_cast<int>(index % 2);
    if (frame.kind == CaseKind::Singles) {
        return single_plan(frame, slot);
    }
    return slot == 0 ? request_plan(frame) : stellungnahme_plan(frame);
}

} // namespace ratsarchiv::gen_corpus
