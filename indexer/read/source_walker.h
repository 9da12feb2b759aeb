// Finds council files under the paths given to the indexer: plain files, directories
// (recursively), and tar archives (.tar, .tar.gz, .tgz) read without unpacking.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "indexer/read/raw_file.h"

namespace ratsarchiv::indexer {

/// How to walk.
struct WalkOptions {
    /// Root that `source` paths are relative to; default: the directory argument itself (for a
    /// file argument, its parent directory).
    std::optional<std::string> root;
    /// Archive name; default: the name of the root directory or of the tarball.
    std::optional<std::string> archive;
    /// Body (Körperschaft) for documents that name none, unless a ratsarchiv.properties file
    /// in their directory tree says otherwise.
    std::string default_body;
    /// Whether ratsarchiv.properties files supply defaults. Off where only what the texts
    /// themselves state counts (the extraction evaluation: a label's null body means the
    /// text names none).
    bool archive_defaults = true;
    /// Files larger than this are read up to the limit and reported.
    std::uintmax_t max_file_bytes = std::uintmax_t{256} << 20;
};

/// A file that could not be read at all.
struct WalkProblem {
    std::string origin;
    std::string reason;
};

/// A part of an archive that a walk read completely (a tarball, or a directory tree without
/// read errors): a file of it that the index holds but the walk did not find is gone.
struct WalkScope {
    std::string archive;
    std::string source_prefix; ///< "" for the whole archive, else "dir/" below the root
};

/// True for names the indexer reads: *.txt and *.txt.gz (case-insensitive).
bool is_council_file_name(const std::string& name);

/// Calls `on_file` for every council file in `paths` (in a stable, sorted order) and
/// `on_problem` for every one that could not be read. Never throws for a bad input file. With
/// `complete`, adds the scopes it read completely.
void walk_sources(const std::vector<std::string>& paths, const WalkOptions& options,
                  const std::function<void(RawFile&&)>& on_file,
                  const std::function<void(const WalkProblem&)>& on_problem,
                  std::vector<WalkScope>* complete = nullptr);

} // namespace ratsarchiv::indexer
