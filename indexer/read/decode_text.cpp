// Encoding detection: valid UTF-8 wins (legacy 8-bit text is almost never valid UTF-8: an
// umlaut byte would have to be followed by exactly the right continuation bytes); otherwise
// windows-1252, a superset of latin-1's printable range. A UTF-8 BOM is dropped; CR of CRLF
// line ends is left to the text cleaner, which drops it.
#include "indexer/read/decode_text.h"

#include <algorithm>

#include <unicode/utf8.h>

namespace ratsarchiv::indexer {

namespace {
// windows-1252 code points for 0x80..0x9F; 0 where the code page leaves the byte undefined.
constexpr char32_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_utf8(std::string& out, char32_t cp) {
    char buffer[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, 4, static_cast<UChar32>(cp), error);
    if (error) {
        length = 0; // cp is always a valid code point here; nothing to append otherwise
    }
    out.append(buffer, static_cast<std::size_t>(length));
}

bool is_valid_utf8(std::string_view bytes) {
    int32_t i = 0;
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    auto length = static_cast<int32_t>(bytes.size());
    while (i < length) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) {
            return false;
        }
    }
    return true;
}
} // namespace

DecodedText decode_text(std::string_view bytes) {
    DecodedText result;
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        bytes.remove_prefix(3);
    }
    std::size_t nul_count = std::count(bytes.begin(), bytes.end(), '\0');
    if (nul_count > 0) {
        // A few NUL bytes are debris of a text conversion and cost nothing; a file that is more
        // than 1% NUL is likely no text at all (a binary named .txt): a real problem.
        Severity severity = nul_count * 100 > bytes.size() ? Severity::Problem : Severity::Note;
        result.diagnostics.push_back(
            {"encoding",
             severity == Severity::Note
                 ? "NUL bytes removed"
                 : "binary content: " + std::to_string(nul_count) + " NUL bytes removed",
             0, severity});
    }
    if (is_valid_utf8(bytes)) {
        result.encoding = "UTF-8";
        result.utf8.reserve(bytes.size());
        for (char c : bytes) {
            if (c != '\0') {
                result.utf8 += c;
            }
        }
        return result;
    }
    // Latin-1 leaves 0x80..0x9F to control characters that text never uses; a file with such
    // bytes is windows-1252 (curly quotes, dashes, euro sign), otherwise both decode alike.
    bool cp1252_only = std::any_of(bytes.begin(), bytes.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u >= 0x80 && u < 0xA0;
    });
    result.encoding = cp1252_only ? "windows-1252" : "ISO-8859-1";
    result.utf8.reserve(bytes.size() + bytes.size() / 8);
    for (unsigned char c : bytes) {
        if (c == 0) {
            continue;
        }
        if (c < 0x80) {
            result.utf8 += static_cast<char>(c);
        } else if (c < 0xA0) {
            char32_t cp = kCp1252High[c - 0x80];
            append_utf8(result.utf8, cp != 0 ? cp : 0xFFFD);
        } else {
            append_utf8(result.utf8, c);
        }
    }
    return result;
}

} // namespace ratsarchiv::indexer
