// ratsarchiv-crash-test: kills the indexer with SIGKILL at random moments and checks that the
// index survives. Files of an archive are copied to a work directory; the indexer runs over
// them again and again, each run killed after a random time below a full build's duration:
// first fresh builds, then incremental runs, with files changed, added and removed between the
// runs and every other run re-indexing everything (--force) with small commits, so kills land
// inside and between commits. After every kill the index must open (or not exist yet, while no
// build has finished), and hold only whole documents, none twice. At the end one run to
// completion must leave exactly one document per file and the spelling table of a clean build
// of the same files.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "tools/common/child_process.h"
#include "tools/crash-test/index_check.h"

namespace fs = std::filesystem;
using namespace ratsarchiv;

namespace {

struct Options {
    std::string indexer;
    std::string archive;
    std::string work;
    unsigned kills = 20;
    std::size_t files = 3000;
    unsigned seed = 1;
};

int usage() {
    std::cerr << "usage: ratsarchiv-crash-test --indexer PATH --archive DIR --work DIR\n"
                 "                             [--kills N] [--files N] [--seed N]\n"
                 "  --indexer: the ratsarchiv-index binary; --archive: council files to copy\n"
                 "  (the first N *.txt files by path); --work: a directory it may fill\n";
    return 2;
}

struct RunResult {
    bool killed = false; ///< still running at the kill
    int exit_code = -1;  ///< when it ended by itself
    double seconds = 0;
};

// Runs the indexer; kills it after `kill_after` seconds when it is still running (< 0: never).
RunResult run_indexer(const Options& o, const std::vector<std::string>& extra, double kill_after) {
    std::vector<std::string> args{o.indexer, "--db", o.work + "/db"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(o.work + "/archiv");
    const auto start = std::chrono::steady_clock::now();
    tools::ChildProcess indexer(args, "/dev/null", o.work + "/indexer.log");
    RunResult result;
    for (;;) {
        const double elapsed =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (const auto exit = indexer.poll()) {
            result.seconds = elapsed;
            result.killed = exit->signal == SIGKILL;
            result.exit_code = exit->signal != 0 ? 128 + exit->signal : exit->code;
            return result;
        }
        if (kill_after >= 0 && elapsed >= kill_after) {
            indexer.kill(SIGKILL);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

std::vector<fs::path> council_files(const fs::path& root) {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(root)) {
        if (e.is_regular_file() && e.path().extension() == ".txt") {
            files.push_back(e.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

// Changes, adds and removes a few files: incremental runs then have work to do.
void change_archive(const fs::path& archiv, unsigned round, std::mt19937& random) {
    auto files = council_files(archiv);
    std::shuffle(files.begin(), files.end(), random);
    const std::size_t n = std::max<std::size_t>(1, files.size() / 50);
    for (std::size_t i = 0; i < n && i < files.size(); ++i) {
        std::ofstream(files[i], std::ios::app)
            << "\nNachtrag Prüfwort" << round << "x" << i << " zur Sitzung.\n";
    }
    for (std::size_t i = n; i < 2 * n && i < files.size(); ++i) {
        fs::copy_file(files[i],
                      archiv / ("neu-" + std::to_string(round) + "-" + std::to_string(i) + ".txt"));
    }
    for (std::size_t i = 2 * n; i < 3 * n && i < files.size(); ++i) {
        fs::remove(files[i]);
    }
}

bool report(const std::string& when, const crash_test::IndexState& state) {
    for (const auto& p : state.problems) {
        std::cerr << "crash-test: " << when << ": " << p << "\n";
    }
    return state.problems.empty();
}

} // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (i + 1 >= argc) {
            return usage();
        }
        if (a == "--indexer") {
            o.indexer = argv[++i];
        } else if (a == "--archive") {
            o.archive = argv[++i];
        } else if (a == "--work") {
            o.work = argv[++i];
        } else if (a == "--kills") {
            o.kills = static_cast<unsigned>(std::stoul(argv[++i]));
        } else if (a == "--files") {
            o.files = std::stoull(argv[++i]);
        } else if (a == "--seed") {
            o.seed = static_cast<unsigned>(std::stoul(argv[++i]));
        } else {
            return usage();
        }
    }
    if (o.indexer.empty() || o.archive.empty() || o.work.empty()) {
        return usage();
    }
    const fs::path archiv = fs::path(o.work) / "archiv";
    fs::remove_all(o.work);
    fs::create_directories(archiv);
    auto files = council_files(o.archive);
    files.resize(std::min(files.size(), o.files));
    for (std::size_t i = 0; i < files.size(); ++i) {
        fs::copy_file(files[i], archiv / ("f" + std::to_string(i) + ".txt"));
    }
    std::mt19937 random(o.seed);

    // A full build's duration bounds the kill moments.
    const RunResult full = run_indexer(o, {}, -1);
    if (full.exit_code > 1) {
        std::cerr << "crash-test: the indexer failed (exit " << full.exit_code << ")\n";
        return 1;
    }
    std::printf("full build of %zu files: %.1f s\n", files.size(), full.seconds);
    fs::remove_all(o.work + "/db");

    unsigned landed = 0, runs = 0, finished = 0, checks_failed = 0;
    bool built = false; // a build has finished: from now on the index must exist
    // Kill moments are drawn within the duration each kind of run last took to finish: on a
    // loaded machine the first full build can take several times as long as the later runs
    // (cold caches, other processes), and moments drawn from it alone mostly fell after the
    // run had ended, so too few kills landed.
    std::map<std::string, double> last_duration{
        {"fresh", full.seconds}, {"force", full.seconds}, {"incremental", full.seconds}};
    const unsigned fresh_kills = std::max(1u, o.kills / 4);
    while (landed < o.kills && runs < o.kills * 4) {
        const bool fresh = landed < fresh_kills;
        std::vector<std::string> extra;
        if (fresh) {
            fs::remove_all(o.work + "/db");
            built = false;
        } else {
            if (!built) { // the incremental phase starts from a finished build
                run_indexer(o, {}, -1);
                built = true;
            }
            change_archive(archiv, runs, random);
            if (runs % 2 == 0) {
                extra = {"--force", "--commit-every", "50"};
            } else {
                extra = {"--commit-every", "20"};
            }
        }
        const std::string kind =
            fresh ? "fresh" : (extra[0] == "--force" ? "force" : "incremental");
        const double at =
            std::uniform_real_distribution<double>(0.02, 0.95)(random) * last_duration[kind];
        const RunResult r = run_indexer(o, extra, at);
        ++runs;
        if (r.killed) {
            ++landed;
        } else {
            ++finished;
            built = built || r.exit_code <= 1;
            last_duration[kind] = r.seconds;
        }
        const auto state = crash_test::read_index(o.work + "/db");
        const bool ok =
            report("after run " + std::to_string(runs), state) && (state.exists || !built);
        if (!ok) {
            ++checks_failed;
        }
        std::printf("run %2u: %-11s %s after %5.2f s; index %s, %llu documents%s\n", runs,
                    kind.c_str(), r.killed ? "killed" : "finished", r.seconds,
                    state.exists ? "opens" : "absent",
                    static_cast<unsigned long long>(state.documents), ok ? "" : "  BROKEN");
    }

    // One run to completion, then the comparison with a clean build of the same files.
    const RunResult last = run_indexer(o, {}, -1);
    const auto final_state = crash_test::read_index(o.work + "/db");
    const tools::ChildExit reference_exit =
        tools::ChildProcess({o.indexer, "--db", o.work + "/reference", archiv.string()},
                            "/dev/null", o.work + "/indexer.log")
            .wait();
    const auto reference = crash_test::read_index(o.work + "/reference");
    const auto on_disk = council_files(archiv);

    bool ok = last.exit_code <= 1 && report("final", final_state) && reference_exit.code >= 0 &&
              reference_exit.code <= 1;
    const bool one_per_file =
        final_state.documents == on_disk.size() && final_state.sources.size() == on_disk.size();
    const bool same_as_clean =
        final_state.hashes == reference.hashes && final_state.sources == reference.sources;
    const bool same_spelling = final_state.spelling == reference.spelling;
    std::size_t spelling_differences = 0;
    for (const auto& [word, freq] : reference.spelling) {
        auto it = final_state.spelling.find(word);
        spelling_differences += it == final_state.spelling.end() || it->second != freq;
    }
    for (const auto& [word, freq] : final_state.spelling) {
        spelling_differences += reference.spelling.count(word) == 0;
    }
    ok = ok && one_per_file && same_as_clean && same_spelling && checks_failed == 0;

    std::printf("\nkills landed: %u of %u runs (%u finished before their kill)\n", landed, runs,
                finished);
    std::printf("checks after each run: %u failed\n", checks_failed);
    std::printf("final run: %s after %.1f s; %llu documents for %zu files; same documents and "
                "hashes as a clean build: %s; spelling table: %zu words, %zu differ\n",
                last.exit_code <= 1 ? "finished" : "FAILED", last.seconds,
                static_cast<unsigned long long>(final_state.documents), on_disk.size(),
                same_as_clean ? "yes" : "NO", final_state.spelling.size(), spelling_differences);
    std::printf("%s\n", ok && landed >= o.kills ? "crash-test: passed" : "crash-test: FAILED");
    return ok && landed >= o.kills ? 0 : 1;
}
