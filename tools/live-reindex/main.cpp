// ratsarchiv-live-reindex: reindexes while the server is under load. The server runs over an
// index of a copy of an archive; client threads search without pause; meanwhile, round after
// round, files are added, changed and removed and the indexer updates the index. Printed:
// requests served and failed (any status but 200, any connection error), their latency, and
// for every round the delay from the indexer's commit (its exit) until the server shows the
// round's new and changed documents and no longer shows the removed ones.
//   ratsarchiv-live-reindex --indexer PATH --server PATH --archive DIR --work DIR
//                           [--files N] [--seconds S] [--concurrency N] [--changes N]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <random>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include "tools/common/child_process.h"

namespace fs = std::filesystem;
using namespace ratsarchiv;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    std::string indexer, server, archive, work;
    std::size_t files = 3000;
    double seconds = 60;
    unsigned concurrency = 2;
    unsigned changes = 20; ///< files added, changed and removed per round, each
};

int usage() {
    std::cerr << "usage: ratsarchiv-live-reindex --indexer PATH --server PATH --archive DIR\n"
                 "         --work DIR [--files N] [--seconds S] [--concurrency N] [--changes N]\n";
    return 2;
}

double seconds_since(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

double quantile(std::vector<double> v, double q) {
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
}

// One keep-alive connection to the server.
class Client {
public:
    explicit Client(std::uint16_t port) : session_("127.0.0.1", port) {
        session_.setKeepAlive(true);
        session_.setTimeout(Poco::Timespan(10, 0));
    }
    /// GET; the status (0 on a connection error) and the body.
    int get(const std::string& target, std::string& body) {
        try {
            Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, target,
                                           Poco::Net::HTTPMessage::HTTP_1_1);
            session_.sendRequest(request);
            Poco::Net::HTTPResponse response;
            std::istream& in = session_.receiveResponse(response);
            body.clear();
            Poco::StreamCopier::copyToString(in, body);
            return static_cast<int>(response.getStatus());
        } catch (const Poco::Exception&) {
            session_.reset();
            return 0;
        }
    }
    /// The number of anonymous matches of `q`, counted from the hits (the total of a search
    /// may be an estimate); at most 100; -1 on an error.
    long total(const std::string& q) {
        std::string encoded, body;
        Poco::URI::encode(q, "&=+?#", encoded);
        if (get("/api/search?limit=100&facets=false&snippets=false&q=" + encoded, body) != 200) {
            return -1;
        }
        Poco::JSON::Parser parser;
        const auto answer = parser.parse(body).extract<Poco::JSON::Object::Ptr>();
        return static_cast<long>(answer->getArray("hits")->size());
    }

private:
    Poco::Net::HTTPClientSession session_;
};

// Query words: words of 6+ letters from the first files, so the load searches real text.
std::vector<std::string> load_words(const std::vector<fs::path>& files) {
    std::vector<std::string> words;
    static const std::regex kWord(R"([A-Za-zÄÖÜäöüß]{6,})");
    for (std::size_t i = 0; i < files.size() && i < 100; ++i) {
        std::ifstream in(files[i]);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::size_t taken = 0;
        for (std::sregex_iterator it(text.begin(), text.end(), kWord), end; it != end && taken < 5;
             ++it, ++taken) {
            words.push_back(it->str());
        }
    }
    if (words.empty()) {
        words.emplace_back("Antrag");
    }
    return words;
}

