// Unit tests of the journalist formats (Atom feed, CSV, JSON export) and of the static file
// mapping of the web page.
#include <catch2/catch.hpp>

#include <sstream>

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NodeList.h>
#include <Poco/JSON/Parser.h>
#include <Poco/SAX/InputSource.h>

#include "server/web/atom_feed.h"
#include "server/web/export_formats.h"
#include "server/web/static_files.h"
#include "support/temp_directory.h"

using namespace ratsarchiv::server::web;

namespace {

ResultSet sample_set() {
    ResultSet set;
    set.total = 3;
    set.rows.push_back({"a1",
                        "ka/1.txt",
                        "2022/1004/1",
                        "Vorlage",
                        "2022-05-03",
                        "Schulen \"digital\", Teil <1> & mehr",
                        "Stadt Karlsruhe",
                        "Schulamt",
                        {"Gemeinderat", "Schulausschuss"},
                        "die <mark>Schulen</mark> &amp; Kitas"});
    set.rows.push_back(
        {"b2", "md/2.txt", "S0254/22", "Stellungnahme", "", "=HYPERLINK(\"x\")", "", "", {}, ""});
    set.rows.push_back(
        {"c3", "md/3.txt", "A0105/22", "Antrag", "2021-01-01", "Zeile 1\nZeile 2", "", "", {}, ""});
    return set;
}

Poco::AutoPtr<Poco::XML::Document> parse_xml(const std::string& xml) {
    Poco::XML::DOMParser parser;
    std::istringstream in(xml);
    Poco::XML::InputSource source(in);
    return parser.parse(&source);
}

// Splits RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks) into records.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                records.back().back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                records.back().back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            records.back().emplace_back();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            records.emplace_back(1);
            ++i;
        } else {
            records.back().back() += c;
        }
    }
    if (records.back().size() == 1 && records.back().front().empty()) {
        records.pop_back();
    }
    return records;
}

} // namespace

TEST_CASE("xml_escape escapes markup and drops bytes XML cannot hold", "[web]") {
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"a < b & c > \"d\"", "a &lt; b &amp; c &gt; &quot;d&quot;"},
        {"Gr\xC3\xBC\xC3\x9F"
         "e",
         "Gr\xC3\xBC\xC3\x9F"
         "e"},
        {std::string("bell\x07\x01tab\tnl\n", 14), "belltab\tnl\n"},
        {"broken \xFF\xC3 utf8", "broken  utf8"},
    }));
    CHECK(xml_escape(input) == expected);
}

TEST_CASE("snippet_text removes mark tags and decodes entities", "[web]") {
    CHECK(snippet_text("die <mark>Schulen</mark> &amp; &lt;Kitas&gt; &quot;x&quot;") ==
          "die Schulen & <Kitas> \"x\"");
}

TEST_CASE("csv_field quotes separators and defuses spreadsheet formulas", "[web]") {
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"plain", "plain"},
        {"a,b", "\"a,b\""},
        {"say \"hi\"", "\"say \"\"hi\"\"\""},
        {"two\nlines", "\"two\nlines\""},
        {"=SUM(A1)", "'=SUM(A1)"},
        {"+49 721", "'+49 721"},
        {"@cmd", "'@cmd"},
        {"-x", "'-x"},
        {"-5", "-5"},
        {"", ""},
    }));
    CHECK(csv_field(input) == expected);
}

TEST_CASE("CSV export has a header and one record per row, fields intact", "[web]") {
    const std::string csv = render_csv(sample_set(), "http://h:1");
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    auto records = parse_csv(csv.substr(3));
    REQUIRE(records.size() == 4);
    CHECK(records[0].front() == "id");
    CHECK(records[0].size() == std::size(kCsvColumns));
    for (const auto& record : records) {
        CHECK(record.size() == std::size(kCsvColumns));
    }
    CHECK(records[1][4] == "Schulen \"digital\", Teil <1> & mehr");
    CHECK(records[1][7] == "Gemeinderat; Schulausschuss");
    CHECK(records[1][9] == "http://h:1/dokument/a1");
    CHECK(records[2][4] == "'=HYPERLINK(\"x\")");
    CHECK(records[3][4] == "Zeile 1\nZeile 2");
    CHECK(records[1][10] == "true");
}

TEST_CASE("JSON export parses and reports total, exported and truncation", "[web]") {
    ResultSet set = sample_set();
    set.total = 10;
    set.truncated = true;
    Poco::JSON::Parser parser;
    auto root = parser.parse(render_json(set, "http://h:1")).extract<Poco::JSON::Object::Ptr>();
    CHECK(root->getValue<long long>("total") == 10);
    CHECK(root->getValue<long long>("exported") == 3);
    CHECK(root->getValue<bool>("truncated"));
    auto hits = root->getArray("hits");
    REQUIRE(hits->size() == 3);
    CHECK(hits->getObject(0)->getValue<std::string>("thema") ==
          "Schulen \"digital\", Teil <1> & mehr");
    CHECK(hits->getObject(1)->isNull("date"));
    CHECK(hits->getObject(0)->getArray("gremien")->size() == 2);
}

