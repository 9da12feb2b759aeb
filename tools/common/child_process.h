// A program run by a tool as a child process (the indexer, the server): started with its output
// sent to files or a pipe, dying with the tool (PR_SET_PDEATHSIG), polled, killed and waited for
// by its pid only.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ratsarchiv::tools {

/// How a child ended.
struct ChildExit {
    int code = -1;  ///< exit code, or -1 when a signal ended it
    int signal = 0; ///< the signal that ended it, 0 when it exited
};

class ChildProcess {
public:
    /// Starts `args` (args[0] is the program path). Its stdout goes to `stdout_path` ("" for
    /// a pipe: read_fd()), its stderr is appended to `stderr_path` ("" for /dev/null).
    /// `in_child` runs in the child just before the program starts (limits, capabilities).
    ChildProcess(std::vector<std::string> args, const std::string& stdout_path,
                 const std::string& stderr_path, const std::function<void()>& in_child = {}) {
        int pipe_fds[2] = {-1, -1};
        if (stdout_path.empty() && ::pipe(pipe_fds) != 0) {
            return;
        }
        std::fflush(stdout); // or the child inherits our buffered lines
        pid_ = ::fork();
        if (pid_ == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            const int out = stdout_path.empty()
                                ? pipe_fds[1]
                                : ::open(stdout_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
            const int err = ::open(stderr_path.empty() ? "/dev/null" : stderr_path.c_str(),
                                   O_WRONLY | O_CREAT | O_APPEND, 0644);
            ::dup2(out, STDOUT_FILENO);
            ::dup2(err, STDERR_FILENO);
            if (pipe_fds[0] >= 0) {
                ::close(pipe_fds[0]);
            }
            if (in_child) {
                in_child();
            }
            std::vector<char*> argv;
            for (auto& a : args) {
                argv.push_back(a.data());
            }
            argv.push_back(nullptr);
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        if (pipe_fds[1] >= 0) {
            ::close(pipe_fds[1]);
            read_fd_ = pipe_fds[0];
        }
    }
    ~ChildProcess() {
        if (running()) {
            kill(SIGKILL);
            wait();
        }
        if (read_fd_ >= 0) {
            ::close(read_fd_);
        }
    }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    bool started() const { return pid_ > 0; }
    pid_t pid() const { return pid_; }
    int read_fd() const { return read_fd_; }
    bool running() const { return pid_ > 0 && !exit_; }
    void kill(int signal) const {
        if (running()) {
            ::kill(pid_, signal);
        }
    }
    /// The exit when the child has ended, without blocking.
    std::optional<ChildExit> poll() {
        if (running()) {
            int status = 0;
            if (::waitpid(pid_, &status, WNOHANG) == pid_) {
                record(status);
            }
        }
        return exit_;
    }
    ChildExit wait() {
        if (running()) {
            int status = 0;
            if (::waitpid(pid_, &status, 0) == pid_) {
                record(status);
            }
        }
        return exit_.value_or(ChildExit{});
    }

private:
    void record(int status) {
        ChildExit e;
        if (WIFSIGNALED(status)) {
            e.signal = WTERMSIG(status);
        } else {
            e.code = WEXITSTATUS(status);
        }
        exit_ = e;
    }

    pid_t pid_ = -1;
    int read_fd_ = -1;
    std::optional<ChildExit> exit_;
};

/// The port ratsarchiv-server prints on its first line ("... listening on http://ADDR:PORT/"),
/// read from its stdout pipe; 0 when it ends without one.
inline std::uint16_t read_listening_port(int fd) {
    std::string line;
    char c = 0;
    while (line.find('\n') == std::string::npos && ::read(fd, &c, 1) == 1) {
        line += c;
    }
    const std::size_t end = line.rfind('/');
    const std::size_t colon = line.rfind(':', end);
    if (end == std::string::npos || colon == std::string::npos || end <= colon + 1) {
        return 0;
    }
    return static_cast<std::uint16_t>(std::stoi(line.substr(colon + 1, end - colon - 1)));
}

} // namespace ratsarchiv::tools
