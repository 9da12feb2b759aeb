// The journalist endpoints against the real server over the fixture archive: the Atom feed
// parses as Atom (newest first), CSV and JSON exports hold exactly the search's result set, and
// anonymous feeds and exports never contain a non-public document (staff's do). Also the page
// and its assets are served, and nothing outside the web root is.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NodeList.h>
#include <Poco/JSON/Array.h>
#include <Poco/SAX/InputSource.h>

#include "support/server_fixture.h"

using namespace ratsarchiv;
using namespace ratsarchiv::testing;

namespace {

constexpr const char* kAtomNs = "http://www.w3.org/2005/Atom";

// Staff when the request carries X-Test-Staff (the real token check has its own tests).
class HeaderAuthenticator : public server::Authenticator {
public:
    server::Audience authenticate(const Poco::Net::HTTPServerRequest& request) const override {
        return server::Audience{request.has("X-Test-Staff")};
    }
};

struct Entry {
    std::string id, title, updated, published, link;
};

std::string child_text(Poco::XML::Element* parent, const std::string& name) {
    Poco::XML::Element* el = parent->getChildElementNS(kAtomNs, name);
    return el == nullptr ? std::string() : el->innerText();
}

// Parses an Atom feed (throws on malformed XML) and returns its entries.
std::vector<Entry> parse_atom(const std::string& xml) {
    Poco::XML::DOMParser parser;
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
    std::istringstream in(xml);
    Poco::XML::InputSource source(in);
    Poco::AutoPtr<Poco::XML::Document> doc = parser.parse(&source);
    Poco::XML::Element* feed = doc->documentElement();
    REQUIRE(feed->localName() == "feed");
    REQUIRE(feed->namespaceURI() == kAtomNs);
    CHECK_FALSE(child_text(feed, "id").empty());
    CHECK_FALSE(child_text(feed, "title").empty());
    CHECK_FALSE(child_text(feed, "updated").empty());
    std::vector<Entry> entries;
    Poco::AutoPtr<Poco::XML::NodeList> list = feed->getElementsByTagNameNS(kAtomNs, "entry");
    for (unsigned long i = 0; i < list->length(); ++i) {
        auto* e = static_cast<Poco::XML::Element*>(list->item(i));
        Poco::XML::Element* link = e->getChildElementNS(kAtomNs, "link");
        entries.push_back({child_text(e, "id"), child_text(e, "title"), child_text(e, "updated"),
                           child_text(e, "published"),
                           link == nullptr ? std::string() : link->getAttribute("href")});
    }
    return entries;
}

// Data records of an RFC 4180 CSV text (after the header), each as its fields.
std::vector<std::vector<std::string>> csv_records(std::string text) {
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) {
        text.erase(0, 3);
    }
    std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted && c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
            records.back().back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == ',') {
            records.back().emplace_back();
        } else if (!quoted && c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            records.emplace_back(1);
            ++i;
        } else {
            records.back().back() += c;
        }
    }
    if (records.back().size() == 1 && records.back().front().empty()) {
        records.pop_back();
    }
    REQUIRE_FALSE(records.empty());
    CHECK(records.front().front() == "id");
    records.erase(records.begin());
    return records;
}

std::set<std::string> search_ids(const TestServer& server, const std::string& query) {
    std::set<std::string> ids;
    auto answer = server.get_json("/api/search?limit=100&" + query);
    auto hits = answer->getArray("hits");
    for (std::size_t i = 0; i < hits->size(); ++i) {
        ids.insert(hits->getObject(i)->getValue<std::string>("id"));
    }
    REQUIRE(ids.size() == answer->getValue<std::size_t>("total"));
    return ids;
}

std::vector<std::string> non_public_ids(const ServerFixture& fx) {
    std::vector<std::string> ids;
    for (const auto& d : fx.docs) {
        if (d.is_public == false) {
            ids.push_back(d.id);
        }
    }
    REQUIRE_FALSE(ids.empty());
    return ids;
}

} // namespace

TEST_CASE("CSV and JSON exports hold exactly the search's result set", "[web][integration]") {
    ServerFixture fx;
    const std::string query =
        GENERATE(as<std::string>{}, "", "q=Digitalisierung", "gremium=Stadtrat",
                 "q=Digitalisierung&gremium=Stadtrat", "year=2021&year=2022&sort=date_asc",
                 "q=Quaxel", "from=2022-01-01&to=2022-12-31");
    INFO(query);
    const std::set<std::string> expected = search_ids(fx.server, query);

    // page and limit of the page are ignored: an export is the whole result set.
    HttpAnswer csv = fx.server.get("/api/export.csv?page=2&limit=1&" + query);
    REQUIRE(csv.status == 200);
    CHECK(csv.content_type.rfind("text/csv", 0) == 0);
    std::set<std::string> csv_ids;
    for (const auto& record : csv_records(csv.body)) {
        REQUIRE(record.size() == 11);
        CHECK(record.back() == "true");
        csv_ids.insert(record.front());
    }
    CHECK(csv_ids == expected);

    auto json = fx.server.get_json("/api/export.json?" + query);
    CHECK(json->getValue<std::size_t>("total") == expected.size());
    CHECK_FALSE(json->getValue<bool>("truncated"));
    auto hits = json->getArray("hits");
    std::set<std::string> json_ids;
    for (std::size_t i = 0; i < hits->size(); ++i) {
        json_ids.insert(hits->getObject(i)->getValue<std::string>("id"));
    }
    CHECK(json_ids == expected);
}

