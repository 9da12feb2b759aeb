// Inflating gzip data with zlib.
#pragma once

#include <string>
#include <string_view>

namespace ratsarchiv::indexer {

/// True when the bytes start with the gzip magic number.
bool looks_gzipped(std::string_view bytes);

/// Inflates gzip (or zlib) data; throws InputError(origin, reason) on corrupt data, with no
/// more than `max_bytes` of output (a decompression bomb is an error, not a stall).
std::string gunzip(std::string_view bytes, const std::string& origin,
                   std::size_t max_bytes = std::size_t{1} << 30);

} // namespace ratsarchiv::indexer
