// Per-test temporary directories made with mkdtemp, so parallel tests never collide.
#include "support/temp_directory.h"

#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace ratsarchiv::testing {

TempDirectory::TempDirectory() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "ratsarchiv-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed for " + pattern);
    }
    path_ = pattern;
}

TempDirectory::~TempDirectory() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

std::filesystem::path source_dir() {
    return RATSARCHIV_SOURCE_DIR;
}

std::filesystem::path shared_dir() {
    return source_dir().parent_path() / "shared";
}

} // namespace ratsarchiv::testing
