// ratsarchiv-index: indexes council files into a Xapian database.
//   ratsarchiv-index --db DIR [--root DIR] [--archive NAME] [--body NAME] [--threads N] [--force]
//                    [--unknown-is-restricted] [--visibility FILE] [--spelling-part]
//                    [--years FIRST-LAST [--undated]] PATH...
// Exit 0: all files indexed; 1: some could not be read or had real problems (cannot decode,
// truncated; the rest is indexed); 2: usage; 3: the index itself could not be written.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/indexing_run.h"
#include "indexer/oparl/oparl_indexing.h"
#include "schema/errors.h"
#include "schema/visibility.h"

namespace {
using namespace ratsarchiv;

int usage(const std::string& message) {
    std::cerr << "ratsarchiv-index: " << message << "\n"
              << "usage: ratsarchiv-index --db DIR [--root DIR] [--archive NAME] [--body NAME]\n"
              << "                        [--threads N] [--force] [--unknown-is-restricted]\n"
              << "                        [--visibility FILE] [--spelling-part]\n"
              << "                        [--years FIRST-LAST [--undated]]\n"
              << "                        [--file-order sequence] PATH...\n"
              << "       ratsarchiv-index --db DIR --oparl DUMP [--archive NAME] [--body NAME]\n"
              << "--visibility FILE: operator rules (`restricted = GLOB`, `public = GLOB`,\n"
              << "  `unknown = restricted`); a sidecar FILE.visibility next to a file wins\n"
              << "--body NAME: Körperschaft of documents that name none (a ratsarchiv.properties\n"
              << "  file with `body = NAME` in a directory does the same for its subtree)\n"
              << "--segment-documents N: documents per segment of a fresh build (memory)\n"
              << "--force: re-index files whose content is unchanged since the last run\n"
              << "--commit-every N: documents per commit of an incremental run (10000)\n"
              << "--years FIRST-LAST: a shard per period: only documents dated in these years\n"
              << "    (--undated: and those without a date); others are left out or removed\n"
              << "--spelling-part: also write DIR/spelling, the spelling table alone, for a\n"
              << "    server that reads this index as a shard over xapian-tcpsrv\n"
              << "--file-order sequence: file names are the publication ids of the city's RIS:\n"
              << "    a file stating no date takes the year of its dated neighbours (README)\n"
              << "--oparl DUMP: index the Papers of a directory of OParl 1.1 JSON objects (as\n"
              << "    ratsarchiv-oparl-harvest writes them); their metadata wins over the text's\n"
              << "PATH: council files (*.txt, *.txt.gz), directories, or tar archives\n";
    return 2;
}

// A bar on a terminal, a line every few seconds otherwise (logs stay readable).
class ProgressPrinter {
public:
    ProgressPrinter() : tty_(isatty(STDERR_FILENO) != 0) {}
    void operator()(std::uint64_t files, std::uint64_t bytes) {
        auto now = std::chrono::steady_clock::now();
        auto interval = tty_ ? std::chrono::milliseconds(200) : std::chrono::milliseconds(5000);
        if (now - last_ < interval) {
            return;
        }
        last_ = now;
        double mb = static_cast<double>(bytes) / 1e6;
        double secs = std::chrono::duration<double>(now - start_).count();
        if (tty_) {
            std::fprintf(stderr, "\r[%-30.*s] %llu files, %.1f MB, %.1f MB/s ",
                         static_cast<int>(files / 200 % 31), "##############################",
                         static_cast<unsigned long long>(files), mb, mb / secs);
        } else {
            std::fprintf(stderr, "indexed %llu files, %.1f MB, %.1f MB/s\n",
                         static_cast<unsigned long long>(files), mb, mb / secs);
        }
    }
    void finish() const {
        if (tty_) {
            std::fputc('\n', stderr);
        }
    }

private:
    bool tty_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_{};
};

void print_summary(const indexer::IndexingSummary& s) {
    const std::size_t kShown = 20;
    for (std::size_t i = 0; i < s.failures.size() && i < kShown; ++i) {
        std::cerr << "not indexed: " << s.failures[i].origin << ": " << s.failures[i].reason
                  << "\n";
    }
    for (std::size_t i = 0; i < s.problems.size() && i < kShown; ++i) {
        std::cerr << "indexed with problems: " << s.problems[i].origin << ": "
                  << s.problems[i].reason << "\n";
    }
    if (s.problems.size() > kShown) {
        std::cerr << "... and " << s.problems.size() - kShown << " more with problems\n";
    }
    // Notes are counted, not listed: a file that states no number is normal (an attachment).
    for (const auto& [kind, count] : s.note_counts) {
        std::fprintf(stderr, "note: %llu files: %s\n", static_cast<unsigned long long>(count),
                     kind.c_str());
    }
    std::fprintf(
        stderr,
        "summary: %llu files indexed%s (%llu with problems, %llu with notes only), "
        "%llu unchanged, %llu removed (files gone), %llu could not be read, %.1f MB in "
        "%.1f s (%.1f MB/s)\n",
        static_cast<unsigned long long>(s.indexed), s.fresh_build ? " into a new index" : "",
        static_cast<unsigned long long>(s.indexed_with_problems),
        static_cast<unsigned long long>(s.indexed_with_notes),
        static_cast<unsigned long long>(s.unchanged), static_cast<unsigned long long>(s.removed),
        static_cast<unsigned long long>(s.failed), static_cast<double>(s.bytes) / 1e6, s.seconds,
        s.seconds > 0 ? static_cast<double>(s.bytes) / 1e6 / s.seconds : 0.0);
    if (s.file_order_dated > 0 || s.file_order_undated > 0) {
        std::fprintf(stderr, "%llu documents dated by file order (%llu no longer)\n",
                     static_cast<unsigned long long>(s.file_order_dated),
                     static_cast<unsigned long long>(s.file_order_undated));
    }
    if (s.outside_period > 0) {
        std::fprintf(stderr, "left out: %llu files dated outside --years\n",
                     static_cast<unsigned long long>(s.outside_period));
    }
    if (s.fresh_build) {
        std::fprintf(stderr,
                     "of which %.1f s writing the spelling table, %.1f s merging the segments\n",
                     s.spelling_seconds, s.merge_seconds);
    }
    if (s.repaired_interrupted_commit) {
        std::fprintf(stderr, "note: the last run was stopped while committing; every file was "
                             "indexed again to repair the index\n");
    }
}
} // namespace

