// Per-directory archive metadata: a `ratsarchiv.properties` file in a directory of an archive
// states what the documents below it do not say themselves (most Karlsruhe and Bremerhaven
// files never name their city). The nearest file up the tree wins.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace ratsarchiv::indexer {

/// The name of the per-directory defaults file.
inline constexpr const char* kArchiveDefaultsFile = "ratsarchiv.properties";

/// Defaults for the documents of a directory tree.
struct ArchiveDefaults {
    std::string body; ///< the Körperschaft, used when a document does not name one
};

/// Parses `key = value` lines (`#` comments, blank lines); the only key is `body`. Throws
/// InputError(origin, reason) for an unknown key or a line without '='.
ArchiveDefaults parse_archive_defaults(const std::string& text, const std::string& origin);

/// Finds and caches the defaults for files in directories between a root and its leaves.
class ArchiveDefaultsLookup {
public:
    /// `root`: the walk's root; files above it are not consulted.
    explicit ArchiveDefaultsLookup(std::filesystem::path root) : root_(std::move(root)) {}

    /// The defaults for a file in `directory` (nearest defaults file up to the root, or the
    /// fallback). Throws InputError when a defaults file is malformed.
    const ArchiveDefaults& for_directory(const std::filesystem::path& directory,
                                         const ArchiveDefaults& fallback);

private:
    std::filesystem::path root_;
    std::map<std::filesystem::path, ArchiveDefaults> cache_;
};

} // namespace ratsarchiv::indexer
