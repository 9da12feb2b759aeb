// The leak test: an archive (tests/data/leak/) of public documents, non-public documents and a
// public document with non-public attachments and Beratungsfolge steps, each hidden part
// carrying unique canary words, numbers and committee names. The real server runs in-process on
// a free loopback port. As anonymous user, every route of the route table is asked about every
// canary (in the path, as every query parameter, typed exactly, as a prefix, misspelt, as a
// field filter, as a document id), and
//   - no response names a canary that was not in the request, nor a non-public document id;
//   - each response is the same, word for word, as the response to a made-up word of the same
//     shape (so not even a count, a facet row or a suggestion tells that the canary exists).
// As staff (bearer token), the same canaries are found.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include "indexer/indexing_run.h"
#include "schema/visibility.h"
#include "server/access/staff_authenticator.h"
#include "server/config/server_config.h"
#include "server/http/http_server.h"
#include "server/http/routes.h"
#include "support/temp_directory.h"

using namespace ratsarchiv;

namespace {

const std::string kToken = "leak-test-staff-token-7f3a";

// Words, committee names, people and numbers that occur only in non-public documents or in
// the non-public lines of a public document.
const std::vector<std::string> kWordCanaries{"Plumbrazon",   "Quorbaxit",   "Wexmutrolbeirat",
                                             "Trostelmark",  "Brindelkamm", "Vexillarkonvent",
                                             "Fimbulgrotte", "Sturnomelk"};
const std::vector<std::string> kNumberCanaries{"I0913/24", "77/2024", "VII/0999/24", "418.377"};
// Words of public documents: anonymous users must find these (the test is not vacuous).
const std::vector<std::string> kPublicWords{"Radverkehrsplanung", "Lichtsignalanlage",
                                            "Straßenbäume"};

struct Answer {
    int status = 0;
    std::string headers; ///< "name: value" lines, sorted, without Date
    std::string body;
};

// GET as anonymous, as staff (bearer token), or with extra request headers.
Answer http_get(std::uint16_t port, const std::string& target, bool staff,
                const std::map<std::string, std::string>& headers = {}) {
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, target,
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    if (staff) {
        request.set("Authorization", "Bearer " + kToken);
    }
    for (const auto& [name, value] : headers) {
        request.set(name, value);
    }
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    Answer answer;
    answer.status = static_cast<int>(response.getStatus());
    std::vector<std::string> lines;
    for (const auto& [name, value] : response) {
        if (Poco::icompare(name, "Date") != 0) {
            lines.push_back(name + ": " + value);
        }
    }
    std::sort(lines.begin(), lines.end());
    for (const auto& line : lines) {
        answer.headers += line + "\n";
    }
    Poco::StreamCopier::copyToString(in, answer.body);
    return answer;
}

std::string url_encode(const std::string& value) {
    std::string out;
    Poco::URI::encode(value, "!#$&'()*+,/:;=?@[]%\" <>", out);
    return out;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
    if (from.empty()) {
        return;
    }
    for (std::size_t at = s.find(from); at != std::string::npos;
         at = s.find(from, at + to.size())) {
        s.replace(at, from.size(), to);
    }
}

// One comparable form of a body: percent, HTML and JSON escapes undone (echoes of the request
// come in all three), timestamps masked, ASCII lower-cased.
std::string normalized(std::string body) {
    std::string decoded;
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '%' && i + 2 < body.size() && std::isxdigit(body[i + 1]) &&
            std::isxdigit(body[i + 2])) {
            decoded.push_back(static_cast<char>(std::stoi(body.substr(i + 1, 2), nullptr, 16)));
            i += 2;
        } else {
            decoded.push_back(body[i]);
        }
    }
    for (const auto& [from, to] :
         std::vector<std::pair<std::string, std::string>>{{"\\/", "/"},
                                                          {"\\\"", "\""},
                                                          {"&quot;", "\""},
                                                          {"&#39;", "'"},
                                                          {"&lt;", "<"},
                                                          {"&gt;", ">"},
                                                          {"&amp;", "&"}}) {
        replace_all(decoded, from, to);
    }
    static const std::regex kTimestamp(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^"<,]*)");
    return lower(std::regex_replace(decoded, kTimestamp, "TIMESTAMP"));
}

// The runs of letters and digits of `s` (what survives any escaping of an echo).
std::vector<std::string> alnum_runs(const std::string& s) {
    std::vector<std::string> runs;
    std::string run;
    for (char c : s + " ") {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            run.push_back(c);
        } else if (!run.empty()) {
            runs.push_back(lower(run));
            run.clear();
        }
    }
    return runs;
}

