// OParl lists and objects over a small archive of council files: pagination and its edges,
// the time filters, bad parameters (HTTP 400 in OParl's error form, naming the parameter),
// deleted papers after a re-index that removes a file or makes it non-public, stable ids across
// builds, CORS, the text files' bytes, and absolute URLs from the base URL or the Host.
#include <catch2/catch.hpp>

#include <ctime>
#include <filesystem>
#include <set>

#include <Poco/JSON/Array.h>
#include <xapian.h>

#include "integration/oparl/oparl_servers.h"
#include "schema/document_identity.h"
#include "schema/index_layout.h"
#include "schema/removed_documents.h"
#include "server/oparl/oparl_time.h"
#include "support/test_index.h"

using namespace ratsarchiv;
using namespace ratsarchiv::testing;
namespace fs = std::filesystem;

namespace {

constexpr int kFiles = 7;
const std::string kPapers = "/oparl/v1.1/body/stadt-testhausen/paper";

// An archive of kFiles Vorlagen of the body "Stadt Testhausen", each with a Beratungsfolge.
void write_archive(const std::string& root) {
    write_file(fs::path(root) / "ratsarchiv.properties", "body = Stadt Testhausen\n");
    for (int i = 1; i <= kFiles; ++i) {
        const std::string number = "V" + std::to_string(100 + i) + "/24";
        write_file(fs::path(root) / ("vorlage_" + std::to_string(i) + ".txt"),
                   council_file(number, "Thema Nummer " + std::to_string(i),
                                "Beratungsfolge\nBauausschuss 12.03.2024 öffentlich Vorberatung\n"
                                "Gemeinderat 21.03.2024 öffentlich Entscheidung\n\nText " +
                                    std::to_string(i) + " der Vorlage."));
    }
}

std::vector<std::string> ids_of(const Poco::JSON::Object::Ptr& page) {
    std::vector<std::string> ids;
    auto data = page->getArray("data");
    for (std::size_t i = 0; i < data->size(); ++i) {
        ids.push_back(data->getObject(unsigned(i))->getValue<std::string>("id"));
    }
    return ids;
}

std::string path_of(const std::string& url) {
    return url.substr(url.find("/oparl/"));
}

std::int64_t seconds_of(const Poco::JSON::Object::Ptr& object, const std::string& key) {
    return server::oparl::parse_date_time(key, object->getValue<std::string>(key));
}

struct Archive {
    Archive() {
        write_archive(dir.file("archive"));
        oparl::index_with_rules(dir.file("db"), {dir.file("archive")});
        server = oparl::oparl_server(dir.file("db"), {{"oparl.page_size", "5"}});
    }
    void reindex() { oparl::index_with_rules(dir.file("db"), {dir.file("archive")}); }

    TempDirectory dir;
    std::unique_ptr<TestServer> server;
};

} // namespace

