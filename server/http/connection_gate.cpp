// The connection gate (see connection_gate.h).
#include "server/http/connection_gate.h"

#include <algorithm>
#include <cstring>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerConnection.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Net/StreamSocketImpl.h>

namespace ratsarchiv::server {

namespace {
using Clock = std::chrono::steady_clock;

// Set by the request handler on the worker's thread after each response.
thread_local bool t_keep_alive = false;

constexpr char kTimeout[] =
    "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
constexpr char kTooLarge[] = "HTTP/1.1 431 Request Header Fields Too Large\r\n"
                             "Connection: close\r\nContent-Length: 0\r\n\r\n";
constexpr char kBusy[] =
    "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";

bool has_whole_head(const char* data, std::size_t size) {
    const std::string_view text(data, size);
    return text.find("\r\n\r\n") != std::string_view::npos ||
           text.find("\n\n") != std::string_view::npos;
}
} // namespace

void ConnectionGate::note_keep_alive(bool keep_alive) {
    t_keep_alive = keep_alive;
}

ConnectionGate::ConnectionGate(Poco::Net::ServerSocket socket,
                               Poco::Net::HTTPServerParams::Ptr params,
                               Poco::Net::HTTPRequestHandlerFactory::Ptr factory, GateLimits limits)
    : socket_(std::move(socket)), params_(std::move(params)), factory_(std::move(factory)),
      limits_(limits), peek_buffer_(limits.max_head_bytes + 1) {
    // Poco's own wait for a further request on the connection is the gate's job: none there.
    params_->setKeepAliveTimeout(Poco::Timespan(0));
    socket_.setBlocking(false);
    epoll_ = ::epoll_create1(EPOLL_CLOEXEC);
    wake_fd_ = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    epoll_event listen_event{};
    listen_event.events = EPOLLIN;
    listen_event.data.fd = socket_.impl()->sockfd();
    ::epoll_ctl(epoll_, EPOLL_CTL_ADD, listen_event.data.fd, &listen_event);
    epoll_event wake_event{};
    wake_event.events = EPOLLIN;
    wake_event.data.fd = wake_fd_;
    ::epoll_ctl(epoll_, EPOLL_CTL_ADD, wake_fd_, &wake_event);
    for (unsigned i = 0; i < std::max(1u, limits_.workers); ++i) {
        workers_.emplace_back([this] { work(); });
    }
    poller_ = std::thread([this] { poll_loop(); });
}

ConnectionGate::~ConnectionGate() {
    stop();
    ::close(epoll_);
    ::close(wake_fd_);
}

void ConnectionGate::stop() {
    {
        std::lock_guard lock(mutex_);
        if (stopping_) {
            return;
        }
        stopping_ = true;
    }
    wake();
    ready_cv_.notify_all();
    poller_.join();
    for (auto& worker : workers_) {
        worker.join();
    }
    for (const int fd : ready_) {
        ::close(fd);
    }
    ready_.clear();
    for (const int fd : handed_back_) {
        ::close(fd);
    }
    handed_back_.clear();
    socket_.close();
}

void ConnectionGate::wake() {
    const std::uint64_t one = 1;
    if (::write(wake_fd_, &one, sizeof one) < 0) {
        // the counter is already non-zero: the poller wakes anyway
    }
}

void ConnectionGate::poll_loop() {
    std::vector<epoll_event> events(256);
    const int listen_fd = socket_.impl()->sockfd();
    for (;;) {
        // Sleep until the next deadline, at most a quarter second.
        auto now = Clock::now();
        auto next = now + std::chrono::milliseconds(250);
        for (const auto& [fd, w] : waiting_) {
            next = std::min(next, w.deadline);
        }
        const auto wait_ms = std::chrono::duration_cast<std::chrono::milliseconds>(next - now);
        const int n = ::epoll_wait(epoll_, events.data(), static_cast<int>(events.size()),
                                   static_cast<int>(std::max<std::int64_t>(0, wait_ms.count())));
        std::vector<int> returned;
        {
            std::lock_guard lock(mutex_);
            if (stopping_) {
                break;
            }
            returned.swap(handed_back_);
        }
        now = Clock::now();
        for (const int fd : returned) {
            watch(fd, now + limits_.idle_timeout);
        }
        for (int i = 0; i < n; ++i) {
            const int fd = events[static_cast<std::size_t>(i)].data.fd;
            if (fd == wake_fd_) {
                std::uint64_t count = 0;
                if (::read(wake_fd_, &count, sizeof count) < 0) {
                    // nothing to read: woken by another path
                }
            } else if (fd == listen_fd) {
                accept_new();
            } else if (waiting_.count(fd) != 0) {
                examine(fd);
            }
        }
        expire(Clock::now());
    }
    for (const auto& [fd, w] : waiting_) {
        ::close(fd);
    }
    waiting_.clear();
}

void ConnectionGate::accept_new() {
    const int listen_fd = socket_.impl()->sockfd();
    for (;;) {
        const int fd = ::accept4(listen_fd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) {
            return; // EAGAIN: all accepted (or a transient error: the next event retries)
        }
        std::size_t busy = 0;
        {
            std::lock_guard lock(mutex_);
            busy = busy_ + ready_.size();
        }
        if (waiting_.size() + busy >= limits_.max_connections) {
            close_with(fd, kBusy);
            continue;
        }
        const int on = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        // A client that stops reading a response may hold a worker only this long.
        timeval send_timeout{};
        send_timeout.tv_sec = static_cast<time_t>(limits_.send_timeout.count() / 1000);
        send_timeout.tv_usec =
            static_cast<suseconds_t>((limits_.send_timeout.count() % 1000) * 1000);
        ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &send_timeout, sizeof send_timeout);
        // A new connection has the head timeout to begin its request, an idle one the
        // keep-alive timeout.
        watch(fd, Clock::now() + limits_.head_timeout);
    }
}

