// Running the indexer binary for tests (see indexer_process.h).
#include "support/indexer_process.h"

#include <filesystem>
#include <fstream>
#include <iterator>

#include <linux/capability.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "tools/common/child_process.h"

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
    std::vector<std::string> argv{std::string(RATSARCHIV_BINARY_DIR) + "/ratsarchiv-index"};
    argv.insert(argv.end(), args.begin(), args.end());
    std::filesystem::remove(log); // the child appends stdout and stderr to it
    const tools::ChildExit ended = tools::ChildProcess(argv, log, log, in_child).wait();
    IndexerExit exit;
    exit.code = ended.signal != 0 ? 128 + ended.signal : ended.code;
    std::ifstream in(log);
    exit.output.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return exit;
}

} // namespace ratsarchiv::testing
