// A unique temporary directory per test, removed when the test ends.
#pragma once

#include <filesystem>
#include <string>

namespace ratsarchiv::testing {

/// Creates a fresh directory under the system temp dir; removes it (recursively) on destruction.
class TempDirectory {
public:
    TempDirectory();
    ~TempDirectory();
    TempDirectory(const TempDirectory&) = delete;
    TempDirectory& operator=(const TempDirectory&) = delete;

    const std::filesystem::path& path() const { return path_; }
    /// path() / name, as a string.
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

/// Writes `bytes` to `path`, creating parent directories.
void write_file(const std::filesystem::path& path, const std::string& bytes);

/// The repository root (for corpus/ and tests/data/) and the shared data beside it.
std::filesystem::path source_dir();
std::filesystem::path shared_dir();

} // namespace ratsarchiv::testing
