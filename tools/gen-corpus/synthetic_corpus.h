// The synthetic archive of ratsarchiv-gen-corpus: document i of a seed as the bytes written to
// disk (UTF-8, now and then cp1252 or gzip, as real archives mix them) and its path below the
// output directory (<body>/<year>/<number>.txt). Load and scale tests use it where the 48
// hand-written documents of corpus/ are too few.
#pragma once

#include <zlib.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "schema/errors.h"
#include "tools/gen-corpus/layouts.h"

namespace ratsarchiv::gen_corpus {

/// Converts UTF-8 to Windows-1252; nullopt when a character has no cp1252 form.
inline std::optional<std::string> to_cp1252(std::string_view utf8) {
    std::string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (i + length > utf8.size()) {
            return std::nullopt;
        }
        char32_t cp = length == 1 ? lead : lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        }
        i += length;
        if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) {
            out += static_cast<char>(cp);
            continue;
        }
        switch (cp) {
        case U'€':
            out += '\x80';
            break;
        case U'„':
            out += '\x84';
            break;
        case U'–':
            out += '\x96';
            break;
        case U'“':
            out += '\x93';
            break;
        case U'”':
            out += '\x94';
            break;
        default:
            return std::nullopt;
        }
    }
    return out;
}

/// Compresses bytes into the gzip format (what `gzip -n` writes).
inline std::string gzip(std::string_view plain) {
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK) {
        throw InputError("gzip", "deflateInit2 failed");
    }
    std::string out(deflateBound(&stream, static_cast<uLong>(plain.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.data()));
    stream.avail_in = static_cast<uInt>(plain.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END) {
        throw InputError("gzip", "deflate did not finish");
    }
    return out;
}

/// One generated file and what it states (for labels).
struct GeneratedFile {
    std::string path;  ///< below the output directory, '/'-separated
    std::string bytes; ///< as written to disk
    std::string encoding = "UTF-8";
    bool gzipped = false;
    DocumentPlan plan;
};

/// Document `index` of the archive for `seed`. The same (seed, index) always gives the same
/// bytes; about 1 % of files are cp1252 or Latin-1 (where the text allows) and 2 % gzip-compressed.
inline GeneratedFile generate(std::uint64_t seed, std::uint64_t index, int years = 7) {
    GeneratedFile file;
    file.plan = plan_document(seed, index, years);
    Rng rng = rng_for(seed, index / 2, 4 + index % 2);
    std::string text = render(file.plan, rng);
    file.path = std::string(file.plan.body->dir) + "/" + std::to_string(file.plan.year) + "/" +
                file.plan.file_stem + ".txt";
    if (rng.percent(1)) {
        if (auto legacy = to_cp1252(text)) {
            // Without any of the bytes 0x80-0x9F the file is Latin-1 as well; say so.
            const bool cp1252_only = std::any_of(legacy->begin(), legacy->end(), [](char c) {
                return static_cast<unsigned char>(c) >= 0x80 &&
                       static_cast<unsigned char>(c) < 0xA0;
            });
            text = std::move(*legacy);
            file.encoding = cp1252_only ? "windows-1252" : "ISO-8859-1";
        }
    }
    if (rng.percent(2)) {
        text = gzip(text);
        file.path += ".gz";
        file.gzipped = true;
    }
    file.bytes = std::move(text);
    return file;
}

} // namespace ratsarchiv::gen_corpus
