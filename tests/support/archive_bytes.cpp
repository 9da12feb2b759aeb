// In-memory gzip and tar inputs for tests (see archive_bytes.h).
#include "support/archive_bytes.h"

#include <algorithm>
#include <cstdio>

#include <zlib.h>

namespace ratsarchiv::testing {

std::string gzip_bytes(const std::string& plain) {
    uLongf size = compressBound(static_cast<uLong>(plain.size())) + 32;
    std::string out(size, '\0');
    z_stream s{};
    deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.data()));
    s.avail_in = static_cast<uInt>(plain.size());
    s.next_out = reinterpret_cast<Bytef*>(out.data());
    s.avail_out = static_cast<uInt>(out.size());
    deflate(&s, Z_FINISH);
    out.resize(s.total_out);
    deflateEnd(&s);
    return out;
}

std::string tar_bytes(const std::map<std::string, std::string>& members) {
    std::string out;
    for (const auto& [name, content] : members) {
        std::string header(512, '\0');
        name.copy(header.data(), name.size());
        std::snprintf(header.data() + 100, 8, "%07o", 0644);
        std::snprintf(header.data() + 124, 12, "%011o", static_cast<unsigned>(content.size()));
        header[156] = '0';
        std::string("ustar").copy(header.data() + 257, 5);
        std::fill(header.begin() + 148, header.begin() + 156, ' ');
        unsigned sum = 0;
        for (unsigned char c : header) {
            sum += c;
        }
        std::snprintf(header.data() + 148, 8, "%06o", sum);
        out += header + content + std::string((512 - content.size() % 512) % 512, '\0');
    }
    return out + std::string(1024, '\0');
}

} // namespace ratsarchiv::testing
