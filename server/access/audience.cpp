// The visibility filter, in one place.
#include "server/access/audience.h"

#include "schema/document_json.h"
#include "schema/errors.h"
#include "schema/fields.h"
#include "schema/stored_document.h"

namespace ratsarchiv::server {

namespace {
bool has_term(const Xapian::Document& doc, std::string_view term) {
    Xapian::TermIterator it = doc.termlist_begin();
    it.skip_to(std::string(term));
    return it != doc.termlist_end() && *it == term;
}

bool has_public_term(const Xapian::Document& doc) {
    return has_term(doc, schema::kTermPublic);
}
} // namespace

Xapian::Query restrict_to_audience(const Audience& audience, const Xapian::Query& query) {
    if (audience.staff) {
        // The whole archive holds a partly restricted document twice: staff get the full one.
        return Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                             Xapian::Query(std::string(schema::kTermRedactedView)));
    }
    // Anonymous requests search the public part only (schema/index_layout.h), where every
    // document has the public term; the filter is a second lock on the same door.
    return Xapian::Query(Xapian::Query::OP_FILTER, query,
                         Xapian::Query(std::string(schema::kTermPublic)));
}

bool may_see(const Audience& audience, const Xapian::Document& doc) {
    if (audience.staff) {
        return !has_term(doc, schema::kTermRedactedView);
    }
    return has_public_term(doc);
}

std::vector<std::string> text_prefixes(const Audience& audience) {
    if (audience.staff) {
        return {"", std::string(schema::kPrefixRestrictedText)};
    }
    return {""};
}

namespace {
// The full JSON of a document stored redacted when `audience` is staff, else empty: the stored
// data is what `audience` reads. Throws NotFound when `audience` may not see `doc`.
std::string staff_copy(const Audience& audience, const Xapian::Document& doc) {
    if (!may_see(audience, doc)) {
        // The same words as for an id that does not exist: the caller maps both to one 404.
        throw NotFound("document not found");
    }
    return audience.staff ? doc.get_value(schema::kSlotStaffData) : std::string();
}
} // namespace

std::string stored_json(const Audience& audience, const Xapian::Document& doc) {
    std::string full = staff_copy(audience, doc);
    return full.empty() ? doc.get_data() : full;
}

CouncilDocument visible_document(const Audience& audience, const Xapian::Document& doc) {
    // The staff copy is the whole document, text included; the data holds the head of the text.
    std::string full = staff_copy(audience, doc);
    return full.empty() ? schema::stored_document(doc) : schema::document_from_json_text(full);
}

Xapian::doccount visible_documents(const Audience& audience, Xapian::Database& db) {
    if (audience.staff) {
        return db.get_doccount() - db.get_termfreq(std::string(schema::kTermRedactedView));
    }
    return db.get_termfreq(std::string(schema::kTermPublic));
}

std::string_view visibility_mark(const Xapian::Document& doc) {
    if (!has_public_term(doc)) {
        return "restricted";
    }
    return doc.get_value(schema::kSlotStaffData).empty() ? "public" : "partly_restricted";
}

} // namespace ratsarchiv::server
