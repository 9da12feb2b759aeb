// Decoding raw council files to UTF-8: UTF-8 (with or without BOM), cp1252 and latin-1.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "schema/council_document.h"

namespace ratsarchiv::indexer {

/// Text decoded to UTF-8, with the encoding it was decoded from.
struct DecodedText {
    std::string utf8;
    std::string encoding; ///< "UTF-8", "windows-1252", "ISO-8859-1"
    std::vector<Diagnostic> diagnostics;
};

/// Decodes bytes of unknown encoding. Never throws: undecodable bytes become U+FFFD and a
/// diagnostic; binary content (NUL bytes) is reported.
DecodedText decode_text(std::string_view bytes);

} // namespace ratsarchiv::indexer
