// OParl date-times: the archive's unix seconds written as OParl asks, and the list filters'
// ISO 8601 values read strictly (a whole date-time with zone, or a 400 naming the parameter).
#include <catch2/catch.hpp>

#include "schema/errors.h"
#include "server/oparl/object_ids.h"
#include "server/oparl/oparl_time.h"

using namespace ratsarchiv::server::oparl;

TEST_CASE("OParl date-times are written in UTC with an explicit zone", "[oparl]") {
    CHECK(format_date_time(0) == "1970-01-01T00:00:00+00:00");
    CHECK(format_date_time(951782400) == "2000-02-29T00:00:00+00:00");
    CHECK(format_date_time(1733580000) == "2024-12-07T14:00:00+00:00");
}

TEST_CASE("list filters read ISO 8601 date-times with a zone", "[oparl]") {
    auto [text, seconds] = GENERATE(table<std::string, long long>({
        {"2014-01-01T00:00:00+01:00", 1388530800},
        {"2014-01-01T00:00:00+0100", 1388530800},
        {"2013-12-31T23:00:00Z", 1388530800},
        {"2013-12-31T23:00:00.750Z", 1388530800},
        {"2013-12-31T18:00:00-05:00", 1388530800},
        {"2024-02-29T12:30:15+00:00", 1709209815},
    }));
    INFO(text);
    CHECK(parse_date_time("created_since", text) == seconds);
    CHECK(parse_date_time("created_since", format_date_time(seconds)) == seconds);
}

TEST_CASE("list filters refuse what is not a whole date-time with zone", "[oparl]") {
    auto text = GENERATE(as<std::string>{}, "", "2014-01-01", "2014-01-01T00:00:00",
                         "2014-01-01 00:00:00+01:00", "2014-13-01T00:00:00Z",
                         "2023-02-29T00:00:00Z", "2014-01-01T24:00:00Z", "2014-01-01T00:00:00+1",
                         "2014-01-01T00:00:00+01:00x", "14-01-01T00:00:00Z", "heute");
    INFO(text);
    try {
        parse_date_time("modified_since", text);
        FAIL("accepted");
    } catch (const ratsarchiv::BadParameter& e) {
        CHECK(e.parameter() == "modified_since");
    }
}

TEST_CASE("OParl ids of bodies and consultations", "[oparl]") {
    CHECK(body_id("Stadt Karlsruhe") == "stadt-karlsruhe");
    CHECK(body_id("Landeshauptstadt  Düsseldorf") == "landeshauptstadt-duesseldorf");
    CHECK(body_id("Gemeinde Groß-Gerau") == "gemeinde-gross-gerau");
    CHECK(body_id("!!!").rfind("body-", 0) == 0);
    CHECK(consultation_id("0123abcd", 0) == "0123abcd-1");
    auto parsed = parse_consultation_id("0123abcd-12");
    REQUIRE(parsed);
    CHECK(parsed->first == "0123abcd");
    CHECK(parsed->second == 11);
    for (const char* bad : {"0123abcd", "0123abcd-0", "0123abcd-01", "-3", "0123abcd-x"}) {
        INFO(bad);
        CHECK_FALSE(parse_consultation_id(bad));
    }
    // A Gremium and an Amt of the same name are two organizations; case does not matter.
    CHECK(organization_id(OrganizationKind::Gremium, "Stadt X", "Bauausschuss") ==
          organization_id(OrganizationKind::Gremium, "Stadt X", "bauausschuss"));
    CHECK(organization_id(OrganizationKind::Gremium, "Stadt X", "Bauamt") !=
          organization_id(OrganizationKind::Amt, "Stadt X", "Bauamt"));
}