TEST_CASE("exports stop at web.export_limit and say they were cut", "[web][integration]") {
    TempDir dir;
    write_server_fixture_index(dir.file("db"));
    TestServer server(dir.file("db"), {{"web.export_limit", "3"}});
    const auto total = server.get_json("/api/search")->getValue<std::size_t>("total");
    REQUIRE(total > 3);
    CHECK(csv_records(server.get("/api/export.csv").body).size() == 3);
    auto json = server.get_json("/api/export.json");
    CHECK(json->getValue<std::size_t>("total") == total);
    CHECK(json->getValue<std::size_t>("exported") == 3);
    CHECK(json->getValue<bool>("truncated"));
    CHECK(json->getArray("hits")->size() == 3);
}

TEST_CASE("the Atom feed of a search parses as Atom, newest first, one entry per match",
          "[web][integration]") {
    ServerFixture fx;
    const std::string query = GENERATE(as<std::string>{}, "q=Digitalisierung", "gremium=Stadtrat");
    INFO(query);
    const std::set<std::string> expected = search_ids(fx.server, query);
    HttpAnswer feed = fx.server.get("/feed.atom?" + query);
    REQUIRE(feed.status == 200);
    CHECK(feed.content_type.rfind("application/atom+xml", 0) == 0);
    std::vector<Entry> entries = parse_atom(feed.body);
    REQUIRE(entries.size() == expected.size());
    std::set<std::string> ids;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        CHECK_FALSE(entries[i].title.empty());
        CHECK_FALSE(entries[i].updated.empty());
        CHECK(entries[i].link == entries[i].id);
        ids.insert(entries[i].id.substr(entries[i].id.rfind('/') + 1));
        if (i > 0) {
            CHECK(entries[i - 1].published >= entries[i].published);
        }
    }
    CHECK(ids == expected);
}

TEST_CASE("anonymous feeds and exports never contain a non-public document; staff's do",
          "[web][integration][visibility]") {
    TempDir dir;
    auto docs = write_server_fixture_index(dir.file("db"));
    TestServer server(dir.file("db"), {}, std::make_unique<HeaderAuthenticator>());
    std::vector<std::string> hidden;
    for (const auto& d : docs) {
        if (d.is_public == false) {
            hidden.push_back(d.id);
        }
    }
    REQUIRE_FALSE(hidden.empty());
    // The canary words of the non-public fixture document, as query, filter and plain request.
    const std::string query =
        GENERATE(as<std::string>{}, "", "q=Quaxel", "q=Zauberwaldweg",
                 "gremium=Vergabeausschuss%20Quaxel", "year=2023", "q=Grundst%C3%BCcksverkauf");
    INFO(query);
    for (const char* endpoint : {"/feed.atom?", "/api/export.csv?", "/api/export.json?"}) {
        HttpAnswer anonymous = server.get(std::string(endpoint) + query);
        REQUIRE(anonymous.status == 200);
        // A feed names its own search (title, id) with what the user typed; only its entries
        // come from the index.
        std::string from_index = anonymous.body;
        if (std::string_view(endpoint) == "/feed.atom?") {
            const auto first = from_index.find("<entry>");
            from_index = first == std::string::npos ? std::string() : from_index.substr(first);
        }
        CHECK(from_index.find("Quaxel") == std::string::npos);
        CHECK(from_index.find("Zauberwaldweg") == std::string::npos);
        for (const auto& id : hidden) {
            CHECK(from_index.find(id) == std::string::npos);
        }
    }
    HttpAnswer staff = http_get(server.port(), "/api/export.csv?" + query, {{"X-Test-Staff", "1"}});
    REQUIRE(staff.status == 200);
    if (query.empty() || query.find("Zauberwaldweg") != std::string::npos ||
        query.find("gremium=") != std::string::npos) {
        // The non-public row is there and marked (last column "public").
        bool marked = false;
        for (const auto& record : csv_records(staff.body)) {
            marked = marked || (record.front() == hidden.front() && record.back() == "false");
        }
        CHECK(marked);
    }
}

TEST_CASE("the page and its assets are served, nothing outside the web root is",
          "[web][integration]") {
    ServerFixture fx;
    auto [path, status, type] = GENERATE(table<std::string, int, std::string>({
        {"/", 200, "text/html"},
        {"/?q=Digitalisierung&gremium=Stadtrat", 200, "text/html"},
        {"/static/app.js", 200, "text/javascript"},
        {"/static/app.css", 200, "text/css"},
        {"/static/..%2F..%2FCMakeLists.txt", 404, ""},
        {"/static/missing.js", 404, ""},
    }));
    INFO(path);
    HttpAnswer answer = fx.server.get(path);
    CHECK(answer.status == status);
    if (status == 200) {
        CHECK(answer.content_type.rfind(type, 0) == 0);
        CHECK_FALSE(answer.body.empty());
    }
    HttpAnswer document = fx.server.get("/dokument/" + fx.id_of("A0105/22"));
    CHECK(document.status == 200);
    CHECK(document.body.find("<!DOCTYPE html>") == 0);
}
