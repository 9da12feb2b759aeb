// ratsarchiv-hostile-http: hostile HTTP against a real server, with figures. Starts the server
// over an index, sends every hostile request of tools/common/raw_http.h and prints its answer,
// then measures a well-behaved client's latency (median, p99) alone, beside slowloris
// connections and beside silent ones (each many times the worker count), and the server's
// resident memory before and after.
//   ratsarchiv-hostile-http --server PATH --db DIR [--work DIR] [--holders N] [--seconds S]
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "tools/common/child_process.h"
#include "tools/common/raw_http.h"

using namespace ratsarchiv;

namespace {

long resident_kb(int pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmRSS:", 0) == 0) {
            return std::stol(line.substr(6));
        }
    }
    return -1;
}

void print_probe(const char* what, const tools::ProbeResult& r) {
    std::printf("%-34s %6zu requests, %zu failed, p50 %7.2f ms, p99 %7.2f ms\n", what,
                r.latencies.size(), r.failures, 1000 * r.quantile(0.5), 1000 * r.quantile(0.99));
}

} // namespace

int main(int argc, char** argv) {
    std::string server_path, db, work = "/tmp";
    std::size_t holders = 1000;
    double seconds = 10;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i], v = argv[i + 1];
        if (a == "--server") {
            server_path = v;
        } else if (a == "--db") {
            db = v;
        } else if (a == "--work") {
            work = v;
        } else if (a == "--holders") {
            holders = std::stoull(v);
        } else if (a == "--seconds") {
            seconds = std::stod(v);
        } else {
            server_path.clear();
            break;
        }
    }
    if (server_path.empty() || db.empty()) {
        std::cerr << "usage: ratsarchiv-hostile-http --server PATH --db DIR [--work DIR] "
                     "[--holders N] [--seconds S]\n";
        return 2;
    }
    tools::ChildProcess server({server_path, "--db", db, "--port", "0", "--set", "log.access=false",
                                "--set", "server.max_connections=20000"},
                               "", work + "/hostile-http-server.log");
    const std::uint16_t port = tools::read_listening_port(server.read_fd());
    if (port == 0) {
        std::cerr << "hostile-http: the server did not start\n";
        return 1;
    }
    const long rss_start = resident_kb(server.pid());

    int unexpected = 0;
    std::printf("%-38s %6s %9s\n", "request", "answer", "ms");
    for (const auto& c : tools::hostile_cases()) {
        const tools::RawAnswer a = tools::send_raw(port, c.request);
        const bool ok = !a.timed_out && std::find(c.accepted.begin(), c.accepted.end(), a.status) !=
                                            c.accepted.end();
        unexpected += ok ? 0 : 1;
        std::printf("%-38s %6s %9.2f%s\n", c.name.c_str(),
                    a.status == 0 ? "closed" : std::to_string(a.status).c_str(), 1000 * a.seconds,
                    ok ? "" : "  UNEXPECTED");
    }

    const auto duration = std::chrono::milliseconds(static_cast<long>(seconds * 1000));
    const std::string target = "/api/search?q=Haushalt";
    print_probe("alone", tools::probe_latency(port, target, duration));
    tools::ProbeResult beside_slow, beside_silent;
    {
        tools::HoldingClients slow(port, holders, true, std::chrono::milliseconds(1000));
        beside_slow = tools::probe_latency(port, target, duration);
        std::printf("(%zu slowloris connections)\n", slow.connected());
    }
    print_probe("beside the slowloris connections", beside_slow);
    {
        tools::HoldingClients silent(port, holders, false);
        beside_silent = tools::probe_latency(port, target, duration);
        std::printf("(%zu silent connections; server RSS meanwhile %ld MB)\n", silent.connected(),
                    resident_kb(server.pid()) / 1024);
    }
    print_probe("beside the silent connections", beside_silent);
    const long rss_end = resident_kb(server.pid());
    std::printf("server RSS: %ld MB at start, %ld MB at the end\n", rss_start / 1024,
                rss_end / 1024);
    const bool alive = !server.poll().has_value();
    std::printf("server %s; %d unexpected answers\n", alive ? "still running" : "DIED", unexpected);
    server.kill(SIGTERM);
    server.wait();
    return alive && unexpected == 0 && beside_slow.failures == 0 && beside_silent.failures == 0 ? 0
                                                                                                : 1;
}