// True when `real` (the answer to `value`) and `other` (the answer to the made-up `fake`) are
// the same text except where they echo the request: walking both, they may differ only where
// `real` has a run of `value` and `other` the corresponding run of `fake`. (made_up() changes
// every letter and digit, so an echo is where the two first differ.)
bool same_but_echoes(const std::string& real, const std::string& other, const std::string& value,
                     const std::string& fake) {
    std::vector<std::string> value_runs = alnum_runs(value);
    std::vector<std::string> fake_runs = alnum_runs(fake);
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < real.size() && j < other.size()) {
        if (real[i] == other[j]) {
            ++i;
            ++j;
            continue;
        }
        bool echo = false;
        for (std::size_t k = 0; k < value_runs.size() && k < fake_runs.size() && !echo; ++k) {
            if (real.compare(i, value_runs[k].size(), value_runs[k]) == 0 &&
                other.compare(j, fake_runs[k].size(), fake_runs[k]) == 0) {
                i += value_runs[k].size();
                j += fake_runs[k].size();
                echo = true;
            }
        }
        if (!echo) {
            return false;
        }
    }
    return i == real.size() && j == other.size();
}

// A made-up string of the same shape: letters ROT13, digits rotated by 5, the rest kept.
std::string made_up(const std::string& s) {
    std::string out = s;
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>('a' + (c - 'a' + 13) % 26);
        } else if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>('A' + (c - 'A' + 13) % 26);
        } else if (c >= '0' && c <= '9') {
            c = static_cast<char>('0' + (c - '0' + 5) % 10);
        }
    }
    return out;
}

// A made-up document id of the same shape (hex digits shifted by 8).
std::string made_up_id(const std::string& id) {
    static const std::string kHex = "0123456789abcdef";
    std::string out = id;
    for (char& c : out) {
        std::size_t at = kHex.find(c);
        if (at != std::string::npos) {
            c = kHex[(at + 8) % 16];
        }
    }
    return out;
}

// How anonymous users might ask for a word canary.
std::vector<std::string> word_variants(const std::string& w) {
    std::string misspelt = w;
    std::swap(misspelt[2], misspelt[3]);
    return {w,
            lower(w),
            w.substr(0, 6) + "*",
            misspelt,
            w.substr(0, w.size() - 1),
            "\"" + w + "\"",
            "gremium:" + w,
            "unterzeichner:" + w};
}

// The index, the server and what the staff search says about the archive.
class LeakArchive {
public:
    LeakArchive() {
        std::string data = std::string(RATSARCHIV_SOURCE_DIR) + "/tests/data/leak";
        indexer::IndexingOptions options;
        options.db_path = dir_.file("db");
        options.paths = {data + "/archive"};
        options.policy = schema::load_visibility_policy(data + "/visibility.conf");
        options.threads = 1;
        auto summary = indexer::run_indexing(options, {});
        REQUIRE(summary.indexed == 7);

        server_ = start_server({});
        collect_ids();
    }

    /// Another server over the same index, with extra config settings.
    std::unique_ptr<server::HttpServer>
    start_server(const std::map<std::string, std::string>& settings) const {
        server::ServerConfig config;
        config.set("db.path", dir_.file("db"));
        config.set("server.port", "0");
        config.set("server.threads", "2");
        config.set("log.access", "false");
        config.set("access.token_hashes", server::hash_token(kToken));
        for (const auto& [key, value] : settings) {
            config.set(key, value);
        }
        return std::make_unique<server::HttpServer>(
            config, std::make_unique<server::StaffAuthenticator>(server::access_settings(config)));
    }

    std::uint16_t port() const { return server_->port(); }
    const std::set<std::string>& restricted_ids() const { return restricted_ids_; }
    const std::set<std::string>& all_ids() const { return all_ids_; }
    /// A public document with non-public parts (its id is fine to use in paths).
    const std::string& partly_public_id() const { return partly_public_id_; }

private:
    // Staff see every document; the ids of the non-public ones are canaries too.
    void collect_ids() {
        Answer all = http_get(port(), "/api/search?limit=100", true);
        REQUIRE(all.status == 200);
        Poco::JSON::Parser parser;
        auto json = parser.parse(all.body).extract<Poco::JSON::Object::Ptr>();
        auto hits = json->getArray("hits");
        for (std::size_t i = 0; i < hits->size(); ++i) {
            auto hit = hits->getObject(i);
            std::string id = hit->getValue<std::string>("id");
            all_ids_.insert(id);
            if (!hit->getValue<bool>("public")) {
                restricted_ids_.insert(id);
            } else if (http_get(port(), "/api/documents/" + id, true).body.find("Brindelkamm") !=
                       std::string::npos) {
                partly_public_id_ = id;
            }
        }
        REQUIRE(all_ids_.size() == 7);
        REQUIRE_FALSE(partly_public_id_.empty());
        REQUIRE(restricted_ids_.size() >= 3);
    }

