// Extraction evaluation against labels (see evaluation.h).
#include "indexer/extract/evaluation.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <sstream>

#include <Poco/JSON/Array.h>

#include "schema/text_fold.h"

namespace ratsarchiv::indexer::extract {

namespace {
using Poco::JSON::Object;
constexpr std::size_t kKeptMisses = 100000;

void replace_all(std::string& s, std::string_view from, std::string_view to) {
    for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) {
        s.replace(p, from.size(), to);
    }
}

std::string label_string(const Object& label, const std::string& key) {
    if (!label.has(key) || label.isNull(key)) {
        return {};
    }
    return label.get(key).toString();
}

void record(FieldScore& score, const std::string& file, const std::string& expected,
            const std::string& got, bool correct) {
    if (!correct && score.misses.size() < kKeptMisses) {
        score.misses.push_back(
            {file, expected.empty() ? "null" : expected, got.empty() ? "null" : got});
    }
}

void score_scalar(FieldScore& score, const std::string& file, const std::string& expected,
                  const std::string& got, bool thema) {
    ++score.cases;
    bool correct = !expected.empty() && !got.empty() &&
                   normalize_for_match(expected, thema) == normalize_for_match(got, thema);
    score.labeled += expected.empty() ? 0 : 1;
    score.predicted += got.empty() ? 0 : 1;
    score.correct += correct ? 1 : 0;
    if (!correct && !(expected.empty() && got.empty())) {
        record(score, file, expected, got, false);
    }
}

std::string step_text(const BeratungStep& s) {
    return s.gremium + " " + (s.date ? *s.date : "null");
}

// A labeled step matches an extracted one on gremium and date, and on public, result and
// votes where the label states them.
bool step_matches(const Object& label, const BeratungStep& step) {
    std::string gremium = label_string(label, "gremium");
    std::string date = label_string(label, "date");
    if (normalize_for_match(gremium, false) != normalize_for_match(step.gremium, false) ||
        date != (step.date ? *step.date : "")) {
        return false;
    }
    if (label.has("public") && !label.isNull("public") &&
        (!step.is_public || *step.is_public != label.getValue<bool>("public"))) {
        return false;
    }
    if (label.has("result") && label_string(label, "result") != step.result) {
        return false;
    }
    if (auto v = label.getObject("votes")) {
        return step.votes && step.votes->ja == v->optValue("ja", -1) &&
               step.votes->nein == v->optValue("nein", -1) &&
               step.votes->enthaltung == v->optValue("enthaltung", -1);
    }
    return true;
}

void score_steps(FieldScore& score, const std::string& file, const Poco::JSON::Array& labels,
                 const std::vector<BeratungStep>& steps) {
    ++score.cases;
    std::vector<bool> used(steps.size(), false);
    std::string expected;
    std::string got;
    long correct = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        auto step_label = labels.getObject(static_cast<unsigned>(i));
        expected += (expected.empty() ? "" : "; ") + label_string(*step_label, "gremium") + " " +
                    label_string(*step_label, "date");
        for (std::size_t j = 0; j < steps.size(); ++j) {
            if (!used[j] && step_matches(*step_label, steps[j])) {
                used[j] = true;
                ++correct;
                break;
            }
        }
    }
    for (const auto& s : steps) {
        got += (got.empty() ? "" : "; ") + step_text(s);
    }
    score.labeled += static_cast<long>(labels.size());
    score.predicted += static_cast<long>(steps.size());
    score.correct += correct;
    bool all = correct == static_cast<long>(labels.size()) && labels.size() == steps.size();
    record(score, file, expected, got, all);
}

void score_set(FieldScore& score, const std::string& file, std::vector<std::string> expected,
               std::vector<std::string> got) {
    ++score.cases;
    for (auto* list : {&expected, &got}) {
        for (auto& v : *list) {
            v = normalize_for_match(v, false);
        }
        std::sort(list->begin(), list->end());
        list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    std::vector<std::string> common;
    std::set_intersection(expected.begin(), expected.end(), got.begin(), got.end(),
                          std::back_inserter(common));
    score.labeled += static_cast<long>(expected.size());
    score.predicted += static_cast<long>(got.size());
    score.correct += static_cast<long>(common.size());
    auto join = [](const std::vector<std::string>& v) {
        std::string s;
        for (const auto& x : v) {
            s += (s.empty() ? "" : ", ") + x;
        }
        return s;
    };
    record(score, file, join(expected), join(got), expected == got);
}

std::vector<std::string> string_list(const Poco::JSON::Array& array) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < array.size(); ++i) {
        // A ref is a number, or an object {"number", "relation"} in richer label files.
        if (auto object = array.getObject(static_cast<unsigned>(i))) {
            out.push_back(label_string(*object, "number"));
        } else {
            out.push_back(array.get(static_cast<unsigned>(i)).toString());
        }
    }
    return out;
}

