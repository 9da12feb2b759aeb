// Starting and stopping xapian-tcpsrv for tests.
#include "support/tcpsrv_process.h"

#include <signal.h>
#include <unistd.h>

#include <stdexcept>
#include <vector>

#include "support/loopback_port.h"

namespace ratsarchiv::testing {

namespace {
constexpr const char* kTcpsrv = "/usr/bin/xapian-tcpsrv";

// Reads the server's stdout until it says it listens; false when it ends first.
bool wait_until_listening(int fd) {
    std::string said;
    char c = 0;
    while (said.find("Listening") == std::string::npos && ::read(fd, &c, 1) == 1) {
        said += c;
    }
    return said.find("Listening") != std::string::npos;
}
} // namespace

TcpsrvProcess::TcpsrvProcess(const std::string& database, std::uint16_t port)
    : port_(port == 0 ? unused_port() : port) {
    if (::access(kTcpsrv, X_OK) != 0) {
        throw std::runtime_error("xapian-tcpsrv is not installed (tools/scripts/install-deps.sh)");
    }
    process_ = std::make_unique<tools::ChildProcess>(
        std::vector<std::string>{kTcpsrv, "--interface", "127.0.0.1", "--port",
                                 std::to_string(port_), database},
        "", "", [] { ::setpgid(0, 0); });
    if (!process_->started() || !wait_until_listening(process_->read_fd())) {
        throw std::runtime_error("xapian-tcpsrv did not start on port " + std::to_string(port_));
    }
}

void TcpsrvProcess::stop() {
    if (process_ && process_->running()) {
        ::kill(-process_->pid(), SIGKILL);
        process_->wait();
    }
}

void TcpsrvProcess::pause() {
    if (process_ && process_->running()) {
        ::kill(-process_->pid(), SIGSTOP);
    }
}

void TcpsrvProcess::resume() {
    if (process_ && process_->running()) {
        ::kill(-process_->pid(), SIGCONT);
    }
}

} // namespace ratsarchiv::testing
