// Facet columns read from the keyword terms' posting lists (for shards over xapian-tcpsrv) hold
// the same values for every document as those read from the value streams, on the shipped
// corpus indexed by the real indexer, for both parts of the index as one database.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/fields.h"
#include "server/search/facet_columns.h"
#include "support/temp_directory.h"
#include "support/test_index.h"

using namespace ratsarchiv;
using namespace ratsarchiv::server;

namespace {
// The sorted display values of `did` in `column`.
std::vector<std::string> values_of(const FacetColumn& column, Xapian::docid did) {
    std::vector<std::string> out;
    for (auto i = column.start[did]; i < column.start[did + 1]; ++i) {
        out.push_back(column.values[column.ids[i]]);
    }
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

TEST_CASE("facet columns from keyword terms equal those from value streams", "[search][facets]") {
    testing::TempDirectory dir;
    const std::string index = (dir.path() / "index").string();
    REQUIRE(testing::index_council_files(index, {std::string(RATSARCHIV_SOURCE_DIR) + "/corpus"}) >
            40);
    Xapian::Database db(index); // the stub: both parts, docids interleaved
    const FacetColumns from_values(db);
    const FacetColumns from_terms(db, true);
    REQUIRE(from_terms.last_docid() == db.get_lastdocid());
    std::size_t compared = 0;
    for (const auto& field : schema::kFields) {
        if (!field.facet || field.slot == schema::kNoSlot) {
            continue;
        }
        const FacetColumn* a = from_values.column(field);
        const FacetColumn* b = from_terms.column(field);
        REQUIRE(a != nullptr);
        REQUIRE(b != nullptr);
        for (Xapian::docid did = 1; did <= db.get_lastdocid(); ++did) {
            INFO(field.name << " of docid " << did);
            CHECK(values_of(*b, did) == values_of(*a, did));
            compared += values_of(*a, did).size();
        }
    }
    CHECK(compared > 200); // the fields are filled, not compared empty
}