    testing::TempDirectory dir_;
    std::unique_ptr<server::HttpServer> server_;
    std::set<std::string> restricted_ids_;
    std::set<std::string> all_ids_;
    std::string partly_public_id_;
};

// Every path of the route table with its {name} segments filled by `segment`.
std::string fill_pattern(const std::string& pattern, const std::string& segment) {
    static const std::regex kSegment(R"(\{[a-z_]+\})");
    return std::regex_replace(pattern, kSegment, segment);
}

// Asserts that an anonymous answer to a request carrying `sent` names no canary (nor a
// non-public id) that the request did not carry itself.
void check_names_nothing(const LeakArchive& archive, const std::string& target,
                         const std::string& sent, const Answer& answer) {
    std::string body = normalized(answer.headers + answer.body);
    std::string asked = normalized(sent);
    std::vector<std::string> canaries = kWordCanaries;
    canaries.insert(canaries.end(), kNumberCanaries.begin(), kNumberCanaries.end());
    canaries.insert(canaries.end(), archive.restricted_ids().begin(),
                    archive.restricted_ids().end());
    for (const auto& canary : canaries) {
        std::string c = normalized(canary);
        if (asked.find(c) == std::string::npos) {
            INFO("GET " << target << " answered " << answer.status << ": " << answer.body);
            CHECK(body.find(c) == std::string::npos);
        }
    }
}

// Asks `target_of(value)` for the canary form `value` and for a made-up `fake` of the same
// shape; the two answers must be identical once the fake is replaced by the canary.
void check_same_as_made_up(const LeakArchive& archive,
                           const std::function<std::string(const std::string&)>& target_of,
                           const std::string& value, const std::string& fake) {
    std::string target = target_of(value);
    Answer real = http_get(archive.port(), target, false);
    Answer other = http_get(archive.port(), target_of(fake), false);
    check_names_nothing(archive, target, value, real);

    INFO("GET " << target << " answered " << real.status << ": " << real.body);
    INFO("the made-up " << fake << " answered " << other.status << ": " << other.body);
    CHECK(real.status == other.status);
    CHECK(same_but_echoes(normalized(real.headers), normalized(other.headers), value, fake));
    CHECK(same_but_echoes(normalized(real.body), normalized(other.body), value, fake));
}

std::vector<std::pair<std::string, std::string>> canary_values(bool all_variants) {
    std::vector<std::pair<std::string, std::string>> values;
    for (const auto& w : kWordCanaries) {
        for (const auto& v : all_variants ? word_variants(w) : std::vector<std::string>{w}) {
            values.emplace_back(v, made_up(v));
        }
        if (all_variants) {
            // Next to a word of a public document: its hit, score, snippet and facets must not
            // change because of the canary.
            values.emplace_back("Radverkehrsplanung OR " + w,
                                "Radverkehrsplanung OR " + made_up(w));
        }
    }
    for (const auto& n : kNumberCanaries) {
        values.emplace_back(n, made_up(n));
        if (all_variants) {
            values.emplace_back("nummer:" + n, "nummer:" + made_up(n));
        }
    }
    return values;
}

} // namespace

TEST_CASE("anonymous users learn nothing of a canary from any route or parameter", "[leak]") {
    LeakArchive archive;
    for (const auto& route : server::routes()) {
        if (route.method != "GET") {
            continue;
        }
        std::string path = fill_pattern(route.pattern, archive.partly_public_id());
        for (const auto& parameter : route.parameters) {
            bool is_q = parameter == "q";
            for (const auto& [value, fake] : canary_values(is_q)) {
                check_same_as_made_up(
                    archive,
                    [&](const std::string& v) {
                        return path + "?" + parameter + "=" + url_encode(v);
                    },
                    value, fake);
            }
        }
        if (route.pattern.find('{') != std::string::npos) {
            for (const auto& [value, fake] : canary_values(false)) {
                check_same_as_made_up(
                    archive,
                    [&](const std::string& v) {
                        return fill_pattern(route.pattern, url_encode(v));
                    },
                    value, fake);
            }
        }
    }
}

TEST_CASE("a non-public document id answers exactly like an unknown id on every route", "[leak]") {
    LeakArchive archive;
    for (const auto& id : archive.restricted_ids()) {
        std::string fake = made_up_id(id);
        REQUIRE(archive.all_ids().count(fake) == 0);
        for (const auto& route : server::routes()) {
            if (route.method == "GET" && route.pattern.find('{') != std::string::npos) {
                check_same_as_made_up(
                    archive, [&](const std::string& v) { return fill_pattern(route.pattern, v); },
                    id, fake);
            }
        }
        check_same_as_made_up(
            archive, [](const std::string& v) { return "/api/documents/" + v + "/nothing"; }, id,
            fake);
    }
}

