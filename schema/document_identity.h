// Stable document ids: identity is archive name + source path, so re-indexing the same file
// replaces its document instead of adding a second one, on any shard.
#pragma once

#include <string>
#include <string_view>

namespace ratsarchiv::schema {

/// The public id of a document: 16 hex digits of SHA-1 over "archive\0source".
std::string document_id(std::string_view archive, std::string_view source);

/// Hex SHA-1 of raw bytes, for change detection.
std::string content_hash(std::string_view bytes);

} // namespace ratsarchiv::schema