TEST_CASE("OParl lists page through all papers in a stable order", "[oparl]") {
    Archive archive;
    auto first = archive.server->get_json(kPapers + "?limit=3");
    auto pagination = first->getObject("pagination");
    CHECK(pagination->getValue<int>("totalElements") == kFiles);
    CHECK(pagination->getValue<int>("elementsPerPage") == 3);
    CHECK(pagination->getValue<int>("currentPage") == 1);
    CHECK(pagination->getValue<int>("totalPages") == 3);
    auto links = first->getObject("links");
    CHECK_FALSE(links->has("prev"));
    CHECK(path_of(links->getValue<std::string>("first")) == kPapers + "?limit=3");
    CHECK(path_of(links->getValue<std::string>("last")) == kPapers + "?limit=3&page=3");

    std::vector<std::string> walked;
    Poco::JSON::Object::Ptr page = first;
    std::vector<std::size_t> sizes;
    while (true) {
        auto ids = ids_of(page);
        sizes.push_back(ids.size());
        walked.insert(walked.end(), ids.begin(), ids.end());
        auto page_links = page->getObject("links");
        if (!page_links->has("next")) {
            break;
        }
        page = archive.server->get_json(path_of(page_links->getValue<std::string>("next")));
    }
    CHECK(sizes == std::vector<std::size_t>{3, 3, 1});
    CHECK(std::is_sorted(walked.begin(), walked.end()));
    CHECK(std::set<std::string>(walked.begin(), walked.end()).size() == kFiles);
    CHECK(page->getObject("links")->has("prev"));

    SECTION("the server's page size caps the client's limit") {
        auto capped = archive.server->get_json(kPapers + "?limit=500");
        CHECK(capped->getObject("pagination")->getValue<int>("elementsPerPage") == 5);
        CHECK(ids_of(capped).size() == 5);
        CHECK(ids_of(archive.server->get_json(kPapers)).size() == 5);
    }
    SECTION("a page past the end is empty and points back") {
        auto past = archive.server->get_json(kPapers + "?limit=3&page=9");
        CHECK(ids_of(past).empty());
        CHECK_FALSE(past->getObject("links")->has("next"));
        CHECK(path_of(past->getObject("links")->getValue<std::string>("prev")) ==
              kPapers + "?limit=3&page=3");
    }
    SECTION("ids are the same when the archive is built again") {
        TempDirectory other;
        oparl::index_with_rules(other.file("db"), {archive.dir.file("archive")});
        auto again = oparl::oparl_server(other.file("db"), {{"oparl.page_size", "5"}});
        for (const std::string& list :
             std::vector<std::string>{kPapers + "?limit=5", kPapers + "?limit=5&page=2",
                                      "/oparl/v1.1/body/stadt-testhausen/meeting",
                                      "/oparl/v1.1/body/stadt-testhausen/organization"}) {
            INFO(list);
            auto a = ids_of(archive.server->get_json(list));
            auto b = ids_of(again->get_json(list));
            for (auto& id : b) { // the other server's port
                id = id.substr(id.find("/oparl/"));
            }
            for (auto& id : a) {
                id = id.substr(id.find("/oparl/"));
            }
            CHECK_FALSE(a.empty());
            CHECK(a == b);
        }
    }
}

TEST_CASE("OParl list filters select by created and modified, bounds included", "[oparl]") {
    Archive archive;
    auto all = archive.server->get_json(kPapers + "?limit=5")->getArray("data");
    auto paper = all->getObject(0);
    const std::int64_t created = seconds_of(paper, "created");
    const std::int64_t modified = seconds_of(paper, "modified");
    auto count = [&](const std::string& query) {
        return archive.server->get_json(kPapers + "?" + query)
            ->getObject("pagination")
            ->getValue<int>("totalElements");
    };
    auto at = [](std::int64_t seconds) {
        return url_encode(server::oparl::format_date_time(seconds));
    };
    CHECK(count("created_since=" + at(created)) == kFiles);
    CHECK(count("created_until=" + at(created - 1)) == 0);
    CHECK(count("created_since=" + at(created + 1)) == 0);
    CHECK(count("modified_until=" + at(modified)) == kFiles);
    CHECK(count("modified_since=" + at(modified + 1)) == 0);
    CHECK(count("modified_since=" + at(modified) + "&modified_until=" + at(modified)) == kFiles);
    // The same instant in another zone.
    const std::string local = server::oparl::format_date_time(created + 3600);
    CHECK(count("created_since=" + url_encode(local.substr(0, 19) + "+01:00")) == kFiles);
    CHECK(count("created_since=" + url_encode(local.substr(0, 19) + "+00:59")) == 0);
    // The filters stay in every link, in one canonical order.
    auto page = archive.server->get_json(kPapers + "?modified_until=" + at(modified) +
                                         "&limit=2&created_since=" + at(created));
    const std::string next = page->getObject("links")->getValue<std::string>("next");
    CHECK(path_of(next) == kPapers + "?created_since=" + at(created) + "&limit=2" +
                               "&modified_until=" + at(modified) + "&page=2");
    CHECK(archive.server->get_json(path_of(next))->getArray("data")->size() == 2);
}

