// zlib inflate of whole buffers.
#include "schema/gzip.h"

#include <zlib.h>

#include "schema/errors.h"

namespace ratsarchiv::schema {

bool looks_gzipped(std::string_view bytes) {
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
           static_cast<unsigned char>(bytes[1]) == 0x8b;
}

std::string gunzip(std::string_view bytes, const std::string& origin, std::size_t max_bytes) {
    z_stream stream{};
    // 32 + 15: detect gzip or zlib header automatically, largest window.
    if (inflateInit2(&stream, 32 + 15) != Z_OK) {
        throw InputError(origin, "zlib could not be initialized");
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    std::string out;
    char buffer[65536];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            std::string reason = stream.msg ? stream.msg : "corrupt data";
            inflateEnd(&stream);
            throw InputError(origin, "gzip: " + reason);
        }
        out.append(buffer, sizeof buffer - stream.avail_out);
        if (out.size() > max_bytes) {
            inflateEnd(&stream);
            throw InputError(origin, "gzip: inflates to more than the size limit");
        }
        if (rc == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);
            throw InputError(origin, "gzip: truncated stream");
        }
    }
    inflateEnd(&stream);
    return out;
}

std::string deflate_zlib(std::string_view bytes) {
    uLongf size = compressBound(static_cast<uLong>(bytes.size()));
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                  reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uLong>(bytes.size()),
                  Z_DEFAULT_COMPRESSION) != Z_OK) {
        throw Error("zlib could not compress " + std::to_string(bytes.size()) + " bytes");
    }
    out.resize(size);
    return out;
}

} // namespace ratsarchiv::schema
