// The connections of the HTTP server, in front of Poco's request handling. A worker thread is
// given a connection only when a whole request head has arrived on it: one poller thread
// (epoll, edge-triggered, peeking without reading) watches every new connection and every idle
// keep-alive connection, so clients that connect and send nothing, send their head a byte at a
// time (slowloris), or keep idle keep-alive connections open, hold no worker. Each has a
// deadline: an idle connection is closed when it runs out; a head begun but not finished in time
// gets 408, one larger than the limit 431. Workers run one request (or the requests already sent
// on the connection) through Poco's HTTPServerConnection and hand the connection back.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>

namespace ratsarchiv::server {

/// How the gate treats connections.
struct GateLimits {
    unsigned workers = 32;
    std::size_t queue = 256; ///< connections with a whole head waiting for a worker
    std::size_t max_connections = 4096;
    std::chrono::milliseconds idle_timeout{2000};  ///< keep-alive and new connections
    std::chrono::milliseconds head_timeout{10000}; ///< from a head's first byte to its end
    std::chrono::milliseconds send_timeout{10000}; ///< a client that does not read
    std::size_t max_head_bytes = 65536;
};

class ConnectionGate {
public:
    /// Starts serving `socket` (already bound and listening) with `factory`'s handlers.
    ConnectionGate(Poco::Net::ServerSocket socket, Poco::Net::HTTPServerParams::Ptr params,
                   Poco::Net::HTTPRequestHandlerFactory::Ptr factory, GateLimits limits);
    ~ConnectionGate();
    ConnectionGate(const ConnectionGate&) = delete;
    ConnectionGate& operator=(const ConnectionGate&) = delete;

    /// Stops accepting, closes waiting connections, lets requests in progress finish.
    void stop();

    /// For the request handler: whether the response just sent leaves the connection open.
    static void note_keep_alive(bool keep_alive);

private:
    struct Waiting {
        std::chrono::steady_clock::time_point deadline;
        bool head_begun = false;
    };

    void poll_loop();
    void accept_new();
    void examine(int fd);
    void expire(std::chrono::steady_clock::time_point now);
    void watch(int fd, std::chrono::steady_clock::time_point deadline);
    void forget(int fd);
    void close_with(int fd, const char* response);
    void work();
    void serve(int fd);
    void hand_back(int fd);
    void wake();

    Poco::Net::ServerSocket socket_;
    Poco::Net::HTTPServerParams::Ptr params_;
    Poco::Net::HTTPRequestHandlerFactory::Ptr factory_;
    GateLimits limits_;
    int epoll_ = -1;
    int wake_fd_ = -1; ///< eventfd: connections handed back, or stop

    std::unordered_map<int, Waiting> waiting_; ///< poller thread only
    std::vector<char> peek_buffer_;            ///< poller thread only: one head, peeked

    std::mutex mutex_;
    std::condition_variable ready_cv_;
    std::deque<int> ready_;        ///< whole heads, for the workers
    std::vector<int> handed_back_; ///< idle again, for the poller
    std::size_t busy_ = 0;         ///< connections in the hands of workers
    bool stopping_ = false;

    std::thread poller_;
    std::vector<std::thread> workers_;
};

} // namespace ratsarchiv::server
