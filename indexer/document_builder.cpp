// Field terms, text terms, value slots and stored data of one document.
#include "indexer/document_builder.h"

#include <set>
#include <unordered_set>

#include "indexer/extract/submitter.h"
#include "schema/document_identity.h"
#include "schema/document_json.h"
#include "schema/fields.h"
#include "schema/hit_summary.h"
#include "schema/number_spellings.h"
#include "schema/stored_document.h"
#include "schema/submitter_names.h"
#include "schema/text_fold.h"
#include "schema/value_list.h"
#include "schema/visibility_redaction.h"

namespace ratsarchiv::indexer {

namespace {
using schema::FieldSpec;

// A title word counts this many times a body word: a title match outranks a body match.
constexpr Xapian::termcount kTitleWeight = 5;

// Who submitted the paper (an Antrag or Anfrage names them itself) and who submitted the
// papers the document answers, as it says, each normalized once.
std::vector<std::string> submitter_values(const CouncilDocument& doc) {
    std::vector<std::string> written = doc.submitters;
    const std::string ortschaft = extract::first_ortschaft(doc);
    for (const auto& ref : doc.refs) {
        if (ref.relation != "answers") {
            continue;
        }
        // Nothing for a text that is no list of names (a table the head ran into).
        auto listed = extract::read_submitter_list(ref.submitter, ortschaft);
        written.insert(written.end(), listed.begin(), listed.end());
    }
    std::vector<std::string> values;
    std::unordered_set<std::string> seen;
    for (const auto& w : written) {
        std::string value = schema::normalize_submitter(w);
        if (!value.empty() && seen.insert(schema::fold_keyword(value)).second) {
            values.push_back(std::move(value));
        }
    }
    return values;
}

std::vector<std::string> field_values(const CouncilDocument& doc, const FieldSpec& field) {
    const std::string name(field.name);
    if (name == "type") {
        return {doc.type};
    }
    if (name == "amt") {
        return {doc.amt};
    }
    if (name == "body") {
        return {doc.body};
    }
    if (name == "signatory") {
        return {doc.signatory};
    }
    if (name == "number") {
        return {doc.number};
    }
    if (name == "year") {
        return {doc.date.size() >= 4 ? doc.date.substr(0, 4) : std::string()};
    }
    if (name == "session_year") {
        std::set<std::string> years;
        if (doc.session) {
            years.insert(doc.session->date.substr(0, 4));
        }
        for (const auto& step : doc.beratungsfolge) {
            if (step.date && step.date->size() == 10) {
                years.insert(step.date->substr(0, 4));
            }
        }
        return {years.begin(), years.end()};
    }
    if (name == "submitter") {
        return submitter_values(doc);
    }
    if (name == "gremium") {
        std::vector<std::string> gremien;
        std::set<std::string> seen;
        for (const auto& step : doc.beratungsfolge) {
            if (!step.gremium.empty() && seen.insert(schema::fold_keyword(step.gremium)).second) {
                gremien.push_back(step.gremium);
            }
        }
        // A Niederschrift is its committee's document, as a paper is of the ones it passes.
        if (doc.session && seen.insert(schema::fold_keyword(doc.session->gremium)).second) {
            gremien.push_back(doc.session->gremium);
        }
        return gremien;
    }
    return {};
}

void add_field_terms(Xapian::Document& xdoc, const CouncilDocument& doc) {
    for (const auto& field : schema::kFields) {
        std::vector<std::string> values = field_values(doc, field);
        std::vector<std::string> present;
        for (const auto& value : values) {
            if (!value.empty()) {
                xdoc.add_boolean_term(schema::keyword_term(field, value));
                present.push_back(value);
            }
        }
        if (field.slot != schema::kNoSlot && !present.empty()) {
            xdoc.add_value(field.slot, field.multi_valued ? schema::serialize_value_list(present)
                                                          : present.front());
        }
    }
}

void add_session_terms(Xapian::Document& xdoc, const CouncilDocument& doc) {
    for (const auto& step : doc.beratungsfolge) {
        std::string day = step.date ? date_slot_value(*step.date) : std::string();
        if (day.size() != 8 || day.substr(4) == "0000") {
            continue;
        }
        xdoc.add_boolean_term(schema::session_date_term(day));
        if (!step.gremium.empty()) {
            xdoc.add_boolean_term(schema::gremium_session_term(step.gremium, day));
        }
    }
    if (doc.session) {
        const std::string day = date_slot_value(doc.session->date);
        xdoc.add_boolean_term(schema::session_date_term(day));
        xdoc.add_boolean_term(schema::gremium_session_term(doc.session->gremium, day));
        xdoc.add_boolean_term(schema::session_record_term(doc.session->gremium, day));
    }
}

void add_completion_terms(Xapian::Document& xdoc, const std::vector<std::string>& words) {
    for (const auto& word : words) {
        if (word.size() >= 2 && word.size() < 200) {
            xdoc.add_boolean_term(std::string(schema::kPrefixCompletion) + word);
        }
    }
}
} // namespace

bool is_spelling_word(const std::string& word) {
    return word.size() >= 3 && word.size() <= 40;
}

std::string date_slot_value(const std::string& iso_date) {
    if (iso_date.size() == 4) {
        // A year without a day sorts before the year's dated documents and falls inside any
        // range that holds the whole year (a `from` year reads as yyyy0000).
        return iso_date + "0000";
    }
    if (iso_date.size() != 10 || iso_date[4] != '-' || iso_date[7] != '-') {
        return {};
    }
    return iso_date.substr(0, 4) + iso_date.substr(5, 2) + iso_date.substr(8, 2);
}

namespace {
// One Xapian document of `doc`. A public document is indexed and stored as its public view;
// with `hidden_parts` (the restricted part's full version of a partly restricted document) the
// lines naming its nichtöffentlich attachments or Beratungsfolge steps are indexed too, under
// the staff-only prefix, and the full document is kept in a staff-only slot.
Xapian::Document xapian_document(const CouncilDocument& doc, const schema::PublicView* view,
                                 bool hidden_parts, const analysis::GermanAnalyzer& analyzer,
                                 std::int64_t indexed_at, const analysis::PairWords* pairs,
                                 std::vector<std::string>* vocabulary) {
    Xapian::Document xdoc;
    const bool is_public = view != nullptr;
    const CouncilDocument& shown = is_public ? view->document : doc;

    xdoc.add_boolean_term(schema::id_term(doc.id));
    xdoc.add_boolean_term(schema::source_term(doc.archive + ":" + doc.source));
    xdoc.add_boolean_term(std::string(is_public ? schema::kTermPublic : schema::kTermRestricted));
    if (is_public && view->redacted && !hidden_parts) {
        xdoc.add_boolean_term(std::string(schema::kTermRedactedView));
    }
    add_field_terms(xdoc, shown);
    add_session_terms(xdoc, shown);
    if (!shown.date_source.empty()) {
        xdoc.add_boolean_term(std::string(schema::kPrefixDateSource) + shown.date_source);
    }
    for (const auto& ref : shown.refs) {
        xdoc.add_boolean_term(std::string(schema::kPrefixCites) + schema::fold_keyword(ref.number));
    }
    // "S 0254/22", "0254/22": the spellings people type for the document's own number. With a
    // wdf of 1, not boolean: a number typed into the search box then weighs, so the document
    // that has the number ranks above the documents that only cite it.
    for (const auto& spelling : schema::number_spellings(shown.number)) {
        xdoc.add_term(std::string(schema::kPrefixNumberVariant) + schema::fold_keyword(spelling));
    }

    Xapian::termpos position = 0;
    analyzer.index_text(xdoc, shown.thema, schema::kPrefixTitle, 1, position);
    position += 100; // keep phrases from matching across title and body
    analyzer.index_text(xdoc, shown.thema, "", kTitleWeight, position, pairs, vocabulary);
    position += 100;
    analyzer.index_text(xdoc, shown.text, "", 1, position, pairs, vocabulary);
    if (hidden_parts) {
        position += 100;
        analyzer.index_text(xdoc, view->hidden_text, schema::kPrefixRestrictedText, 1, position);
        xdoc.add_value(schema::kSlotStaffData, schema::to_json_line(schema::document_to_json(doc)));
    }

    std::string date = date_slot_value(shown.date);
    if (!date.empty()) {
        xdoc.add_value(schema::kSlotDate, date);
    }
    xdoc.add_value(schema::kSlotContentHash, doc.content_hash);
    xdoc.add_value(schema::kSlotIndexedAt,
                   Xapian::sortable_serialise(static_cast<double>(indexed_at)));
    // OParl (server/oparl/): `created` (the index writer keeps an older one), the stable list
    // order, and the Body every document is listed under.
    xdoc.add_value(schema::kSlotFirstIndexedAt,
                   Xapian::sortable_serialise(static_cast<double>(indexed_at)));
    xdoc.add_value(schema::kSlotDocumentId, doc.id);
    xdoc.add_boolean_term(schema::oparl_body_term(shown.body, doc.archive));
    schema::store_document(xdoc, shown);
    xdoc.add_value(schema::kSlotHitFields, schema::hit_fields_json(shown));
    // Title words only: completion of body words comes from the (public) spelling table. The
    // public part has them; a second copy in the restricted part would count twice for staff.
    if (is_public && !hidden_parts) {
        add_completion_terms(xdoc, analyzer.vocabulary_words(shown.thema));
    }
    return xdoc;
}
} // namespace

BuiltDocument build_document(const CouncilDocument& doc, const analysis::GermanAnalyzer& analyzer,
                             schema::Visibility visibility, std::int64_t indexed_at,
                             const analysis::PairWords* pairs) {
    BuiltDocument built;
    built.id_term = schema::id_term(doc.id);
    if (visibility != schema::Visibility::Public) {
        built.restricted_copy =
            xapian_document(doc, nullptr, false, analyzer, indexed_at, pairs, nullptr);
        return built;
    }
    const schema::PublicView view = schema::public_view(doc);
    // Only the public view feeds spelling and completion: hidden lines never surface.
    std::vector<std::string> words;
    built.public_copy = xapian_document(doc, &view, false, analyzer, indexed_at, pairs, &words);
    if (view.redacted) {
        built.restricted_copy =
            xapian_document(doc, &view, true, analyzer, indexed_at, pairs, nullptr);
    }
    std::unordered_set<std::string_view> seen;
    for (const auto& word : words) {
        if (is_spelling_word(word) && seen.insert(word).second) {
            built.spelling_words.push_back(word);
        }
    }
    return built;
}

} // namespace ratsarchiv::indexer
