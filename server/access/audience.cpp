// The visibility filter, in one place.
#include "server/access/audience.h"

#include "schema/fields.h"

namespace ratsarchiv::server {

Xapian::Query restrict_to_audience(const Audience& audience, const Xapian::Query& query) {
    if (audience.staff) {
        return query;
    }
    return Xapian::Query(Xapian::Query::OP_FILTER, query,
                         Xapian::Query(std::string(schema::kTermPublic)));
}

bool may_see(const Audience& audience, const Xapian::Document& doc) {
    if (audience.staff) {
        return true;
    }
    Xapian::TermIterator it = doc.termlist_begin();
    it.skip_to(std::string(schema::kTermPublic));
    return it != doc.termlist_end() && *it == schema::kTermPublic;
}

} // namespace ratsarchiv::server
