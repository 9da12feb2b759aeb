// The audience helpers: which stored JSON each audience reads, which text prefixes it searches,
// how staff see a document marked, and what counts are reported.
#include <catch2/catch.hpp>

#include "schema/errors.h"
#include "schema/fields.h"
#include "server/access/audience.h"

using namespace ratsarchiv;
using server::Audience;

namespace {
Xapian::Document stored(bool is_public, const std::string& staff_data) {
    Xapian::Document doc;
    doc.add_boolean_term(std::string(is_public ? schema::kTermPublic : schema::kTermRestricted));
    doc.set_data("{\"view\":\"public\"}");
    if (!staff_data.empty()) {
        doc.add_value(schema::kSlotStaffData, staff_data);
    }
    return doc;
}
} // namespace

TEST_CASE("anonymous users read the public view, staff the full document", "[access]") {
    Audience anonymous;
    Audience staff{true, "token"};
    Xapian::Document partly = stored(true, "{\"view\":\"full\"}");
    CHECK(server::stored_json(anonymous, partly) == "{\"view\":\"public\"}");
    CHECK(server::stored_json(staff, partly) == "{\"view\":\"full\"}");
    Xapian::Document plain = stored(true, "");
    CHECK(server::stored_json(staff, plain) == "{\"view\":\"public\"}");
    Xapian::Document restricted = stored(false, "");
    CHECK_THROWS_AS(server::stored_json(anonymous, restricted), NotFound);
    CHECK(server::stored_json(staff, restricted) == "{\"view\":\"public\"}");
}

TEST_CASE("staff marks: public, restricted, partly restricted", "[access]") {
    CHECK(server::visibility_mark(stored(true, "")) == "public");
    CHECK(server::visibility_mark(stored(false, "")) == "restricted");
    CHECK(server::visibility_mark(stored(true, "{}")) == "partly_restricted");
}

TEST_CASE("only staff search the non-public lines of public documents", "[access]") {
    CHECK(server::text_prefixes(Audience{}) == std::vector<std::string>{""});
    CHECK(server::text_prefixes(Audience{true, "token"}) ==
          std::vector<std::string>{"", std::string(schema::kPrefixRestrictedText)});
}

TEST_CASE("anonymous counts include public documents only", "[access]") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    db.add_document(stored(true, ""));
    db.add_document(stored(true, "{}"));
    db.add_document(stored(false, ""));
    CHECK(server::visible_documents(Audience{}, db) == 2);
    CHECK(server::visible_documents(Audience{true, "token"}, db) == 3);
    Xapian::Query all = server::restrict_to_audience(Audience{}, Xapian::Query::MatchAll);
    Xapian::Enquire enquire(db);
    enquire.set_query(all);
    CHECK(enquire.get_mset(0, 10).size() == 2);
}