std::string bool_text(const std::optional<bool>& b) {
    return b ? (*b ? "true" : "false") : std::string();
}
// Attachments compare by title, and by status where the label states one.
void score_attachments(FieldScore& score, const std::string& file, const Poco::JSON::Array& labels,
                       const std::vector<Attachment>& got_attachments) {
    std::vector<std::string> expected;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        auto a = labels.getObject(static_cast<unsigned>(i));
        std::string status = a->has("public") ? " [" + label_string(*a, "public") + "]" : "";
        expected.push_back(label_string(*a, "title") + status);
    }
    std::vector<std::string> got;
    for (std::size_t i = 0; i < got_attachments.size(); ++i) {
        const auto& a = got_attachments[i];
        bool labeled_status =
            i < labels.size() && labels.getObject(static_cast<unsigned>(i))->has("public");
        got.push_back(a.title + (labeled_status ? " [" + bool_text(a.is_public) + "]" : ""));
    }
    score_set(score, file, expected, got);
}
} // namespace

std::string normalize_for_match(const std::string& value, bool thema) {
    std::string s = value;
    for (std::string_view q :
         {"\xE2\x80\x9E", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xBB", "\xC2\xAB"}) {
        replace_all(s, q, "\"");
    }
    for (std::string_view q : {"\xE2\x80\x9A", "\xE2\x80\x98", "\xE2\x80\x99"}) {
        replace_all(s, q, "'");
    }
    for (std::string_view d : {"\xE2\x80\x93", "\xE2\x80\x94"}) {
        replace_all(s, d, "-");
    }
    s = schema::fold_whitespace(s);
    if (thema) {
        // A line-break hyphen became "- " when the lines were joined: "Jugendhilfeaus- schuss".
        std::string joined;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (s[i] == '-' && i > 0 && s[i - 1] != ' ' && i + 2 < s.size() && s[i + 1] == ' ' &&
                s[i + 2] >= 'a' && s[i + 2] <= 'z' && s.compare(i + 2, 4, "und ") != 0 &&
                s.compare(i + 2, 5, "oder ") != 0) {
                ++i; // drop "- "
                continue;
            }
            joined += s[i];
        }
        // Word sequences: punctuation between words does not count ("Pflege- und" equals
        // "Pflege und", "B3 / Marstallstraße" equals "B3/Marstallstraße").
        for (char& c : joined) {
            auto u = static_cast<unsigned char>(c);
            if (u < 0x80 && !std::isalnum(u)) {
                c = ' ';
            }
        }
        s = schema::fold_whitespace(joined);
    }
    return schema::fold_keyword(s);
}

void Evaluation::add_unlabeled(const std::string& content_hash) {
    ceilings_.add_unlabeled(content_hash);
}

void Evaluation::add(const CouncilDocument& doc, const Object& label) {
    ++documents_;
    ceilings_.add(doc, label);
    std::string file = label_string(label, "file");
    // A label's date is the document's own (date of receipt, of the paper, of a Niederschrift's
    // session); a motion that prints no receipt date is dated by its first session, as the
    // council dates it. A date chosen from a paper's Beratungsfolge, its number, its path or its
    // text is not what the label measures.
    bool motion = doc.type == "Antrag" || doc.type == "Anfrage" || doc.type == "Änderungsantrag";
    bool own_date = doc.date_source == "document" || doc.date_source == "session" ||
                    (motion && doc.date_source == "beratungsfolge");
    const std::string date = own_date ? doc.date : std::string();
    const std::pair<const char*, const std::string*> scalars[] = {
        {"type", &doc.type},         {"number", &doc.number},      {"date", &date},
        {"thema", &doc.thema},       {"body", &doc.body},          {"amt", &doc.amt},
        {"dezernat", &doc.dezernat}, {"signatory", &doc.signatory}};
    for (const auto& [key, value] : scalars) {
        if (label.has(key)) {
            score_scalar(scores_[key], file, label_string(label, key), *value,
                         std::string(key) == "thema");
        }
    }
    if (label.has("thema") && !label.isNull("thema")) {
        add_thema_in_head(doc, file, label_string(label, "thema"));
    }
    if (label.has("public")) {
        score_scalar(scores_["public"], file, label_string(label, "public"),
                     bool_text(doc.is_public), false);
    }
    if (auto steps = label.getArray("beratungsfolge")) {
        add_steps(doc, file, *steps);
    }
    if (auto refs = label.getArray("refs")) {
        add_refs(doc, file, *refs);
    }
    if (auto answers = label.getObject("answers")) {
        add_answers(doc, file, *answers);
    }
    if (auto attachments = label.getArray("attachments")) {
        score_attachments(scores_["attachments"], file, *attachments, doc.attachments);
    }
}