TEST_CASE("bad OParl parameters answer 400 in OParl's error form naming the parameter", "[oparl]") {
    Archive archive;
    const std::vector<std::pair<std::string, std::string>> cases{
        {"limit=0", "limit"},
        {"limit=ten", "limit"},
        {"page=0", "page"},
        {"page=-1", "page"},
        {"created_since=2024-01-01", "created_since"},
        {"created_until=2024-01-01T00:00:00", "created_until"},
        {"modified_since=2024-13-01T00:00:00Z", "modified_since"},
        {"modified_until=2024-02-30T10:00:00+01:00", "modified_until"},
        {"omit_internal=maybe", "omit_internal"},
        {"sort=id", "sort"},
        {"limit=1&limit=2", "limit"},
    };
    for (const auto& [query, parameter] : cases) {
        INFO(query);
        HttpAnswer answer = archive.server->get(kPapers + "?" + query);
        CHECK(answer.status == 400);
        CHECK(answer.headers["Access-Control-Allow-Origin"] == "*");
        auto error = answer.json();
        CHECK(error->getValue<std::string>("type") == "https://schema.oparl.org/1.1/Error");
        CHECK(error->getValue<std::string>("message").find("`" + parameter + "`") !=
              std::string::npos);
        CHECK(error->getValue<std::string>("ratsarchiv:parameter") == parameter);
        CHECK(error->getValue<std::string>("debug").find(parameter) != std::string::npos);
    }
    HttpAnswer missing = archive.server->get("/oparl/v1.1/paper/0123456789abcdef");
    CHECK(missing.status == 404);
    CHECK(missing.json()->getValue<std::string>("type") == "https://schema.oparl.org/1.1/Error");
    CHECK(archive.server->get("/oparl/v1.1/nothing").status == 404);
    CHECK(archive.server->get("/oparl/v1.1/body/stadt-anderswo/paper").status == 404);
}

TEST_CASE("papers removed by a re-index are listed as deleted with modified_since", "[oparl]") {
    Archive archive;
    const std::string gone_id = schema::document_id("archive", "vorlage_3.txt");
    const std::string hidden_id = schema::document_id("archive", "vorlage_5.txt");
    auto before = archive.server->get_json("/oparl/v1.1/paper/" + gone_id);
    const std::int64_t since = seconds_of(before, "modified");
    fs::remove(archive.dir.file("archive/vorlage_3.txt"));
    write_file(archive.dir.file("archive/vorlage_5.txt.visibility"), "restricted\n");
    archive.reindex();

    // Deleted: id, type and created kept, modified the time of removal.
    auto gone = archive.server->get_json("/oparl/v1.1/paper/" + gone_id);
    CHECK(gone->getValue<bool>("deleted"));
    CHECK(gone->getValue<std::string>("created") == before->getValue<std::string>("created"));
    CHECK(seconds_of(gone, "modified") >= since);
    CHECK_FALSE(gone->has("name"));
    auto file = archive.server->get_json("/oparl/v1.1/file/" + gone_id);
    CHECK(file->getValue<bool>("deleted"));
    CHECK(archive.server->get("/oparl/v1.1/file/" + gone_id + "/access").status == 410);
    CHECK(archive.server->get_json("/oparl/v1.1/consultation/" + gone_id + "-1")
              ->getValue<bool>("deleted"));

    // Without modified_since deleted papers are not listed; with it they are, by id.
    auto plain = archive.server->get_json(kPapers + "?limit=5");
    CHECK(plain->getObject("pagination")->getValue<int>("totalElements") == kFiles - 2);
    const std::string all_since = url_encode(server::oparl::format_date_time(since - 100000));
    std::set<std::string> deleted;
    std::size_t listed = 0;
    std::string next = kPapers + "?limit=2&modified_since=" + all_since;
    while (!next.empty()) {
        auto page = archive.server->get_json(next);
        CHECK(page->getObject("pagination")->getValue<int>("totalElements") == kFiles);
        auto data = page->getArray("data");
        for (std::size_t i = 0; i < data->size(); ++i) {
            auto paper = data->getObject(unsigned(i));
            ++listed;
            if (paper->optValue("deleted", false)) {
                deleted.insert(paper->getValue<std::string>("id"));
            }
        }
        auto links = page->getObject("links");
        next = links->has("next") ? path_of(links->getValue<std::string>("next")) : "";
    }
    CHECK(listed == kFiles);
    CHECK(deleted.size() == 2);

    // Made non-public: deleted for anonymous users, there for staff.
    CHECK(archive.server->get_json("/oparl/v1.1/paper/" + hidden_id)->getValue<bool>("deleted"));
    HttpAnswer staff =
        http_get(archive.server->port(), "/oparl/v1.1/paper/" + hidden_id, oparl::staff_headers());
    REQUIRE(staff.status == 200);
    CHECK_FALSE(staff.json()->has("deleted"));
    CHECK(staff.json()->getArray("keyword")->getElement<std::string>(0) == "nichtöffentlich");
    HttpAnswer staff_gone =
        http_get(archive.server->port(), "/oparl/v1.1/paper/" + gone_id, oparl::staff_headers());
    CHECK(staff_gone.json()->getValue<bool>("deleted"));

    SECTION("a file that comes back is no longer deleted") {
        write_archive(archive.dir.file("archive"));
        fs::remove(archive.dir.file("archive/vorlage_5.txt.visibility"));
        archive.reindex();
        auto back = archive.server->get_json("/oparl/v1.1/paper/" + gone_id);
        CHECK_FALSE(back->has("deleted"));
        CHECK(back->getValue<std::string>("name") == "Thema Nummer 3");
        CHECK(archive.server->get_json(kPapers + "?modified_since=" + all_since)
                  ->getObject("pagination")
                  ->getValue<int>("totalElements") == kFiles);
    }
}

