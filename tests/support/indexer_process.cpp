// Running the indexer binary for tests (see indexer_process.h).
#include "support/indexer_process.h"

#include <fstream>
#include <iterator>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ratsarchiv::testing {

IndexerExit run_indexer_process(const std::vector<std::string>& args, const std::string& log,
                                const std::function<void()>& in_child) {
    std::vector<std::string> argv_text{std::string(RATSARCHIV_BINARY_DIR) + "/ratsarchiv-index"};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
        ::dup2(fd, STDERR_FILENO);
        ::dup2(fd, STDOUT_FILENO);
        in_child();
        std::vector<char*> argv;
        for (auto& a : argv_text) {
            argv.push_back(a.data());
        }
        argv.push_back(nullptr);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    IndexerExit exit;
    exit.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::ifstream in(log);
    exit.output.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return exit;
}

} // namespace ratsarchiv::testing