TEST_CASE("Atom feed is well-formed XML with one entry per row in order", "[web]") {
    FeedInfo info{"Ratsarchiv: Schulen & Kitas", "http://h:1/feed.atom?q=Schulen&year=2022",
                  "http://h:1/?q=Schulen", "http://h:1", "2026-01-01T00:00:00Z"};
    auto doc = parse_xml(render_atom_feed(info, sample_set()));
    Poco::XML::Element* feed = doc->documentElement();
    REQUIRE(feed->localName() == "feed");
    CHECK(feed->namespaceURI() == "http://www.w3.org/2005/Atom");
    CHECK(feed->getChildElement("title")->innerText() == "Ratsarchiv: Schulen & Kitas");
    CHECK(feed->getChildElement("id")->innerText() == info.self_url);
    CHECK(feed->getChildElement("updated")->innerText() == "2022-05-03T00:00:00Z");
    Poco::AutoPtr<Poco::XML::NodeList> entries = feed->getElementsByTagName("entry");
    REQUIRE(entries->length() == 3);
    auto* first = static_cast<Poco::XML::Element*>(entries->item(0));
    CHECK(first->getChildElement("id")->innerText() == "http://h:1/dokument/a1");
    CHECK(first->getChildElement("title")->innerText() ==
          "2022/1004/1: Schulen \"digital\", Teil <1> & mehr");
    CHECK(first->getChildElement("summary")->innerText().find("die Schulen & Kitas") !=
          std::string::npos);
    auto* second = static_cast<Poco::XML::Element*>(entries->item(1));
    CHECK(second->getChildElement("updated")->innerText() == info.updated_default);
}

TEST_CASE("staff feeds and exports mark non-public rows", "[web]") {
    ResultSet set = sample_set();
    set.rows[1].is_public = false;
    FeedInfo info{"t", "http://h:1/feed.atom", "http://h:1/", "http://h:1", "2026-01-01T00:00:00Z"};
    auto doc = parse_xml(render_atom_feed(info, set));
    Poco::AutoPtr<Poco::XML::NodeList> entries =
        doc->documentElement()->getElementsByTagName("entry");
    REQUIRE(entries->length() == 3);
    auto title = [&](unsigned long i) {
        return static_cast<Poco::XML::Element*>(entries->item(i))
            ->getChildElement("title")
            ->innerText();
    };
    CHECK(title(1).rfind("[nicht öffentlich] ", 0) == 0);
    CHECK(title(0).find("nicht öffentlich") == std::string::npos);
    Poco::JSON::Parser parser;
    auto hits = parser.parse(render_json(set, "http://h:1"))
                    .extract<Poco::JSON::Object::Ptr>()
                    ->getArray("hits");
    CHECK(hits->getObject(0)->getValue<bool>("public"));
    CHECK_FALSE(hits->getObject(1)->getValue<bool>("public"));
}

TEST_CASE("static paths map to files of the web root and nothing outside it", "[web]") {
    ratsarchiv::testing::TempDirectory dir;
    const auto web_root = dir.path() / "root";
    ratsarchiv::testing::write_file(web_root / "index.html", "<!DOCTYPE html>");
    ratsarchiv::testing::write_file(web_root / "app.js", "//");
    ratsarchiv::testing::write_file(web_root / "secret.conf", "x");
    ratsarchiv::testing::write_file(dir.path() / "outside.js", "x");
    const std::string root = web_root.string();

    auto [path, file] = GENERATE(table<std::string, std::string>({
        {"/", "index.html"},
        {"/dokument/0123abcd", "index.html"},
        {"/static/app.js", "app.js"},
        {"/static/../outside.js", ""},
        {"/static/..%2Foutside.js", ""},
        {"/static/secret.conf", ""},
        {"/static/.hidden.js", ""},
        {"/static/missing.js", ""},
        {"/dokument/a/b", ""},
        {"/etc/passwd", ""},
    }));
    auto found = resolve_static(root, path);
    if (file.empty()) {
        CHECK_FALSE(found.has_value());
    } else {
        REQUIRE(found.has_value());
        CHECK(std::filesystem::path(found->path).filename() == file);
    }
}

TEST_CASE("the compiled-in web root holds the page and its assets", "[web]") {
    for (const char* path : {"/", "/static/app.js", "/static/app.css", "/static/favicon.svg"}) {
        auto found = resolve_static(default_web_root(), path);
        INFO(path);
        REQUIRE(found.has_value());
        CHECK(std::filesystem::file_size(found->path) > 0);
    }
}
