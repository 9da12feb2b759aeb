// Non-interference: non-public documents must not change any anonymous answer. The leak-test
// archive (tests/data/leak/) is indexed twice, as it is and without the files of its non-public
// documents; a server runs over each, and every anonymous request of a generated set (every GET
// route of the route table; the words of the hidden documents, their prefixes and typos, their
// committees and numbers, as query, as every parameter and as id, alone and mixed with public
// words) must get the same status, headers and body from both, byte for byte once timings are
// masked. Word statistics, the all/any fallback, spelling, completion, ranking, counts, facets,
// related documents, feeds and index figures are all covered by that one comparison.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>

#include "indexer/indexing_run.h"
#include "schema/visibility.h"
#include "server/access/staff_authenticator.h"
#include "server/config/server_config.h"
#include "server/http/http_server.h"
#include "server/http/routes.h"
#include "support/temp_directory.h"
#include "support/test_server.h"

using namespace ratsarchiv;
namespace fs = std::filesystem;

namespace {

// The files of the archive's non-public documents (by sidecar, by operator rule, by their own
// status line). The public document with non-public parts stays in both archives.
const std::vector<std::string> kHiddenFiles{
    "bremerhaven/Vorlage_77_2024.txt", "bremerhaven/Vorlage_77_2024.txt.visibility",
    "magdeburg/I0913_24_information.txt", "personal/VII_0999_24_stellenbesetzung.txt"};
const std::vector<std::string> kPublicWords{"Radverkehrsplanung", "Lichtsignalanlage",
                                            "Stellungnahme", "Straßenbäume"};

std::string source_dir() {
    return std::string(RATSARCHIV_SOURCE_DIR) + "/tests/data/leak";
}

struct Answer {
    int status = 0;
    std::string text; ///< sorted headers without Date, then the body
};

Answer anonymous_get(std::uint16_t port, const std::string& target) {
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, target,
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    request.setHost("ratsarchiv.test"); // both servers build the same absolute URLs
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    std::vector<std::string> lines;
    for (const auto& [name, value] : response) {
        if (Poco::icompare(name, "Date") != 0) {
            lines.push_back(name + ": " + value);
        }
    }
    std::sort(lines.begin(), lines.end());
    Answer answer;
    answer.status = static_cast<int>(response.getStatus());
    for (const auto& line : lines) {
        answer.text += line + "\n";
    }
    std::string body;
    Poco::StreamCopier::copyToString(in, body);
    answer.text += body;
    return answer;
}

// Timings only: clock times, uptime, index age and request durations, and the Content-Length
// (it follows from the body, which is compared, but masked timings may differ in length).
std::string without_timings(const std::string& text) {
    static const std::regex kLength(R"((^|\n)Content-Length: \d+)");
    static const std::regex kClock(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?)");
    static const std::regex kUptime(R"#("(uptime_seconds|age_seconds)":[0-9.e+-]+)#");
    static const std::regex kMetric(
        R"(\n(ratsarchiv_request_duration_seconds[^ ]*|ratsarchiv_index_age_seconds|ratsarchiv_uptime_seconds) [^\n]*)");
    std::string out = std::regex_replace(text, kLength, "$1Content-Length: N");
    out = std::regex_replace(out, kClock, "TIME");
    out = std::regex_replace(out, kUptime, "\"$1\":T");
    return std::regex_replace(out, kMetric, "\n$1 T");
}

// The words (letters only, 4 or more) of the hidden files: their own words and the words they
// share with public documents, which is where statistics would tell.
std::vector<std::string> hidden_words() {
    std::set<std::string> words;
    static const std::regex kWord(R"([A-Za-zÄÖÜäöüß]{4,})");
    for (const auto& file : kHiddenFiles) {
        std::ifstream in(source_dir() + "/archive/" + file);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        for (std::sregex_iterator it(text.begin(), text.end(), kWord), end; it != end; ++it) {
            words.insert(it->str());
        }
    }
    return {words.begin(), words.end()};
}

// Query forms of a hidden word: exact, lower-case, prefix, wildcard, typo, phrase with a public
// word, all/any with a public word, as field filter.
std::vector<std::string> variants(const std::string& w) {
    std::string typo = w;
    std::swap(typo[1], typo[2]);
    std::string lower = Poco::toLower(w);
    return {w,
            lower,
            w.substr(0, 4),
            w.substr(0, 4) + "*",
            typo,
            "Radverkehrsplanung " + w,
            "Stellungnahme OR " + w,
            "\"" + w + " Verwaltung\"",
            "gremium:" + w,
            "unterzeichner:" + w};
}

// An index of `archive` with the leak archive's visibility rules, one thread (so documents get
// the same document ids in both builds).
void build(const std::string& archive, const std::string& db) {
    indexer::IndexingOptions options;
    options.db_path = db;
    options.paths = {archive};
    options.policy = schema::load_visibility_policy(source_dir() + "/visibility.conf");
    options.threads = 1;
    indexer::run_indexing(options, {});
}

std::unique_ptr<server::HttpServer> serve(const std::string& db) {
    server::ServerConfig config;
    config.set("db.path", db);
    config.set("server.port", "0");
    config.set("server.threads", "2");
    config.set("log.access", "false");
    config.set("access.token_hashes", server::hash_token("non-interference-token"));
    return std::make_unique<server::HttpServer>(
        config, std::make_unique<server::StaffAuthenticator>(server::access_settings(config)));
}

std::string fill(const std::string& pattern, const std::string& segment) {
    static const std::regex kSegment(R"(\{[a-z_]+\})");
    return std::regex_replace(pattern, kSegment, segment);
}

// Every anonymous request of the generated set.
std::vector<std::string> requests(const std::vector<std::string>& public_ids) {
    std::vector<std::string> values;
    for (const auto& w : hidden_words()) {
        for (auto& v : variants(w)) {
            values.push_back(std::move(v));
        }
    }
    for (const auto& n : {"I0913/24", "77/2024", "VII/0999/24", "418.377", "2024", "I09"}) {
        values.emplace_back(n);
        values.push_back(std::string("nummer:") + n);
        values.push_back(std::string("Stellungnahme ") + n);
    }
    values.insert(values.end(), kPublicWords.begin(), kPublicWords.end());

    std::vector<std::string> targets;
    std::vector<std::string> ids = public_ids;
    ids.push_back("0123456789abcdef0123456789abcdef");
    for (const auto& route : server::routes()) {
        if (route.method != "GET") {
            continue;
        }
        const bool has_id = route.pattern.find('{') != std::string::npos;
        std::vector<std::string> paths;
        for (const auto& id : has_id ? ids : std::vector<std::string>{""}) {
            paths.push_back(fill(route.pattern, id));
        }
        for (const auto& path : paths) {
            targets.push_back(path);
            for (const auto& parameter : route.parameters) {
                // Every value as q; a few as every other parameter (they are validated, not
                // searched, so a few forms show whether they consult the index).
                const std::size_t count =
                    parameter == "q" ? values.size() : std::min<std::size_t>(values.size(), 12);
                for (std::size_t i = 0; i < count; ++i) {
                    targets.push_back(path + "?" + parameter + "=" +
                                      testing::url_encode(values[i]));
                }
            }
        }
    }
    for (const auto& w : kPublicWords) {
        for (const auto& extra : {"&facets=gremium,year,type,amt,session_year&facet_size=50",
                                  "&sort=date_desc&limit=100", "&snippets=3", "&limit=1&page=2"}) {
            targets.push_back("/api/search?q=" + testing::url_encode(w) + extra);
        }
    }
    targets.push_back("/api/search?limit=100&facets=gremium,year,type,amt,body,session_year");
    targets.push_back("/api/facets?facets=gremium,year,type,amt,body,session_year&facet_size=100");
    targets.push_back("/api/health");
    targets.push_back("/metrics"); // last: it counts the requests before it, equal on both
    return targets;
}

} // namespace