// A word no text has, which no analysis splits, and which is at least three edits from every
// other marker (the search tolerates typos: near words would match each other): letters only
// (digits would join numbers), no dictionary parts, the round's code written three times.
std::string marker(unsigned round, char kind) {
    std::string code;
    for (unsigned r = round + 1; r > 0; r /= 20) {
        code += static_cast<char>('b' + r % 20);
    }
    return std::string(kind == 'n' ? "wurxq" : "fozkj") + code + code + code;
}

} // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i], v = argv[i + 1];
        if (a == "--indexer") {
            o.indexer = v;
        } else if (a == "--server") {
            o.server = v;
        } else if (a == "--archive") {
            o.archive = v;
        } else if (a == "--work") {
            o.work = v;
        } else if (a == "--files") {
            o.files = std::stoull(v);
        } else if (a == "--seconds") {
            o.seconds = std::stod(v);
        } else if (a == "--concurrency") {
            o.concurrency = static_cast<unsigned>(std::stoul(v));
        } else if (a == "--changes") {
            o.changes = static_cast<unsigned>(std::stoul(v));
        } else {
            return usage();
        }
    }
    if (o.indexer.empty() || o.server.empty() || o.archive.empty() || o.work.empty() ||
        argc % 2 == 0) {
        return usage();
    }

    // The archive copy: every file gets a word of its own ("Kennung<i>"), so a removed file
    // can be searched for.
    const fs::path archiv = fs::path(o.work) / "archiv";
    fs::remove_all(o.work);
    fs::create_directories(archiv);
    std::vector<fs::path> sources;
    for (const auto& e : fs::recursive_directory_iterator(o.archive)) {
        if (e.is_regular_file() && e.path().extension() == ".txt") {
            sources.push_back(e.path());
        }
    }
    std::sort(sources.begin(), sources.end());
    sources.resize(std::min(sources.size(), o.files));
    std::vector<fs::path> present;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const fs::path copy = archiv / ("f" + std::to_string(i) + ".txt");
        fs::copy_file(sources[i], copy);
        std::ofstream(copy, std::ios::app) << "\nKennung" << i << "\n";
        present.push_back(copy);
    }
    const std::string db = o.work + "/db";
    const std::string log = o.work + "/indexer.log";
    const auto build_start = Clock::now();
    if (tools::ChildProcess({o.indexer, "--db", db, archiv.string()}, "/dev/null", log)
            .wait()
            .code > 1) {
        std::cerr << "live-reindex: the first build failed; see " << log << "\n";
        return 1;
    }
    std::printf("index of %zu files built in %.1f s\n", present.size(), seconds_since(build_start));

    tools::ChildProcess server({o.server, "--db", db, "--port", "0", "--set", "log.access=false"},
                               "", o.work + "/server.log");
    const std::uint16_t port = tools::read_listening_port(server.read_fd());
    if (port == 0) {
        std::cerr << "live-reindex: the server did not start; see " << o.work << "/server.log\n";
        return 1;
    }

    // Only the files anonymous users see take part in the rounds (non-public ones stay as they
    // are), so every round's expected answers are known.
    {
        Client check(port);
        std::vector<fs::path> visible;
        for (const auto& file : present) {
            if (check.total("Kennung" + file.stem().string().substr(1)) == 1) {
                visible.push_back(file);
            }
        }
        std::printf("%zu of %zu files public\n", visible.size(), present.size());
        present = std::move(visible);
    }

    // The load.
    const std::vector<std::string> words = load_words(present);
    std::atomic<bool> stop{false};
    std::atomic<std::uint64_t> served{0}, failed{0};
    std::mutex latency_mutex;
    std::vector<double> latencies;
    std::vector<std::thread> clients;
    for (unsigned c = 0; c < o.concurrency; ++c) {
        clients.emplace_back([&, c] {
            Client client(port);
            std::mt19937 random(c + 1);
            std::vector<double> mine;
            std::string body;
            while (!stop) {
                std::string encoded;
                Poco::URI::encode(words[random() % words.size()], "&=+?#", encoded);
                const auto t = Clock::now();
                const int status = client.get("/api/search?q=" + encoded, body);
                mine.push_back(seconds_since(t));
                (status == 200 ? served : failed)++;
            }
            std::lock_guard lock(latency_mutex);
            latencies.insert(latencies.end(), mine.begin(), mine.end());
        });
    }

    // The reindex rounds.
    const auto start = Clock::now();
    std::mt19937 random(7);
    Client probe(port);
    std::vector<double> delays, index_seconds;
    unsigned rounds = 0, late = 0, added_total = 0, changed_total = 0, removed_total = 0;
    std::size_t next_file = present.size();
    while (seconds_since(start) < o.seconds - 8) {
        std::this_thread::sleep_for(std::chrono::seconds(2));
        const std::string added_word = marker(rounds, 'n');
        const std::string changed_word = marker(rounds, 'g');
        std::shuffle(present.begin(), present.end(), random);
        std::string removed_query;
        for (unsigned k = 0; k < o.changes && present.size() > 3 * o.changes; ++k) {
            const fs::path added = archiv / ("f" + std::to_string(next_file) + ".txt");
            {
                // A copy without the source's own word, which must vanish when the source goes.
                std::ifstream in(present[k]);
                std::ofstream out(added);
                for (std::string line; std::getline(in, line);) {
                    if (line.rfind("Kennung", 0) != 0) {
                        out << line << "\n";
                    }
                }
                out << "Kennung" << next_file++ << " " << added_word << "\n";
            }
            std::ofstream(present[o.changes + k], std::ios::app) << "\n" << changed_word << "\n";
            const fs::path& removed = present[2 * o.changes + k];
            removed_query += (removed_query.empty() ? "Kennung" : " OR Kennung") +
                             removed.stem().string().substr(1);
            fs::remove(removed);
            present.push_back(added);
        }
        present.erase(present.begin() + 2 * o.changes, present.begin() + 3 * o.changes);
        added_total += o.changes;
        changed_total += o.changes;
        removed_total += o.changes;

        const auto index_start = Clock::now();
        const tools::ChildExit indexed =
            tools::ChildProcess({o.indexer, "--db", db, archiv.string()}, "/dev/null", log).wait();
        index_seconds.push_back(seconds_since(index_start));
        if (indexed.code < 0 || indexed.code > 1) {
            std::cerr << "live-reindex: the indexer failed in round " << rounds << "\n";
            ++late;
        }
        const auto committed = Clock::now();
        bool visible = false;
        while (seconds_since(committed) < 30) {
            if (probe.total(added_word) == o.changes && probe.total(changed_word) == o.changes &&
                probe.total(removed_query) == 0) {
                visible = true;
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        if (!visible) {
            std::fprintf(stderr, "round %u: %ld new (want %u), %ld changed, %ld removed found\n",
                         rounds, probe.total(added_word), o.changes, probe.total(changed_word),
                         probe.total(removed_query));
        }
        delays.push_back(seconds_since(committed));
        late += visible ? 0 : 1;
        ++rounds;
        std::printf("round %2u: indexer %.2f s, visible after %.2f s%s\n", rounds,
                    index_seconds.back(), delays.back(), visible ? "" : " (NOT within 30 s)");
    }
    while (seconds_since(start) < o.seconds) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    stop = true;
    for (auto& t : clients) {
        t.join();
    }
    const double took = seconds_since(start);
    server.kill(SIGTERM);
    const auto server_exit = server.wait();

    std::printf("\n%.0f s under load at concurrency %u: %llu requests served, %llu failed "
                "(%.0f req/s), latency p50 %.1f ms, p99 %.1f ms\n",
                took, o.concurrency, static_cast<unsigned long long>(served.load()),
                static_cast<unsigned long long>(failed.load()),
                static_cast<double>(served + failed) / took, 1000 * quantile(latencies, 0.5),
                1000 * quantile(latencies, 0.99));
    std::printf("%u reindex rounds: %u files added, %u changed, %u removed; indexer median %.2f s; "
                "visible after the commit: median %.2f s, max %.2f s; %u rounds late or failed\n",
                rounds, added_total, changed_total, removed_total, quantile(index_seconds, 0.5),
                quantile(delays, 0.5), quantile(delays, 1.0), late);
    std::printf("server ended with %s\n", server_exit.signal == SIGTERM || server_exit.code == 0
                                              ? "SIGTERM (ok)"
                                              : "an error");
    const bool ok = failed == 0 && late == 0 && rounds > 0;
    std::printf("%s\n", ok ? "live-reindex: passed" : "live-reindex: FAILED");
    return ok ? 0 : 1;
}
