// ratsarchiv-visibility-report: what anonymous users will not see, before indexing. Reads council
// files as the indexer does, applies the same visibility decision and public view, and prints
// the non-public documents and every line hidden from public documents, then counts and the
// time the public view took (so operators can audit rules and sidecars on their own archive).
//   ratsarchiv-visibility-report [--visibility FILE] [--unknown-is-restricted] [--quiet] PATH...
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "indexer/council_file.h"
#include "indexer/read/source_walker.h"
#include "schema/errors.h"
#include "schema/visibility.h"
#include "schema/visibility_redaction.h"

namespace {

using namespace ratsarchiv;

struct Counts {
    std::uint64_t files = 0;
    std::uint64_t restricted = 0;
    std::uint64_t partly = 0;
    std::uint64_t hidden_lines = 0;
    std::uint64_t bytes = 0;
    double view_seconds = 0;
};

int usage(const std::string& message) {
    std::cerr << "ratsarchiv-visibility-report: " << message << "\n"
              << "usage: ratsarchiv-visibility-report [--visibility FILE] "
                 "[--unknown-is-restricted] [--quiet] PATH...\n";
    return 2;
}

void report(const CouncilDocument& doc, schema::Visibility visibility, bool quiet, Counts& counts) {
    if (visibility == schema::Visibility::Restricted) {
        ++counts.restricted;
        if (!quiet) {
            std::cout << "restricted\t" << doc.archive << "/" << doc.source << "\n";
        }
        return;
    }
    auto start = std::chrono::steady_clock::now();
    schema::PublicView view = schema::public_view(doc);
    counts.view_seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!view.redacted) {
        return;
    }
    ++counts.partly;
    std::size_t begin = 0;
    while (begin < view.hidden_text.size()) {
        std::size_t end = view.hidden_text.find('\n', begin);
        end = end == std::string::npos ? view.hidden_text.size() : end;
        ++counts.hidden_lines;
        if (!quiet) {
            std::cout << "hidden line\t" << doc.archive << "/" << doc.source << "\t"
                      << view.hidden_text.substr(begin, end - begin) << "\n";
        }
        begin = end + 1;
    }
}

} // namespace

int main(int argc, char** argv) {
    schema::VisibilityPolicy policy;
    bool unknown_is_restricted = false;
    bool quiet = false;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--visibility" && i + 1 < argc) {
            try {
                policy = schema::load_visibility_policy(argv[++i]);
            } catch (const Error& e) {
                return usage(e.what());
            }
        } else if (a == "--unknown-is-restricted") {
            unknown_is_restricted = true;
        } else if (a == "--quiet") {
            quiet = true;
        } else if (a.rfind("--", 0) == 0) {
            return usage("unknown option " + a);
        } else {
            paths.push_back(a);
        }
    }
    if (paths.empty()) {
        return usage("no PATH");
    }
    policy.unknown_is_restricted |= unknown_is_restricted;
    Counts counts;
    indexer::walk_sources(
        paths, {},
        [&](indexer::RawFile&& file) {
            ++counts.files;
            counts.bytes += file.bytes.size();
            CouncilDocument doc = indexer::read_council_document(file);
            report(doc, schema::decide_visibility(doc, policy), quiet, counts);
        },
        [](const indexer::WalkProblem& problem) {
            std::cerr << "not read: " << problem.origin << ": " << problem.reason << "\n";
        });
    std::fprintf(stderr,
                 "%llu files: %llu restricted, %llu public with hidden parts (%llu hidden lines); "
                 "public view of %.1f MB in %.2f s (%.0f MB/s)\n",
                 static_cast<unsigned long long>(counts.files),
                 static_cast<unsigned long long>(counts.restricted),
                 static_cast<unsigned long long>(counts.partly),
                 static_cast<unsigned long long>(counts.hidden_lines),
                 static_cast<double>(counts.bytes) / 1e6, counts.view_seconds,
                 counts.view_seconds > 0
                     ? static_cast<double>(counts.bytes) / 1e6 / counts.view_seconds
                     : 0.0);
    return 0;
}