// Titles from metadata are often edited ("Änderungsantrag SPD: ...", ": Anfrage der
// ...-Fraktion", a changed word): thema_in_head scores only the labels whose word sequence the
// head (first 4,000 characters) prints, which extraction can reach.
void Evaluation::add_thema_in_head(const CouncilDocument& doc, const std::string& file,
                                   const std::string& expected) {
    std::string head = doc.text.substr(0, std::min<std::size_t>(doc.text.size(), 4000));
    std::string printed = " " + normalize_for_match(head, true) + " ";
    std::string wanted = " " + normalize_for_match(expected, true) + " ";
    if (printed.find(wanted) != std::string::npos) {
        score_scalar(scores_["thema_in_head"], file, expected, doc.thema, true);
    }
}

void Evaluation::add_steps(const CouncilDocument& doc, const std::string& file,
                           const Poco::JSON::Array& steps) {
    score_steps(scores_["beratungsfolge_all"], file, steps, doc.beratungsfolge);
    step_cases_.push_back({file, steps, doc.beratungsfolge});
    settled_ = false;
    // Label files taken from a public OParl feed cannot list non-public steps; this row
    // leaves out the steps the text marks nicht öffentlich.
    std::vector<BeratungStep> shown;
    std::copy_if(doc.beratungsfolge.begin(), doc.beratungsfolge.end(), std::back_inserter(shown),
                 [](const BeratungStep& s) { return s.is_public != false; });
    score_steps(scores_["beratungsfolge_public"], file, steps, shown);
    // How often the labels list a step, for steps marked nicht öffentlich and for the others:
    // the evidence for which comparison fits the label file.
    for (const auto& step : doc.beratungsfolge) {
        bool nonpublic = step.is_public == false;
        ++(nonpublic ? nonpublic_steps_ : public_steps_);
        for (std::size_t i = 0; i < steps.size(); ++i) {
            auto step_label = steps.getObject(static_cast<unsigned>(i));
            if (label_string(*step_label, "gremium") == step.gremium &&
                label_string(*step_label, "date") == step.date.value_or("")) {
                ++(nonpublic ? nonpublic_labeled_ : public_labeled_);
                break;
            }
        }
    }
}

bool Evaluation::public_feed() const {
    // Labels that list non-public steps less than half as often as public ones come from a
    // feed that does not publish them.
    return nonpublic_steps_ > 0 && public_steps_ > 0 &&
           2.0 * double(nonpublic_labeled_) / double(nonpublic_steps_) <
               double(public_labeled_) / double(public_steps_);
}

// Gremien (comparison form) of public steps that no label names although the extraction finds
// them in labeled files at least kMinUncoveredSteps times, with their step counts.
std::map<std::string, long> Evaluation::uncovered_gremien() const {
    constexpr long kMinUncoveredSteps = 5;
    std::map<std::string, long> found;
    std::set<std::string> labeled;
    for (const auto& c : step_cases_) {
        for (const auto& step : c.steps) {
            found[normalize_for_match(step.gremium, false)] += step.is_public != false ? 1 : 0;
        }
        for (std::size_t i = 0; i < c.labels.size(); ++i) {
            auto step_label = c.labels.getObject(static_cast<unsigned>(i));
            labeled.insert(normalize_for_match(label_string(*step_label, "gremium"), false));
        }
    }
    std::map<std::string, long> uncovered;
    for (const auto& [gremium, count] : found) {
        if (count >= kMinUncoveredSteps && labeled.count(gremium) == 0) {
            uncovered[gremium] = count;
        }
    }
    return uncovered;
}

void Evaluation::settle() const {
    if (settled_) {
        return;
    }
    // A public feed's labels are compared with the steps the text does not mark nicht
    // öffentlich; every other extracted step counts, whichever Gremium it names.
    bool feed = public_feed();
    FieldScore score;
    for (const auto& c : step_cases_) {
        std::vector<BeratungStep> compared;
        std::copy_if(c.steps.begin(), c.steps.end(), std::back_inserter(compared),
                     [feed](const BeratungStep& s) { return !feed || s.is_public != false; });
        score_steps(score, c.file, c.labels, compared);
    }
    scores_["beratungsfolge"] = std::move(score);
    settled_ = true;
}

