// The real ratsarchiv-index binary run as a child process, as an operator runs it: its exit
// code and what it printed.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace ratsarchiv::testing {

struct IndexerExit {
    int code = -1;      ///< exit code, or 128 + signal
    std::string output; ///< stdout and stderr
};

/// For `in_child`: file permission bits apply to this process even when it runs as root (the
/// capabilities that override them are dropped, also for the programs it executes), so a test
/// can make a file unreadable or a directory unwritable for the indexer whoever runs it.
void obey_file_permissions();

/// Runs ratsarchiv-index with `args`; its output goes to `log` too. `in_child` runs in the
/// child before exec (limits, another user).
IndexerExit run_indexer_process(
    const std::vector<std::string>& args, const std::string& log,
    const std::function<void()>& in_child = [] {});

} // namespace ratsarchiv::testing