TEST_CASE("non-public documents change no anonymous answer on any route", "[leak]") {
    testing::TempDirectory dir;
    const std::string without = dir.file("without/archive");
    fs::create_directories(without);
    fs::copy(source_dir() + "/archive", without, fs::copy_options::recursive);
    for (const auto& file : kHiddenFiles) {
        REQUIRE(fs::remove(without + "/" + file));
    }
    build(source_dir() + "/archive", dir.file("db-with"));
    build(without, dir.file("db-without"));
    auto with_hidden = serve(dir.file("db-with"));
    auto without_hidden = serve(dir.file("db-without"));

    // The public ids, from the anonymous search of the archive without hidden documents.
    std::vector<std::string> public_ids;
    static const std::regex kId(R"#("id":"([0-9a-f]{8,})")#");
    anonymous_get(with_hidden->port(), "/api/search?limit=100"); // both count the same requests
    std::string all = anonymous_get(without_hidden->port(), "/api/search?limit=100").text;
    for (std::sregex_iterator it(all.begin(), all.end(), kId), end; it != end; ++it) {
        public_ids.push_back((*it)[1]);
    }
    REQUIRE(public_ids.size() == 4);

    std::size_t compared = 0;
    std::size_t differing = 0;
    for (const auto& target : requests(public_ids)) {
        Answer a = anonymous_get(with_hidden->port(), target);
        Answer b = anonymous_get(without_hidden->port(), target);
        ++compared;
        if (a.status != b.status || without_timings(a.text) != without_timings(b.text)) {
            ++differing;
            if (differing <= 20) {
                INFO("GET " << target);
                CHECK(a.status == b.status);
                CHECK(without_timings(a.text) == without_timings(b.text));
            }
        }
    }
    INFO(compared << " requests compared, " << differing << " differ");
    CHECK(differing == 0);
    CHECK(compared > 2000);
    WARN("non-interference: " << compared << " anonymous requests compared, " << differing
                              << " differ");
}
