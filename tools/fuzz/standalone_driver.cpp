// The fuzz targets' main when they are not built with libFuzzer (the normal g++ build): runs the
// seed inputs, then random mutations of them (byte flips, insertions, deletions, repeats,
// splices, interesting tokens) for a given time, reproducibly from a fixed random seed. It is
// not coverage guided; the test suite's smoke run uses it so every build fuzzes a little, and
// the long runs use libFuzzer (tools/fuzz/README.md). A crash or broken invariant writes the
// input to the artifact file before the process dies.
#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include "tools/fuzz/fuzz_target.h"

namespace fs = std::filesystem;

namespace {

// The input being run, for the crash handler (written with async-signal-safe calls only).
const char* g_input = nullptr;
std::size_t g_input_size = 0;
const char* g_artifact = "fuzz-crash-input";

extern "C" void write_crash_input(int signal) {
    const int fd = ::open(g_artifact, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        if (g_input_size > 0 && ::write(fd, g_input, g_input_size) < 0) {
            // nothing more can be done inside a signal handler
        }
        ::close(fd);
    }
    const char message[] = "fuzz: crash; input written to the artifact file\n";
    if (::write(STDERR_FILENO, message, sizeof message - 1) < 0) {
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void run_one(const std::string& input) {
    g_input = input.data();
    g_input_size = input.size();
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

// Tokens that reach the interesting branches of council files, queries and URLs.
const std::vector<std::string> kTokens{"\n",
                                       "\r\n",
                                       "\t",
                                       " ",
                                       "\0",
                                       "\xff",
                                       "\xc3",
                                       "\xc3\xa4",
                                       "\xe4",
                                       "\xdf",
                                       "\xef\xbb\xbf",
                                       "\x1f\x8b\x08\x00",
                                       "OR",
                                       "AND",
                                       "\"",
                                       "*",
                                       "(",
                                       ")",
                                       "-",
                                       ":",
                                       "/",
                                       "..",
                                       "%",
                                       "%2e%2e",
                                       "%C3%A4",
                                       "%zz",
                                       "&",
                                       "=",
                                       "+",
                                       "?",
                                       "q=",
                                       "&limit=",
                                       "&page=",
                                       "&from=",
                                       "&sort=",
                                       "gremium:",
                                       "nummer:",
                                       "jahr:",
                                       "typ:",
                                       "amt:",
                                       "unterzeichner:",
                                       "Vorlage",
                                       "Antrag",
                                       "Stellungnahme",
                                       "Beratungsfolge",
                                       "Gremium",
                                       "nichtöffentlich",
                                       "öffentlich",
                                       "Nr.",
                                       "Drucksache",
                                       "A0105/22",
                                       "12.03.2024",
                                       "2024-13-45",
                                       "31.02.",
                                       "Straße",
                                       "Bürgerinnen",
                                       "Digitalisierungsstrategie",
                                       "Anlage 1",
                                       "gez.",
                                       "Oberbürgermeister",
                                       "§ 45",
                                       "1.234,56 €",
                                       "/static/",
                                       "/api/search",
                                       "/api/documents/",
                                       "/dokument/",
                                       "4294967296",
                                       "-1",
                                       "99999999999"};

class Mutator {
public:
    explicit Mutator(unsigned seed) : random_(seed) {}

    std::string mutate(std::string s, const std::vector<std::string>& seeds) {
        const int rounds = 1 + pick(4);
        for (int i = 0; i < rounds; ++i) {
            switch (pick(7)) {
            case 0: // flip a bit
                if (!s.empty()) {
                    s[pick(s.size())] ^= static_cast<char>(1u << pick(8));
                }
                break;
            case 1: // insert a random byte
                s.insert(s.begin() + pick(s.size() + 1), static_cast<char>(pick(256)));
                break;
            case 2: // delete a range
                if (!s.empty()) {
                    const std::size_t at = pick(s.size());
                    s.erase(at, 1 + pick(std::min<std::size_t>(64, s.size() - at)));
                }
                break;
            case 3: // repeat a range many times (long words, deep nesting, huge lines)
                if (!s.empty()) {
                    const std::size_t at = pick(s.size());
                    const std::string part = s.substr(at, 1 + pick(16));
                    std::string repeated;
                    for (std::size_t n = 1 + pick(2000); n > 0 && repeated.size() < 200'000; --n) {
                        repeated += part;
                    }
                    s.insert(at, repeated);
                }
                break;
            case 4: // splice in a piece of another seed
                if (!seeds.empty()) {
                    const std::string& other = seeds[pick(seeds.size())];
                    if (!other.empty()) {
                        const std::size_t from = pick(other.size());
                        s.insert(pick(s.size() + 1), other.substr(from, 1 + pick(256)));
                    }
                }
                break;
            default: // an interesting token
                s.insert(pick(s.size() + 1), kTokens[pick(kTokens.size())]);
                break;
            }
        }
        if (s.size() > 1'000'000) {
            s.resize(1'000'000);
        }
        return s;
    }

private:
    std::size_t pick(std::size_t n) {
        return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(random_);
    }
    std::mt19937_64 random_;
};

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void add_seeds(const fs::path& path, bool lines, std::vector<std::string>& seeds) {
    if (fs::is_directory(path)) {
        for (const auto& entry : fs::recursive_directory_iterator(path)) {
            if (entry.is_regular_file()) {
                add_seeds(entry.path(), lines, seeds);
            }
        }
        return;
    }
    const std::string text = read_file(path);
    if (!lines) {
        seeds.push_back(text);
        return;
    }
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        seeds.push_back(text.substr(start, end - start));
        start = end + 1;
    }
}

int usage() {
    std::cerr << "usage: ratsarchiv-fuzz-<target> [--seconds S] [--seed N] [--artifact FILE]\n"
                 "                                [--lines] SEED_FILE_OR_DIR...\n"
                 "  Runs the seeds, then random mutations of them for S seconds (default 10).\n"
                 "  --lines: each line of a seed file is one input.\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    double seconds = 10;
    unsigned seed = 1;
    bool lines = false;
    std::vector<std::string> seed_paths;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--seconds" && i + 1 < argc) {
            seconds = std::stod(argv[++i]);
        } else if (arg == "--seed" && i + 1 < argc) {
            seed = static_cast<unsigned>(std::stoul(argv[++i]));
        } else if (arg == "--artifact" && i + 1 < argc) {
            g_artifact = argv[++i];
        } else if (arg == "--lines") {
            lines = true;
        } else if (arg.rfind("--", 0) == 0) {
            return usage();
        } else {
            seed_paths.push_back(arg);
        }
    }
    std::vector<std::string> seeds;
    for (const auto& path : seed_paths) {
        if (!fs::exists(path)) {
            std::cerr << "fuzz: no such seed path: " << path << "\n";
            return 2;
        }
        add_seeds(path, lines, seeds);
    }
    if (seeds.empty()) {
        seeds.emplace_back();
    }
    for (const int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) {
        std::signal(signal, write_crash_input);
    }

    const auto start = std::chrono::steady_clock::now();
    std::uint64_t executions = 0;
    for (const auto& input : seeds) {
        run_one(input);
        ++executions;
    }
    Mutator mutator(seed);
    std::mt19937_64 choose(seed + 1);
    const auto deadline = start + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
        const std::string& base = seeds[choose() % seeds.size()];
        run_one(mutator.mutate(base, seeds));
        ++executions;
    }
    const double took =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "fuzz: " << executions << " executions (" << seeds.size() << " seeds) in " << took
              << " s, " << static_cast<std::uint64_t>(executions / took) << " exec/s, no finding\n";
    return 0;
}