TEST_CASE("routes without a canary in the request name none either", "[leak]") {
    LeakArchive archive;
    std::vector<std::string> targets;
    for (const auto& route : server::routes()) {
        if (route.method == "GET") {
            targets.push_back(fill_pattern(route.pattern, archive.partly_public_id()));
        }
    }
    // The partly public document, its related documents and who cites the public Stellungnahme
    // cited by a non-public document; counts and figures last, after all other requests.
    for (const auto& id : archive.all_ids()) {
        if (archive.restricted_ids().count(id) == 0) {
            targets.push_back("/api/documents/" + id);
            targets.push_back("/api/documents/" + id + "/related");
        }
    }
    targets.push_back("/api/search?q=Stellungnahme&limit=100");
    targets.push_back("/api/search?limit=100&sort=date_desc");
    targets.push_back("/api/search?q=Radverkehrsplanung");
    targets.push_back("/api/suggest?q=S00");
    targets.push_back("/api/suggest?q=I09");
    targets.push_back("/metrics");
    for (const auto& target : targets) {
        Answer answer = http_get(archive.port(), target, false);
        check_names_nothing(archive, target, "", answer);
    }
    Answer health = http_get(archive.port(), "/api/health", false);
    CHECK(health.body.find("\"documents\":4") != std::string::npos);
    Answer metrics = http_get(archive.port(), "/metrics", false);
    CHECK(metrics.body.find("ratsarchiv_index_documents 4\n") != std::string::npos);
}

TEST_CASE("anonymous users find public documents, staff find every canary", "[leak]") {
    LeakArchive archive;
    auto total = [&](const std::string& q, bool staff) {
        Answer a = http_get(archive.port(), "/api/search?q=" + url_encode(q), staff);
        REQUIRE(a.status == 200);
        Poco::JSON::Parser parser;
        return parser.parse(a.body).extract<Poco::JSON::Object::Ptr>()->getValue<int>("total");
    };
    for (const auto& word : kPublicWords) {
        INFO(word);
        CHECK(total(word, false) >= 1);
    }
    for (const auto& canary : kWordCanaries) {
        INFO(canary);
        CHECK(total(canary, true) >= 1);
        CHECK(total(canary, false) == 0);
    }
    for (const auto& canary : {"I0913/24", "VII/0999/24"}) {
        INFO(canary);
        CHECK(total(canary, true) >= 1);
    }
    for (const auto& id : archive.restricted_ids()) {
        Answer staff = http_get(archive.port(), "/api/documents/" + id, true);
        CHECK(staff.status == 200);
        CHECK(staff.headers.find("Cache-Control: private, no-store") != std::string::npos);
        CHECK(staff.body.find("\"visibility\":\"restricted\"") != std::string::npos);
    }
    // The non-public I0913/24 cites the public S0077/24: staff see it among "cited by".
    bool cited_by_seen = false;
    for (const auto& id : archive.all_ids()) {
        if (archive.restricted_ids().count(id) == 0) {
            Answer doc = http_get(archive.port(), "/api/documents/" + id, true);
            cited_by_seen |= normalized(doc.body).find("i0913/24") != std::string::npos;
        }
    }
    CHECK(cited_by_seen);
    Answer partly = http_get(archive.port(), "/api/documents/" + archive.partly_public_id(), true);
    CHECK(partly.body.find("Vexillarkonvent") != std::string::npos);
    CHECK(partly.body.find("\"visibility\":\"partly_restricted\"") != std::string::npos);
}

TEST_CASE("a staff header counts only when it comes from the configured proxy", "[leak]") {
    LeakArchive archive;
    auto total = [](std::uint16_t port, const std::map<std::string, std::string>& headers) {
        Answer a = http_get(port, "/api/search?q=Plumbrazon", false, headers);
        REQUIRE(a.status == 200);
        Poco::JSON::Parser parser;
        return parser.parse(a.body).extract<Poco::JSON::Object::Ptr>()->getValue<int>("total");
    };
    const std::map<std::string, std::string> from_proxy{{"X-Staff-User", "alice"}};
    auto trusted = archive.start_server(
        {{"access.proxy_header", "X-Staff-User"}, {"access.proxy_addresses", "127.0.0.1"}});
    CHECK(total(trusted->port(), from_proxy) == 1);
    CHECK(total(trusted->port(), {}) == 0);
    CHECK(total(trusted->port(), {{"X-Staff-User", ""}}) == 0);
    auto elsewhere = archive.start_server(
        {{"access.proxy_header", "X-Staff-User"}, {"access.proxy_addresses", "192.0.2.7"}});
    CHECK(total(elsewhere->port(), from_proxy) == 0);
    CHECK(total(archive.port(), from_proxy) == 0);
    CHECK(total(archive.port(), {{"Authorization", "Bearer " + kToken + "0"}}) == 0);
}
