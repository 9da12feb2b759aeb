// Streams the members of a (gzip-compressed) tar archive without unpacking it to disk.
#pragma once

#include <functional>
#include <string>

namespace ratsarchiv::indexer {

/// Calls `on_member(name, bytes)` for each regular file of the tar archive at `path` (plain or
/// gzip). Throws InputError when the archive itself is unreadable or corrupt.
void read_tar_archive(const std::string& path,
                      const std::function<void(const std::string&, std::string&&)>& on_member);

} // namespace ratsarchiv::indexer
