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

std::string stored_json(const Audience& audience, const Xapian::Document& doc) {
    if (!may_see(audience, doc)) {
        // The same words as for an id that does not exist: the caller maps both to one 404.
        throw NotFound("document not found");
    }
    if (audience.staff) {
        std::string full = doc.get_value(schema::kSlotStaffData);
        if (!full.empty()) {
            return full;
        }
    }
    return doc.get_data();
}

CouncilDocument visible_document(const Audience& audience, const Xapian::Document& doc) {
    if (audience.staff && may_see(audience, doc)) {
        // The staff copy is the whole document, text included; the data is its public view.
        std::string full = doc.get_value(schema::kSlotStaffData);
        if (!full.empty()) {
            return schema::document_from_json_text(full);
        }
    }
    (void)stored_json(audience, doc); // the access check, with its NotFound
    return schema::stored_document(doc);
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
