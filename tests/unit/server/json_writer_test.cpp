// The streaming JSON writer produces text a JSON parser reads back to the same values.
#include <catch2/catch.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "server/http/json_writer.h"

using ratsarchiv::server::JsonWriter;

TEST_CASE("JSON writer output parses back to the values written", "[server][json]") {
    const std::vector<std::string> strings{"plain",
                                           "",
                                           "quote \" and backslash \\",
                                           "line\nbreak\ttab\rcr",
                                           std::string("nul\0x", 5),
                                           "\x01\x1f control",
                                           "Straßenbahn – Ä/ö <mark>x</mark> & é",
                                           "slash / and unicode €"};
    for (const auto& s : strings) {
        JsonWriter w;
        w.begin_object();
        w.key("s");
        w.string(s);
        w.key("empty");
        w.string_or_null("");
        w.key("n");
        w.number(std::uint64_t{18446744073709551615ULL});
        w.key("d");
        w.number(0.125);
        w.key("list");
        w.begin_array();
        w.boolean(true);
        w.begin_object();
        w.end_object();
        w.null();
        w.end_array();
        w.end_object();
        Poco::JSON::Parser parser;
        auto o = parser.parse(w.text()).extract<Poco::JSON::Object::Ptr>();
        CHECK(o->getValue<std::string>("s") == s);
        CHECK(o->isNull("empty"));
        CHECK(o->getValue<std::uint64_t>("n") == 18446744073709551615ULL);
        CHECK(o->getValue<double>("d") == 0.125);
        auto list = o->getArray("list");
        REQUIRE(list->size() == 3);
        CHECK(list->getElement<bool>(0));
        CHECK(list->isNull(2));
    }
}
