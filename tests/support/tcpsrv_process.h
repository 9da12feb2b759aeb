// xapian-tcpsrv serving one database on a loopback port, as a test's remote shard. It forks a
// child per connection, so it runs in a process group of its own, and stop() and pause() reach
// the children too (by the group's id, which is the server's pid).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "tools/common/child_process.h"

namespace ratsarchiv::testing {

class TcpsrvProcess {
public:
    /// Starts xapian-tcpsrv on `database` and waits until it listens; `port` 0 picks a free one.
    explicit TcpsrvProcess(const std::string& database, std::uint16_t port = 0);
    ~TcpsrvProcess() { stop(); }
    TcpsrvProcess(const TcpsrvProcess&) = delete;
    TcpsrvProcess& operator=(const TcpsrvProcess&) = delete;

    std::uint16_t port() const { return port_; }
    /// tcp://127.0.0.1:PORT, as db.shards names it.
    std::string location() const { return "tcp://127.0.0.1:" + std::to_string(port_); }
    /// Kills the server and its connections (a shard machine that went down).
    void stop();
    /// Stops / resumes the server and its connections (a shard that hangs).
    void pause();
    void resume();

private:
    std::uint16_t port_;
    std::unique_ptr<tools::ChildProcess> process_;
};

} // namespace ratsarchiv::testing
