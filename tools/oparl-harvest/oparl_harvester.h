// An OParl 1.1 client that harvests a server as OParl clients do: from the System object it
// follows only the links the server gives (the body list, each body's lists, every page's
// `next`), and writes every object it gets into a directory, one JSON file per object:
//
//   <out>/<Type>/<safe-id>.json     Type from the object's type URL (Body, Paper, ...); a Paper
//                                   with its embedded File (text included) and Consultations
//   <out>/lists/<Type>/<n>.json     with keep_pages, every list page as it came (for checks)
//
// <safe-id> is the id URL without scheme and host, every character but letters, digits, '.',
// '-' and '_' written as '_' (cut, with 16 hex digits of its SHA-1, when longer than 150
// bytes). Used by tools/oparl-harvest and tests/integration/oparl/.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>

#include <Poco/DigestEngine.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/SHA1Engine.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

namespace ratsarchiv::tools {

/// What to harvest and how.
struct HarvestOptions {
    std::string system_url;  ///< the entry point, e.g. http://127.0.0.1:8080/oparl/v1.1/
    std::string out;         ///< directory to write into ("" writes nothing)
    std::string bearer;      ///< staff token, sent as Authorization: Bearer
    bool keep_pages = false; ///< also write every list page to <out>/lists/<Type>/
    /// An update: only what changed since this ISO 8601 date-time, deleted objects included
    /// (each body's lists get modified_since; the body list itself is walked whole).
    std::string modified_since;
};

/// What a harvest found.
struct HarvestSummary {
    std::map<std::string, std::uint64_t> objects; ///< by type, each id counted once
    std::map<std::string, std::uint64_t> pages;   ///< list pages fetched, by type of their data
    std::uint64_t requests = 0;
    std::uint64_t bytes = 0;
    std::uint64_t duplicates = 0; ///< objects met again under an id already seen
    std::uint64_t deleted = 0;
    double seconds = 0;
    /// The id URLs met, by type (for tests: which papers were reached).
    std::map<std::string, std::set<std::string>> ids;
};

/// The file name of an object id URL (see the header comment).
inline std::string safe_id(const std::string& id_url) {
    Poco::URI uri(id_url);
    std::string rest = uri.getPathEtc();
    std::string out;
    for (char c : rest.substr(rest.empty() || rest[0] != '/' ? 0 : 1)) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
        out += plain ? c : '_';
    }
    if (out.size() > 150) {
        Poco::SHA1Engine sha1;
        sha1.update(id_url);
        out =
            out.substr(0, 130) + "-" + Poco::DigestEngine::digestToHex(sha1.digest()).substr(0, 16);
    }
    return out.empty() ? "_" : out;
}

/// Walks an OParl server from its System object.
class OParlHarvester {
public:
    explicit OParlHarvester(HarvestOptions options) : options_(std::move(options)) {}

    HarvestSummary run() {
        const auto start = std::chrono::steady_clock::now();
        Poco::JSON::Object::Ptr system = fetch(options_.system_url);
        keep(system);
        if (system->has("body")) {
            walk_list(system->getValue<std::string>("body"), "Body");
        }
        for (const auto& body : bodies_) {
            for (const auto& [key, type] : kBodyLists) {
                if (body->has(key) && body->get(key).isString()) {
                    walk_list(with_filter(body->getValue<std::string>(key)), type);
                }
            }
        }
        summary_.seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return summary_;
    }

private:
    static constexpr std::pair<const char*, const char*> kBodyLists[] = {
        {"organization", "Organization"},
        {"person", "Person"},
        {"meeting", "Meeting"},
        {"paper", "Paper"}};

    // The first page of a list with the update's filter (chapter 2.5: the client appends it;
    // the server keeps it in the links).
    std::string with_filter(const std::string& url) const {
        if (options_.modified_since.empty()) {
            return url;
        }
        std::string value;
        Poco::URI::encode(options_.modified_since, "!#$&'()*+,/:;=?@[]%", value);
        return url + (url.find('?') == std::string::npos ? "?" : "&") + "modified_since=" + value;
    }

    // Every page of the list at `url`, through `links.next` until there is none.
    void walk_list(std::string url, const std::string& type) {
        std::set<std::string> visited;
        while (!url.empty() && visited.insert(url).second) {
            Poco::JSON::Object::Ptr page = fetch(url);
            const std::uint64_t number = ++summary_.pages[type];
            if (options_.keep_pages) {
                write(page, "lists/" + type, std::to_string(number));
            }
            if (auto data = page->getArray("data")) {
                for (std::size_t i = 0; i < data->size(); ++i) {
                    keep(data->getObject(static_cast<unsigned>(i)));
                }
            }
            auto links = page->getObject("links");
            url = links && links->has("next") ? links->getValue<std::string>("next") : "";
        }
    }

    void keep(const Poco::JSON::Object::Ptr& object) {
        if (!object || !object->has("id") || !object->has("type")) {
            throw std::runtime_error("an object without id or type");
        }
        const std::string id = object->getValue<std::string>("id");
        std::string type = object->getValue<std::string>("type");
        type = type.substr(type.rfind('/') + 1);
        if (!summary_.ids[type].insert(id).second) {
            ++summary_.duplicates;
            return;
        }
        ++summary_.objects[type];
        if (object->optValue("deleted", false)) {
            ++summary_.deleted;
        } else if (type == "Body") {
            bodies_.push_back(object);
        }
        write(object, type, safe_id(id));
    }

    void write(const Poco::JSON::Object::Ptr& object, const std::string& directory,
               const std::string& name) const {
        if (options_.out.empty()) {
            return;
        }
        const std::filesystem::path dir = std::filesystem::path(options_.out) / directory;
        std::filesystem::create_directories(dir);
        std::ofstream out(dir / (name + ".json"), std::ios::trunc);
        object->stringify(out);
        if (!out) {
            throw std::runtime_error("cannot write " + (dir / name).string());
        }
    }

    Poco::JSON::Object::Ptr fetch(const std::string& url) {
        Poco::URI uri(url);
        if (uri.getScheme() != "http") {
            throw std::runtime_error(url + ": only http:// URLs are harvested");
        }
        if (!session_ || session_->getHost() != uri.getHost() ||
            session_->getPort() != uri.getPort()) {
            session_ = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
            session_->setKeepAlive(true);
            session_->setTimeout(Poco::Timespan(120, 0));
        }
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, uri.getPathAndQuery(),
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        request.setKeepAlive(true);
        if (!options_.bearer.empty()) {
            request.set("Authorization", "Bearer " + options_.bearer);
        }
        session_->sendRequest(request);
        Poco::Net::HTTPResponse response;
        std::istream& in = session_->receiveResponse(response);
        std::string body;
        Poco::StreamCopier::copyToString(in, body);
        ++summary_.requests;
        summary_.bytes += body.size();
        if (response.getStatus() != Poco::Net::HTTPResponse::HTTP_OK) {
            throw std::runtime_error(url + ": HTTP " + std::to_string(int(response.getStatus())) +
                                     " " + body.substr(0, 300));
        }
        Poco::JSON::Parser parser;
        return parser.parse(body).extract<Poco::JSON::Object::Ptr>();
    }

    HarvestOptions options_;
    HarvestSummary summary_;
    std::vector<Poco::JSON::Object::Ptr> bodies_;
    std::unique_ptr<Poco::Net::HTTPClientSession> session_;
};

} // namespace ratsarchiv::tools