int main(int argc, char** argv) {
    indexer::IndexingOptions options;
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string visibility_file;
    std::string oparl_dump;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](const char* name) -> const std::string* {
            if (i + 1 >= args.size()) {
                return nullptr;
            }
            (void)name;
            return &args[++i];
        };
        if (a == "--db") {
            const std::string* v = value("--db");
            if (!v) {
                return usage("--db needs a directory");
            }
            options.db_path = *v;
        } else if (a == "--root") {
            const std::string* v = value("--root");
            if (!v) {
                return usage("--root needs a directory");
            }
            options.walk.root = *v;
        } else if (a == "--archive") {
            const std::string* v = value("--archive");
            if (!v) {
                return usage("--archive needs a name");
            }
            options.walk.archive = *v;
        } else if (a == "--body") {
            const std::string* v = value("--body");
            if (!v) {
                return usage("--body needs a name");
            }
            options.walk.default_body = *v;
        } else if (a == "--force") {
            options.skip_unchanged = false;
        } else if (a == "--threads") {
            const std::string* v = value("--threads");
            if (!v || v->find_first_not_of("0123456789") != std::string::npos || v->empty()) {
                return usage("--threads needs a number");
            }
            options.threads = static_cast<unsigned>(std::stoul(*v));
        } else if (a == "--segment-documents") {
            const std::string* v = value("--segment-documents");
            if (!v || v->find_first_not_of("0123456789") != std::string::npos || v->empty() ||
                *v == "0") {
                return usage("--segment-documents needs a number above 0");
            }
            options.segment_limits.max_documents = std::stoull(*v);
        } else if (a == "--commit-every") {
            const std::string* v = value("--commit-every");
            if (!v || v->find_first_not_of("0123456789") != std::string::npos || v->empty() ||
                *v == "0") {
                return usage("--commit-every needs a number above 0");
            }
            options.commit_every = std::stoull(*v);
        } else if (a == "--visibility") {
            const std::string* v = value("--visibility");
            if (!v) {
                return usage("--visibility needs a file");
            }
            visibility_file = *v;
        } else if (a == "--years") {
            const std::string* v = value("--years");
            auto period = v == nullptr ? std::nullopt : indexer::parse_year_period(*v);
            if (!period) {
                return usage("--years needs FIRST-LAST (e.g. 2006-2015) or one year");
            }
            period->undated = options.period && options.period->undated;
            options.period = period;
        } else if (a == "--undated") {
            if (!options.period) {
                options.period = indexer::YearPeriod{0, 9999, true};
            }
            options.period->undated = true;
        } else if (a == "--file-order") {
            const std::string* v = value("--file-order");
            if (v == nullptr || *v != "sequence") {
                return usage("--file-order takes `sequence` (the only order it knows)");
            }
            options.date_by_file_order = true;
        } else if (a == "--oparl") {
            const std::string* v = value("--oparl");
            if (v == nullptr) {
                return usage("--oparl needs a directory of OParl objects");
            }
            oparl_dump = *v;
        } else if (a == "--spelling-part") {
            options.spelling_part = true;
        } else if (a == "--unknown-is-restricted") {
            options.policy.unknown_is_restricted = true;
        } else if (a == "-h" || a == "--help") {
            usage("help");
            return 0;
        } else if (a.rfind("--", 0) == 0) {
            return usage("unknown option " + a);
        } else {
            options.paths.push_back(a);
        }
    }
    if (!visibility_file.empty()) {
        // Operator rules (schema/visibility.h); --unknown-is-restricted still applies on top.
        bool unknown_is_restricted = options.policy.unknown_is_restricted;
        try {
            options.policy = schema::load_visibility_policy(visibility_file);
        } catch (const Error& e) {
            return usage(e.what());
        }
        options.policy.unknown_is_restricted |= unknown_is_restricted;
    }
    if (options.db_path.empty()) {
        return usage("--db is required");
    }
    if (options.paths.empty() && oparl_dump.empty()) {
        return usage("no PATH to index");
    }
    if (!options.paths.empty() && !oparl_dump.empty()) {
        return usage("--oparl indexes a dump alone, without PATHs");
    }
    try {
        if (!oparl_dump.empty()) {
            auto summary = indexer::oparl::index_oparl_dump(options, oparl_dump);
            print_summary(summary);
            return summary.indexed_with_problems > 0 ? 1 : 0;
        }
        ProgressPrinter progress;
        auto summary = indexer::run_indexing(
            options, [&](std::uint64_t files, std::uint64_t bytes) { progress(files, bytes); });
        progress.finish();
        print_summary(summary);
        // Real problems only: notes about fields a file does not state are not failures.
        return summary.failed > 0 || summary.indexed_with_problems > 0 ? 1 : 0;
    } catch (const std::exception& e) {
        std::cerr << "ratsarchiv-index: " << e.what() << "\n";
        return 3;
    } catch (const Xapian::Error& e) {
        // Opening the index failed (no permission, locked by another indexer, not an index).
        std::cerr << "ratsarchiv-index: " << options.db_path << ": " << e.get_description() << "\n";
        return 3;
    }
}
