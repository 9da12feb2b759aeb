// Every OParl object and list page the server emits for a test archive validates against the
// OParl 1.1 schemas (../shared/oparl-1.1/schema, checked by tests/oparl/validate_oparl.py):
// everything a harvest reaches, for anonymous users and for staff, and the objects only
// reachable by id (a File and a Consultation alone, a deleted Paper, its deleted File).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <Poco/JSON/Parser.h>

#include "integration/oparl/oparl_servers.h"

using namespace ratsarchiv;
using namespace ratsarchiv::testing;
namespace fs = std::filesystem;

namespace {

std::string read_report(const std::string& path) {
    std::ifstream in(path);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// GETs `url` (absolute, on `server`) and writes its body to dir/<type>/<name>.json.
void fetch_into(const TestServer& server, const std::string& url, const std::string& dir,
                const std::string& type, const std::string& name, bool staff) {
    const std::string path = url.substr(url.find("/oparl/"));
    HttpAnswer answer = http_get(
        server.port(), path, staff ? oparl::staff_headers() : std::map<std::string, std::string>{});
    INFO("GET " << path << ": " << answer.body.substr(0, 300));
    REQUIRE(answer.status == 200);
    write_file(fs::path(dir) / type / (name + ".json"), answer.body);
}

// The standalone forms of the File and the Consultations of every harvested paper.
void fetch_standalone_objects(const TestServer& server, const std::string& dir, bool staff) {
    int n = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(dir) / "Paper")) {
        std::ifstream in(entry.path());
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        Poco::JSON::Parser parser;
        auto paper = parser.parse(text).extract<Poco::JSON::Object::Ptr>();
        if (auto file = paper->getObject("mainFile")) {
            fetch_into(server, file->getValue<std::string>("id"), dir, "File",
                       "f" + std::to_string(++n), staff);
        }
        if (auto consultations = paper->getArray("consultation")) {
            for (std::size_t i = 0; i < consultations->size(); ++i) {
                fetch_into(server,
                           consultations->getObject(unsigned(i))->getValue<std::string>("id"), dir,
                           "Consultation", "c" + std::to_string(++n), staff);
            }
        }
    }
}

} // namespace

TEST_CASE("every OParl object and list page validates against the OParl 1.1 schemas", "[oparl]") {
    TempDirectory dir;
    fs::copy(oparl::leak_archive() + "/archive", dir.file("archive"), fs::copy_options::recursive);
    fs::copy(source_dir() / "corpus/magdeburg", dir.file("archive/magdeburg"),
             fs::copy_options::recursive | fs::copy_options::skip_existing);
    oparl::index_with_rules(dir.file("db"), {dir.file("archive")});
    auto server = oparl::oparl_server(dir.file("db"));

    for (const bool staff : {false, true}) {
        const std::string out = dir.file(staff ? "staff" : "anonymous");
        const auto summary = oparl::harvest(*server, out, staff);
        REQUIRE(summary.objects.at("Paper") > 20);
        REQUIRE(summary.objects.at("Organization") > 5);
        REQUIRE(summary.objects.at("Meeting") > 5);
        fetch_standalone_objects(*server, out, staff);
        INFO((staff ? "staff" : "anonymous") << ": " << read_report(out + ".report"));
        CHECK(oparl::schemas_accept(out, out + ".report"));
    }

    SECTION("deleted objects validate too") {
        const std::string removed = "archive/magdeburg/2024/F0012-24.txt";
        fs::remove(dir.file(removed));
        oparl::index_with_rules(dir.file("db"), {dir.file("archive")});
        const std::string out = dir.file("deleted");
        const std::string since = url_encode("2000-01-01T00:00:00+00:00");
        HttpAnswer list = server->get(
            "/oparl/v1.1/body/landeshauptstadt-magdeburg/paper?modified_since=" + since +
            "&limit=1000");
        REQUIRE(list.status == 200);
        write_file(fs::path(out) / "lists/Paper/1.json", list.body);
        auto data = list.json()->getArray("data");
        int deleted = 0;
        for (std::size_t i = 0; i < data->size(); ++i) {
            auto paper = data->getObject(unsigned(i));
            if (paper->optValue("deleted", false)) {
                ++deleted;
                const std::string id = paper->getValue<std::string>("id");
                fetch_into(*server, id, out, "Paper", "deleted", false);
                const std::string file_id =
                    id.substr(0, id.rfind("/paper/")) + "/file/" + id.substr(id.rfind('/') + 1);
                fetch_into(*server, file_id, out, "File", "deleted", false);
                fetch_into(*server,
                           id.substr(0, id.rfind("/paper/")) + "/consultation/" +
                               id.substr(id.rfind('/') + 1) + "-1",
                           out, "Consultation", "deleted", false);
            }
        }
        REQUIRE(deleted == 1);
        INFO(read_report(out + ".report"));
        CHECK(oparl::schemas_accept(out, out + ".report"));
    }
}

TEST_CASE("the OParl schema check rejects what the schemas forbid", "[oparl]") {
    TempDirectory dir;
    // A Paper with a date that is no date, a File without its required accessUrl, a null, a
    // property no schema defines, and a list page whose next link is missing.
    write_file(dir.path() / "Paper/bad.json",
               R"({"id": "http://a.test/p/1", "type": "https://schema.oparl.org/1.1/Paper",
                   "date": "2020", "mainFile": {"id": "http://a.test/f/1",
                   "type": "https://schema.oparl.org/1.1/File"}, "name": null, "color": "red"})");
    write_file(dir.path() / "lists/Body/1.json",
               R"({"data": [], "pagination": {"currentPage": 1, "totalPages": 2}, "links": {}})");
    CHECK_FALSE(oparl::schemas_accept(dir.path().string(), dir.file("report")));
    const std::string report = read_report(dir.file("report"));
    CHECK(report.find("'2020' is not a 'date'") != std::string::npos);
    CHECK(report.find("'accessUrl' is a required property") != std::string::npos);
    CHECK(report.find("name: null") != std::string::npos);
    CHECK(report.find("'color' is not in the schema") != std::string::npos);
    CHECK(report.find("without links.next") != std::string::npos);
}
