// Raw HTTP over loopback sockets, for hostile-input checks against a running server: bytes sent
// exactly as given (malformed request lines, huge headers), connections that dribble or say
// nothing, and a well-behaved client measuring its latency meanwhile. Used by
// tools/hostile-http and by the tests.
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ratsarchiv::tools {

/// What a server answered to raw bytes.
struct RawAnswer {
    int status = 0;   ///< 0: closed (or timed out) without a status line
    std::string head; ///< status line and headers
    std::string body;
    double seconds = 0;
    bool timed_out = false;
};

inline int connect_loopback(std::uint16_t port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

/// Sends `request` on a new connection and reads until the server closes it, the response is
/// complete (by Content-Length), or `timeout` passes.
inline RawAnswer send_raw(std::uint16_t port, const std::string& request,
                          std::chrono::milliseconds timeout = std::chrono::milliseconds(5000)) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    RawAnswer answer;
    const int fd = connect_loopback(port);
    if (fd < 0) {
        return answer;
    }
    // The server may answer (and close) before all is sent: a failed send is not an error.
    std::size_t sent = 0;
    while (sent < request.size()) {
        const ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) {
            break;
        }
        sent += static_cast<std::size_t>(n);
    }
    std::string data;
    char buffer[65536];
    for (;;) {
        const auto left = timeout - (Clock::now() - start);
        pollfd p{fd, POLLIN, 0};
        const int ready =
            ::poll(&p, 1,
                   static_cast<int>(std::max<std::int64_t>(
                       0, std::chrono::duration_cast<std::chrono::milliseconds>(left).count())));
        if (ready <= 0) {
            answer.timed_out = true;
            break;
        }
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0) {
            break;
        }
        data.append(buffer, static_cast<std::size_t>(n));
        const std::size_t end = data.find("\r\n\r\n");
        if (end != std::string::npos) {
            const std::size_t length_at = data.find("Content-Length: ");
            if (length_at != std::string::npos && length_at < end &&
                data.size() >= end + 4 + std::stoul(data.substr(length_at + 16))) {
                break;
            }
        }
    }
    ::close(fd);
    answer.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const std::size_t end = data.find("\r\n\r\n");
    answer.head = data.substr(0, end);
    answer.body = end == std::string::npos ? "" : data.substr(end + 4);
    const std::size_t space = data.find(' ');
    if (space != std::string::npos && data.size() > space + 4) {
        answer.status = std::atoi(data.substr(space + 1, 3).c_str());
    }
    return answer;
}

/// A hostile request and the answers that are acceptable for it (0: closed).
struct HostileCase {
    std::string name;
    std::string request;
    std::vector<int> accepted;
};

inline std::string get_request(const std::string& target) {
    return "GET " + target + " HTTP/1.1\r\nHost: ratsarchiv.test\r\nConnection: close\r\n\r\n";
}