void ConnectionGate::watch(int fd, Clock::time_point deadline) {
    epoll_event event{};
    // Edge-triggered: peeked bytes stay readable, so only new bytes may wake the poller.
    event.events = EPOLLIN | EPOLLRDHUP | EPOLLET;
    event.data.fd = fd;
    if (::epoll_ctl(epoll_, EPOLL_CTL_ADD, fd, &event) != 0) {
        ::close(fd);
        return;
    }
    waiting_[fd] = Waiting{deadline, false};
}

void ConnectionGate::forget(int fd) {
    ::epoll_ctl(epoll_, EPOLL_CTL_DEL, fd, nullptr);
    waiting_.erase(fd);
}

void ConnectionGate::close_with(int fd, const char* response) {
    if (response != nullptr &&
        ::send(fd, response, std::strlen(response), MSG_DONTWAIT | MSG_NOSIGNAL) < 0) {
        // the client is gone or not reading: closing is all that is left
    }
    ::close(fd);
}

void ConnectionGate::examine(int fd) {
    std::vector<char>& head = peek_buffer_;
    const ssize_t n = ::recv(fd, head.data(), head.size(), MSG_PEEK | MSG_DONTWAIT);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
        forget(fd); // the client closed the connection
        ::close(fd);
        return;
    }
    if (n < 0) {
        return;
    }
    const auto size = static_cast<std::size_t>(n);
    if (has_whole_head(head.data(), size)) {
        forget(fd);
        {
            std::lock_guard lock(mutex_);
            if (ready_.size() < limits_.queue) {
                ready_.push_back(fd);
                ready_cv_.notify_one();
                return;
            }
        }
        close_with(fd, kBusy);
        return;
    }
    if (size > limits_.max_head_bytes) {
        forget(fd);
        close_with(fd, kTooLarge);
        return;
    }
    Waiting& w = waiting_[fd];
    if (!w.head_begun) {
        w.head_begun = true;
        w.deadline = Clock::now() + limits_.head_timeout;
    }
}

void ConnectionGate::expire(Clock::time_point now) {
    std::vector<std::pair<int, bool>> expired;
    for (const auto& [fd, w] : waiting_) {
        if (w.deadline <= now) {
            expired.emplace_back(fd, w.head_begun);
        }
    }
    for (const auto& [fd, head_begun] : expired) {
        forget(fd);
        close_with(fd, head_begun ? kTimeout : nullptr);
    }
}

void ConnectionGate::work() {
    for (;;) {
        int fd = -1;
        {
            std::unique_lock lock(mutex_);
            ready_cv_.wait(lock, [&] { return stopping_ || !ready_.empty(); });
            if (ready_.empty()) {
                return; // stopping, nothing left to answer
            }
            fd = ready_.front();
            ready_.pop_front();
            ++busy_;
        }
        serve(fd);
        std::lock_guard lock(mutex_);
        --busy_;
    }
}

void ConnectionGate::serve(int fd) {
    // Poco closes its socket when the request is done: it gets a duplicate, the gate keeps fd.
    const int copy = ::dup(fd);
    if (copy < 0) {
        ::close(fd);
        return;
    }
    t_keep_alive = false;
    try {
        Poco::Net::StreamSocket socket(new Poco::Net::StreamSocketImpl(copy));
        Poco::Net::HTTPServerConnection connection(socket, params_, factory_);
        connection.run();
    } catch (const Poco::Exception& e) {
        Poco::Logger::get("ratsarchiv.server").warning("connection: %s", e.displayText());
        t_keep_alive = false;
    } catch (const std::exception& e) {
        Poco::Logger::get("ratsarchiv.server").warning("connection: %s", std::string(e.what()));
        t_keep_alive = false;
    }
    if (t_keep_alive) {
        hand_back(fd);
    } else {
        ::shutdown(fd, SHUT_RDWR);
        ::close(fd);
    }
}

void ConnectionGate::hand_back(int fd) {
    {
        std::lock_guard lock(mutex_);
        if (stopping_) {
            ::close(fd);
            return;
        }
        handed_back_.push_back(fd);
    }
    wake();
}

} // namespace ratsarchiv::server
