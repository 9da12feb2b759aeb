// Test inputs in archive formats: gzip data and minimal ustar tar archives, made in memory.
#pragma once

#include <map>
#include <string>

namespace ratsarchiv::testing {

/// `plain` gzip-compressed.
std::string gzip_bytes(const std::string& plain);

/// A minimal ustar archive with the given members (name -> content), names as given (so a
/// test can write hostile ones such as "../x.txt").
std::string tar_bytes(const std::map<std::string, std::string>& members);

} // namespace ratsarchiv::testing