TEST_CASE("OParl answers carry CORS and absolute URLs from the base URL or the Host", "[oparl]") {
    Archive archive;
    for (const std::string& path : std::vector<std::string>{"/oparl/v1.1/", "/oparl/v1.1/system",
                                                            "/oparl/v1.1/body", kPapers}) {
        HttpAnswer answer = archive.server->get(path);
        INFO(path);
        CHECK(answer.status == 200);
        CHECK(answer.headers["Access-Control-Allow-Origin"] == "*");
    }
    CHECK(archive.server->get("/api/health").headers.count("Access-Control-Allow-Origin") == 0);
    HttpAnswer moved = http_get(archive.server->port(), "/oparl/v1.1", {{"Host", "rat.test"}});
    CHECK(moved.status == 301);
    CHECK(moved.headers["Location"] == "http://rat.test/oparl/v1.1/");

    auto by_host = http_get(archive.server->port(), "/oparl/v1.1/", {{"Host", "rat.test:8123"}});
    CHECK(by_host.json()->getValue<std::string>("id") == "http://rat.test:8123/oparl/v1.1/");
    CHECK(by_host.json()->getValue<std::string>("body") == "http://rat.test:8123/oparl/v1.1/body");
    auto odd_host = http_get(archive.server->port(), "/oparl/v1.1/", {{"Host", "a\"b<c>"}});
    CHECK(odd_host.json()->getValue<std::string>("id").rfind("http://127.0.0.1:", 0) == 0);

    auto behind_proxy = oparl::oparl_server(archive.dir.file("db"),
                                            {{"oparl.base_url", "https://rat.example.org/"}});
    auto page = behind_proxy->get_json(kPapers);
    auto paper = page->getArray("data")->getObject(0);
    CHECK(paper->getValue<std::string>("id").rfind("https://rat.example.org/oparl/v1.1/paper/",
                                                   0) == 0);
    CHECK(page->getObject("links")->getValue<std::string>("first") ==
          "https://rat.example.org" + kPapers);
    CHECK_THROWS(
        oparl::oparl_server(archive.dir.file("db"), {{"oparl.base_url", "rat.example.org"}}));
}

