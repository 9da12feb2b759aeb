// The visibility filter, in one place.
#include "server/access/audience.h"

#include "schema/errors.h"
#include "schema/fields.h"

namespace ratsarchiv::server {

namespace {
bool has_public_term(const Xapian::Document& doc) {
    Xapian::TermIterator it = doc.termlist_begin();
    it.skip_to(std::string(schema::kTermPublic));
    return it != doc.termlist_end() && *it == schema::kTermPublic;
}
} // namespace

Xapian::Query restrict_to_audience(const Audience& audience, const Xapian::Query& query) {
    if (audience.staff) {
        return query;
    }
    return Xapian::Query(Xapian::Query::OP_FILTER, query,
                         Xapian::Query(std::string(schema::kTermPublic)));
}

bool may_see(const Audience& audience, const Xapian::Document& doc) {
    return audience.staff || has_public_term(doc);
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

Xapian::doccount visible_documents(const Audience& audience, Xapian::Database& db) {
    if (audience.staff) {
        return db.get_doccount();
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
