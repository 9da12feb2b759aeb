// Inflating gzip and zlib data with zlib: council files that come gzipped, and the deflated
// text tails of the index (schema/stored_document.h).
#pragma once

#include <string>
#include <string_view>

namespace ratsarchiv::schema {

/// True when the bytes start with the gzip magic number.
bool looks_gzipped(std::string_view bytes);

/// Inflates gzip (or zlib) data; throws InputError(origin, reason) on corrupt data, with no
/// more than `max_bytes` of output (a decompression bomb is an error, not a stall).
std::string gunzip(std::string_view bytes, const std::string& origin,
                   std::size_t max_bytes = std::size_t{1} << 30);

/// Deflates `bytes` into zlib data (what gunzip() inflates).
std::string deflate_zlib(std::string_view bytes);

} // namespace ratsarchiv::schema
