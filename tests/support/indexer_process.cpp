// Running the indexer binary for tests (see indexer_process.h).
#include "support/indexer_process.h"

#include <fstream>
#include <iterator>

#include <fcntl.h>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ratsarchiv::testing {

void obey_file_permissions() {
    // Root keeps its uid (the build tree stays reachable) but loses the overrides; dropping
    // them from the bounding set keeps the executed program from getting them back.
    for (const int capability : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER}) {
        if (::prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0 && ::geteuid() == 0) {
            const char message[] = "obey_file_permissions: cannot drop capabilities\n";
            if (::write(STDERR_FILENO, message, sizeof message - 1) < 0) {
            }
            ::_exit(125);
        }
    }
}

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