inline std::vector<HostileCase> hostile_cases() {
    std::string many_or = "/api/search?q=w0";
    for (int i = 1; i < 3000; ++i) {
        many_or += "+OR+w" + std::to_string(i);
    }
    std::string some_or = "/api/search?q=Haushalt";
    for (int i = 1; i < 100; ++i) {
        some_or += "+OR+Schule" + std::to_string(i);
    }
    std::string wildcards = "/api/search?q=";
    for (int i = 0; i < 60; ++i) {
        wildcards += std::string(i ? "+" : "") + "Ha*";
    }
    std::string phrase = "/api/search?q=%22";
    for (int i = 0; i < 120; ++i) {
        phrase += std::string(i ? "+" : "") + "die+der+das";
    }
    phrase += "%22";
    const std::string deep =
        "/api/search?q=" + std::string(400, '(') + "Haushalt" + std::string(400, ')');
    std::string many_headers = "GET /api/health HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 5000; ++i) {
        many_headers += "X-H" + std::to_string(i) + ": v\r\n";
    }
    many_headers += "\r\n";
    return {
        {"URL of 100 KB",
         get_request("/api/search?q=" + std::string(100000, 'a')),
         {0, 414, 431, 400}},
        {"header of 100 KB",
         "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(100000, 'b') + "\r\n\r\n",
         {0, 431, 400}},
        {"5,000 headers", many_headers, {0, 431, 400}},
        {"invalid percent-encoding", get_request("/api/search?q=%zz%C3"), {400}},
        {"invalid UTF-8", get_request("/api/search?q=%C3%28%FF"), {400}},
        {"limit 10^20", get_request("/api/search?q=a&limit=99999999999999999999"), {400}},
        {"page 2^32", get_request("/api/search?q=Haushalt&page=4294967296"), {400}},
        {"3,000 OR terms", get_request(many_or), {400, 414, 431, 0}},
        {"100 OR terms", get_request(some_or), {400}},
        {"60 wildcards", get_request(wildcards), {200, 400}},
        {"phrase of 360 words", get_request(phrase), {200, 400}},
        {"400 nested parentheses", get_request(deep), {200, 400}},
        {"traversal in a document id",
         get_request("/api/documents/..%2F..%2Fetc%2Fpasswd"),
         {400, 404}},
        {"traversal in a static path", get_request("/static/..%2F..%2F..%2Fetc%2Fpasswd"), {404}},
        {"traversal with ../ in a static path", get_request("/static/../../CMakeLists.txt"), {404}},
        {"binary garbage", std::string("\x00\x01\x02GARBAGE\r\n\r\n", 14), {400, 0}},
        {"no HTTP version", "GET /\r\n\r\n", {400, 0}},
        {"unknown HTTP version", "GET /api/health HTTP/9.9\r\nHost: x\r\n\r\n", {400, 505}},
        {"POST with a 1 GB body announced",
         "POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\nabc",
         {405}},
    };
}

/// Connections that hold a server: `slow` ones send a request head a byte per `interval`
/// (slowloris), the others connect and send nothing.
class HoldingClients {
public:
    HoldingClients(std::uint16_t port, std::size_t count, bool slow,
                   std::chrono::milliseconds interval = std::chrono::milliseconds(500)) {
        for (std::size_t i = 0; i < count; ++i) {
            const int fd = connect_loopback(port);
            if (fd >= 0) {
                fds_.push_back(fd);
            }
        }
        if (slow) {
            dribbler_ = std::thread([this, interval] {
                const std::string head = "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ";
                std::size_t at = 0;
                while (!stop_) {
                    const char byte = at < head.size() ? head[at] : 'x';
                    for (const int fd : fds_) {
                        (void)::send(fd, &byte, 1, MSG_NOSIGNAL | MSG_DONTWAIT);
                    }
                    ++at;
                    std::this_thread::sleep_for(interval);
                }
            });
        }
    }
    ~HoldingClients() {
        stop_ = true;
        if (dribbler_.joinable()) {
            dribbler_.join();
        }
        for (const int fd : fds_) {
            ::close(fd);
        }
    }
    HoldingClients(const HoldingClients&) = delete;
    HoldingClients& operator=(const HoldingClients&) = delete;
    std::size_t connected() const { return fds_.size(); }

private:
    std::vector<int> fds_;
    std::atomic<bool> stop_{false};
    std::thread dribbler_;
};

/// A well-behaved client's requests for `duration`: latencies (seconds) and failures.
struct ProbeResult {
    std::vector<double> latencies;
    std::size_t failures = 0;
    double quantile(double q) const {
        if (latencies.empty()) {
            return 0;
        }
        std::vector<double> sorted = latencies;
        std::sort(sorted.begin(), sorted.end());
        return sorted[static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1))];
    }
};

inline ProbeResult probe_latency(std::uint16_t port, const std::string& target,
                                 std::chrono::milliseconds duration) {
    ProbeResult result;
    const auto end = std::chrono::steady_clock::now() + duration;
    while (std::chrono::steady_clock::now() < end) {
        const RawAnswer a = send_raw(port, get_request(target), std::chrono::milliseconds(20000));
        result.latencies.push_back(a.seconds);
        result.failures += a.status == 200 ? 0 : 1;
    }
    return result;
}

} // namespace ratsarchiv::tools
