// Small Unicode helpers shared by index and query side: NFC, case folding, white space folding.
#pragma once

#include <string>
#include <string_view>

namespace ratsarchiv::schema {

/// NFC-normalizes valid UTF-8; invalid sequences are replaced by U+FFFD.
std::string to_nfc(std::string_view utf8);

/// Full Unicode case folding (after NFC), as ICU applies it: "Straße" -> "strasse".
std::string case_fold(std::string_view utf8);

/// Folds a keyword value for exact matching: NFC, case folding, ä/ö/ü -> ae/oe/ue, white space
/// runs -> one space, trimmed. "Der  Stadtrat " and "der stadtrat" fold alike.
std::string fold_keyword(std::string_view utf8);

/// The longest prefix of `utf8` of at most `max_bytes` bytes that does not cut a character.
std::string_view utf8_prefix(std::string_view utf8, std::size_t max_bytes);

/// The number of characters (code points) of UTF-8 text.
std::size_t utf8_length(std::string_view utf8);

/// Collapses white space runs (including tabs, newlines, NBSP) to one space and trims.
std::string fold_whitespace(std::string_view utf8);

} // namespace ratsarchiv::schema