TEST_CASE("an OParl File serves the text it describes", "[oparl]") {
    Archive archive;
    const std::string id = schema::document_id("archive", "vorlage_2.txt");
    auto file = archive.server->get_json("/oparl/v1.1/file/" + id);
    CHECK(file->getValue<std::string>("mimeType") == "text/plain");
    CHECK(file->getValue<std::string>("fileName") == "vorlage_2.txt");
    CHECK(file->getArray("paper")->getElement<std::string>(0).ends_with("/oparl/v1.1/paper/" + id));
    HttpAnswer access = archive.server->get(path_of(file->getValue<std::string>("accessUrl")));
    CHECK(access.status == 200);
    CHECK(access.content_type.rfind("text/plain", 0) == 0);
    CHECK(access.headers.count("Content-Disposition") == 0);
    CHECK(access.body == file->getValue<std::string>("text"));
    CHECK(access.body.size() == file->getValue<std::size_t>("size"));
    CHECK(schema::content_hash(access.body) == file->getValue<std::string>("sha1Checksum"));
    CHECK(access.body.find("Text 2 der Vorlage.") != std::string::npos);
    HttpAnswer download = archive.server->get(path_of(file->getValue<std::string>("downloadUrl")));
    CHECK(download.body == access.body);
    CHECK(download.headers["Content-Disposition"] == "attachment; filename=\"vorlage_2.txt\"");

    // The paper embeds the same File and its Beratungsfolge as Consultations with their
    // committees and sessions.
    auto paper = archive.server->get_json("/oparl/v1.1/paper/" + id);
    CHECK(paper->getObject("mainFile")->getValue<std::string>("sha1Checksum") ==
          file->getValue<std::string>("sha1Checksum"));
    auto consultations = paper->getArray("consultation");
    REQUIRE(consultations->size() == 2);
    auto decision = consultations->getObject(1);
    CHECK(decision->getValue<std::string>("role") == "Entscheidung");
    CHECK(decision->getValue<bool>("authoritative"));
    auto meeting = archive.server->get_json(path_of(decision->getValue<std::string>("meeting")));
    CHECK(meeting->getValue<std::string>("ratsarchiv:date") == "2024-03-21");
    auto organization = archive.server->get_json(
        path_of(decision->getArray("organization")->getElement<std::string>(0)));
    CHECK(organization->getValue<std::string>("name") == "Gemeinderat");
    CHECK(meeting->getArray("organization")->getElement<std::string>(0) ==
          organization->getValue<std::string>("id"));
}

TEST_CASE("removed papers are shown as deleted for oparl.deleted_days only", "[oparl]") {
    Archive archive;
    const std::string id = schema::document_id("archive", "vorlage_4.txt");
    fs::remove(archive.dir.file("archive/vorlage_4.txt"));
    archive.reindex();
    {
        // The removal record dated back two days, as if the file had gone then.
        Xapian::WritableDatabase part(schema::public_part(archive.dir.file("db")));
        const std::string key = schema::removed_key(id);
        auto record = schema::parse_removal(key, part.get_metadata(key));
        REQUIRE(record);
        const std::int64_t two_days_ago = std::time(nullptr) - 2 * 86400;
        part.set_metadata(key, std::to_string(two_days_ago) + " " +
                                   std::to_string(record->created_at) + " " + record->body_term);
        part.commit();
    }
    const std::string since = url_encode(server::oparl::format_date_time(0));
    for (const auto& [days, shown] :
         std::vector<std::pair<std::string, bool>>{{"0", false}, {"1", false}, {"3", true}}) {
        INFO("oparl.deleted_days = " << days);
        auto server = oparl::oparl_server(archive.dir.file("db"), {{"oparl.deleted_days", days}});
        CHECK(server->get("/oparl/v1.1/paper/" + id).status == (shown ? 200 : 404));
        CHECK(server->get_json(kPapers + "?modified_since=" + since)
                  ->getObject("pagination")
                  ->getValue<int>("totalElements") == kFiles - (shown ? 0 : 1));
    }
}
