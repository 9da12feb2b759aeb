// ratsarchiv-oparl-harvest: harvests an OParl 1.1 server into a directory (oparl_harvester.h)
// and prints what it found and how long it took.
//
//   ratsarchiv-oparl-harvest --out DIR [--token TOKEN] [--keep-pages] [--modified-since T]
//                            SYSTEM_URL
#include <cstdio>
#include <iostream>

#include "tools/oparl-harvest/oparl_harvester.h"

namespace {

int usage() {
    std::cerr << "usage: ratsarchiv-oparl-harvest [--out DIR] [--token TOKEN] [--keep-pages] "
                 "[--modified-since DATE-TIME] SYSTEM_URL\n"
                 "  walks the server from its System object following only its links and writes\n"
                 "  every object to DIR/<Type>/<safe-id>.json (see README, \"OParl\")\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    ratsarchiv::tools::HarvestOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--out" && i + 1 < argc) {
            options.out = argv[++i];
        } else if (arg == "--token" && i + 1 < argc) {
            options.bearer = argv[++i];
        } else if (arg == "--modified-since" && i + 1 < argc) {
            options.modified_since = argv[++i];
        } else if (arg == "--keep-pages") {
            options.keep_pages = true;
        } else if (!arg.starts_with("-") && options.system_url.empty()) {
            options.system_url = arg;
        } else {
            return usage();
        }
    }
    if (options.system_url.empty()) {
        return usage();
    }
    try {
        const auto summary = ratsarchiv::tools::OParlHarvester(options).run();
        for (const auto& [type, count] : summary.objects) {
            std::printf("%-14s %10llu objects\n", type.c_str(),
                        static_cast<unsigned long long>(count));
        }
        for (const auto& [type, count] : summary.pages) {
            std::printf("%-14s %10llu list pages\n", type.c_str(),
                        static_cast<unsigned long long>(count));
        }
        std::printf("requests %llu, %.1f MB, %llu deleted, %llu seen twice, %.1f s\n",
                    static_cast<unsigned long long>(summary.requests), summary.bytes / 1e6,
                    static_cast<unsigned long long>(summary.deleted),
                    static_cast<unsigned long long>(summary.duplicates), summary.seconds);
        return summary.duplicates == 0 ? 0 : 1;
    } catch (const std::exception& e) {
        std::cerr << "ratsarchiv-oparl-harvest: " << e.what() << "\n";
        return 1;
    }
}
