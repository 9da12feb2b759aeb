// ICU-backed folding used by keyword terms and the analyzer.
#include "schema/text_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace ratsarchiv::schema {

namespace {
icu::UnicodeString nfc(std::string_view utf8) {
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) {
        return s;
    }
    icu::UnicodeString out = normalizer->normalize(s, status);
    return U_SUCCESS(status) ? out : s;
}

std::string to_utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}
} // namespace

std::string to_nfc(std::string_view utf8) {
    return to_utf8(nfc(utf8));
}

std::string case_fold(std::string_view utf8) {
    icu::UnicodeString s = nfc(utf8);
    s.foldCase(U_FOLD_CASE_DEFAULT);
    return to_utf8(s);
}

std::size_t utf8_length(std::string_view utf8) {
    std::size_t n = 0;
    for (char c : utf8) {
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return n;
}

std::string_view utf8_prefix(std::string_view utf8, std::size_t max_bytes) {
    if (utf8.size() <= max_bytes) {
        return utf8;
    }
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    return utf8.substr(0, cut);
}

std::string fold_whitespace(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(utf8[i]);
        bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (c == 0xC2 && i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) == 0xA0) {
            space = true; // NBSP
            ++i;
        }
        if (space) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) {
            out += ' ';
            pending_space = false;
        }
        out += static_cast<char>(c);
    }
    return out;
}

std::string fold_keyword(std::string_view utf8) {
    std::string folded = case_fold(fold_whitespace(utf8));
    std::string out;
    out.reserve(folded.size() + 8);
    for (std::size_t i = 0; i < folded.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(folded[i]);
        if (c == 0xC3 && i + 1 < folded.size()) {
            unsigned char d = static_cast<unsigned char>(folded[i + 1]);
            const char* replacement = d == 0xA4   ? "ae"
                                      : d == 0xB6 ? "oe"
                                      : d == 0xBC ? "ue"
                                                  : nullptr;
            if (replacement != nullptr) {
                out += replacement;
                ++i;
                continue;
            }
        }
        out += static_cast<char>(c);
    }
    return out;
}

} // namespace ratsarchiv::schema
