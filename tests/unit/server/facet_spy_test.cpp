// Counting facets from a match bitmap column by column gives the same counts and total as the
// per-document MatchSpy path, with and without facet filters, including documents added after
// the facet columns were read.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <xapian.h>

#include "schema/fields.h"
#include "schema/value_list.h"
#include "server/search/facet_spy.h"
#include "server/search/match_bitmap.h"
#include "support/temp_directory.h"

using namespace ratsarchiv;
using namespace ratsarchiv::server;

namespace {

const schema::FieldSpec& field(std::string_view name) {
    const auto* f = schema::field_by_name(name);
    REQUIRE(f != nullptr);
    return *f;
}

Xapian::Document facet_document(int n) {
    static const char* types[] = {"Antrag", "Anfrage", "Stellungnahme"};
    static const char* gremien[] = {"Gemeinderat", "Bauausschuss", "Hauptausschuss"};
    Xapian::Document doc;
    doc.add_term("all");
    if (n % 2 == 0) {
        doc.add_term("even");
    }
    doc.add_value(field("type").slot, types[n % 3]);
    doc.add_value(field("year").slot, std::to_string(2018 + n % 4));
    doc.add_value(field("gremium").slot,
                  schema::serialize_value_list({gremien[n % 3], gremien[(n + 1) % 3]}));
    return doc;
}

std::vector<const schema::FieldSpec*> counted_fields() {
    return {&field("type"), &field("year"), &field("gremium")};
}

// Counts of every counted field, as "field=value:count" lines.
std::vector<std::string> counts_of(const FacetSpy& spy) {
    std::vector<std::string> out{"matched:" + std::to_string(spy.matched())};
    for (const auto* f : counted_fields()) {
        for (const auto& c : spy.top(*f, 100, {})) {
            out.push_back(std::string(f->name) + "=" + c.value + ":" + std::to_string(c.count));
        }
    }
    return out;
}

} // namespace

TEST_CASE("facet counts from a bitmap equal the per-document spy's", "[search][facets]") {
    testing::TempDirectory dir;
    // On disk: facet columns are keyed by revision, which the in-memory backend lacks.
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_CREATE);
    for (int n = 1; n <= 150; ++n) {
        db.add_document(facet_document(n));
    }
    db.commit();
    auto columns = std::make_shared<const FacetColumns>(db);
    // Documents added after the columns were read are counted from their values.
    for (int n = 151; n <= 170; ++n) {
        db.add_document(facet_document(n));
    }
    db.commit();
    const std::vector<std::vector<FacetFilter>> filter_sets{
        {},
        {{&field("type"), {"Antrag"}}},
        {{&field("type"), {"antrag", "Anfrage"}}, {&field("year"), {"2020"}}},
        {{&field("gremium"), {"Bauausschuss"}}, {&field("year"), {"2020", "2021"}}},
    };
    const Xapian::Query query("even");
    for (std::size_t i = 0; i < filter_sets.size(); ++i) {
        SECTION("filter set " + std::to_string(i)) {
            const auto& filters = filter_sets[i];
            FacetSpy by_matcher(columns, counted_fields(), filters);
            Xapian::Enquire enquire(db);
            enquire.set_query(query);
            enquire.add_matchspy(&by_matcher);
            enquire.get_mset(0, 0, db.get_doccount());

            FacetSpy by_bitmap(columns, counted_fields(), filters);
            auto matches = match_bitmap(db, query);
            REQUIRE(matches);
            by_bitmap.add_all(*matches, db);
            CHECK(counts_of(by_bitmap) == counts_of(by_matcher));
            CHECK(by_matcher.matched() > 0);
        }
    }
}
