// One input file as read from disk or from an archive, before decoding.
#pragma once

#include <string>
#include <vector>

namespace ratsarchiv::indexer {

/// The bytes of one council file and where they came from.
struct RawFile {
    std::string archive;      ///< archive name (directory name or tarball name), part of identity
    std::string source;       ///< path relative to the archive root, part of identity
    std::string origin;       ///< where to find it, for messages (file path, or tarball:member)
    std::string bytes;        ///< raw content; gzip already inflated
    std::string default_body; ///< body to assume when the document names none
    bool truncated = false;   ///< larger than the size limit: bytes hold the first part
    /// Problems of where the file came from that did not stop it from being read (a tar
    /// member whose path left the archive); reported with the document.
    std::vector<std::string> walk_problems;
};

} // namespace ratsarchiv::indexer
