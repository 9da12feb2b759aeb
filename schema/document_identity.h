// Stable document ids: identity is archive name + source path, so re-indexing the same file
// replaces its document instead of adding a second one, on any shard.
#pragma once

#include <string>
#include <string_view>

namespace ratsarchiv::schema {

/// The public id of a document: 16 hex digits of SHA-1 over "archive\0source".
std::string document_id(std::string_view archive, std::string_view source);

/// The boolean term of a document's "archive:source" (prefix kPrefixSource). A path too long
/// for a Xapian term (deep directories) keeps its first 200 bytes (cut at a character
/// boundary), then "#" and 16 hex digits of its SHA-1: still unique, and still found by the
/// term prefix of the directories it lies in.
std::string source_term(std::string_view archive_source);

/// Hex SHA-1 of raw bytes, for change detection.
std::string content_hash(std::string_view bytes);

} // namespace ratsarchiv::schema