// What "beratungsfolge" compares and the evidence for it (see evaluation.h), then the analysis
// of Gremien no label names: printed, never part of a score.
std::string Evaluation::beratungsfolge_note() const {
    std::ostringstream out;
    out << "beratungsfolge: the labels list " << nonpublic_labeled_ << " of the "
        << nonpublic_steps_ << " steps the text marks nicht oeffentlich and " << public_labeled_
        << " of the " << public_steps_ << " others";
    if (!public_feed()) {
        out << ": every step is compared.\n";
        return out.str();
    }
    out << " (non-public ones less than half as often): a public feed; the steps the text does "
           "not mark nicht oeffentlich are compared (the same as beratungsfolge_public).\n";
    auto uncovered = uncovered_gremien();
    if (uncovered.empty()) {
        return out.str();
    }
    long left = 0;
    out << "analysis, not a score: Gremien no label names although extracted as public steps >= "
           "5 times:";
    for (const auto& [gremium, count] : uncovered) {
        out << " " << gremium << " (" << count << " steps)";
        left += count;
    }
    const auto& score = scores_.at("beratungsfolge");
    char line[160];
    std::snprintf(
        line, sizeof line, ". They count as extra steps; without them precision would be %.4f.\n",
        score.predicted - left > 0 ? double(score.correct) / double(score.predicted - left) : 1.0);
    out << line;
    return out.str();
}

const std::map<std::string, FieldScore>& Evaluation::scores() const {
    settle();
    return scores_;
}

// A Niederschrift excerpt is filed under one paper (relation "records"); labels taken from the
// file-to-paper link list that one, so "refs" compares it, and "refs_all" every cited number.
void Evaluation::add_refs(const CouncilDocument& doc, const std::string& file,
                          const Poco::JSON::Array& refs) {
    std::vector<std::string> all;
    std::vector<std::string> own;
    for (const auto& r : doc.refs) {
        all.push_back(r.number);
        if (r.relation == "records") {
            own.push_back(r.number);
        }
    }
    FieldScore& score = scores_["refs"];
    long correct = score.correct;
    long labeled = score.labeled;
    long predicted = score.predicted;
    score_set(score, file, string_list(refs), own.empty() ? all : own);
    if (score.correct - correct != score.labeled - labeled ||
        score.correct - correct != score.predicted - predicted) {
        ceilings_.add_refs_miss(doc.content_hash);
    }
    score_set(scores_["refs_all"], file, string_list(refs), all);
}

// "answers": {"number", "type", "submitter"} against the reference with relation "answers".
void Evaluation::add_answers(const CouncilDocument& doc, const std::string& file,
                             const Object& answers) {
    const Reference* got = nullptr;
    for (const auto& r : doc.refs) {
        got = r.relation == "answers" ? &r : got;
    }
    const std::pair<const char*, std::string Reference::*> parts[] = {
        {"number", &Reference::number},
        {"type", &Reference::type},
        {"submitter", &Reference::submitter}};
    for (const auto& [key, member] : parts) {
        if (answers.has(key)) {
            std::string row = std::string("answers") +
                              (key == std::string("number") ? "" : "_" + std::string(key));
            score_scalar(scores_[row], file, label_string(answers, key),
                         got ? got->*member : std::string(), false);
        }
    }
}

std::string Evaluation::report(std::size_t misses) const {
    settle();
    std::ostringstream out;
    char line[160];
    std::snprintf(line, sizeof line, "%-22s %7s %8s %9s %7s\n", "field", "cases", "labeled",
                  "precision", "recall");
    out << "documents: " << documents_ << "\n" << line;
    for (const auto& [field, s] : scores_) {
        std::snprintf(line, sizeof line, "%-22s %7ld %8ld %9.4f %7.4f\n", field.c_str(), s.cases,
                      s.labeled, s.precision(), s.recall());
        out << line;
    }
    if (scores_.count("refs_all") != 0 || scores_.count("beratungsfolge_public") != 0) {
        out << "\nthema_in_head: only labels whose words the head prints in sequence;";
        out << "\nrefs: a Niederschrift's own paper (first 'Vorlage:' of its TOP), refs_all: "
               "every cited number;\nberatungsfolge_all: every extracted step; "
               "beratungsfolge_public: steps marked nicht oeffentlich left out.\n";
        out << beratungsfolge_note();
    }
    out << ceilings_.report();
    for (const auto& [field, s] : scores_) {
        if (s.misses.empty() || misses == 0) {
            continue;
        }
        out << "\nmisses of " << field << " (first " << std::min(misses, s.misses.size()) << " of "
            << s.misses.size() << " kept):\n";
        for (std::size_t i = 0; i < s.misses.size() && i < misses; ++i) {
            out << "  " << s.misses[i].file << "\n    want: " << s.misses[i].expected
                << "\n    got:  " << s.misses[i].got << "\n";
        }
    }
    return out.str();
}

} // namespace ratsarchiv::indexer::extract
