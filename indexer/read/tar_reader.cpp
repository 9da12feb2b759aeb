// ustar/GNU tar parsing over zlib's gzread (which also reads uncompressed files).
#include "indexer/read/tar_reader.h"

#include <zlib.h>

#include <array>
#include <memory>

#include "schema/errors.h"

namespace ratsarchiv::indexer {

namespace {
constexpr std::size_t kBlock = 512;

struct GzCloser {
    void operator()(gzFile_s* f) const { gzclose(f); }
};

std::uint64_t parse_octal(const char* field, std::size_t len) {
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < len && field[i] != '\0' && field[i] != ' '; ++i) {
        if (field[i] < '0' || field[i] > '7') {
            break;
        }
        value = value * 8 + static_cast<std::uint64_t>(field[i] - '0');
    }
    return value;
}

std::string field_string(const char* field, std::size_t len) {
    std::size_t n = 0;
    while (n < len && field[n] != '\0') {
        ++n;
    }
    return std::string(field, n);
}

void read_exact(gzFile file, char* out, std::size_t n, const std::string& path) {
    std::size_t done = 0;
    while (done < n) {
        int chunk = gzread(file, out + done,
                           static_cast<unsigned>(std::min<std::size_t>(n - done, 1 << 20)));
        if (chunk <= 0) {
            throw InputError(path, "tar: archive is truncated");
        }
        done += static_cast<std::size_t>(chunk);
    }
}
} // namespace

void read_tar_archive(const std::string& path,
                      const std::function<void(const std::string&, std::string&&)>& on_member) {
    std::unique_ptr<gzFile_s, GzCloser> file(gzopen(path.c_str(), "rb"));
    if (!file) {
        throw InputError(path, "cannot open archive");
    }
    gzbuffer(file.get(), 1 << 18);
    std::array<char, kBlock> header{};
    std::string long_name;
    for (;;) {
        int got = gzread(file.get(), header.data(), kBlock);
        if (got == 0) {
            return; // end without the two zero blocks: accept, as GNU tar does
        }
        if (got != static_cast<int>(kBlock)) {
            throw InputError(path, "tar: archive is truncated");
        }
        if (header[0] == '\0') {
            return; // end-of-archive block
        }
        std::uint64_t size = parse_octal(header.data() + 124, 12);
        char type = header[156];
        std::string name = field_string(header.data(), 100);
        std::string prefix = field_string(header.data() + 345, 155);
        if (!prefix.empty() && std::string_view(header.data() + 257, 5) == "ustar") {
            name = prefix + "/" + name;
        }
        std::uint64_t padded = (size + kBlock - 1) / kBlock * kBlock;
        std::string content(padded, '\0');
        read_exact(file.get(), content.data(), padded, path);
        content.resize(size);
        if (type == 'L') { // GNU long name for the next member
            long_name = field_string(content.data(), content.size());
            continue;
        }
        if (!long_name.empty()) {
            name = long_name;
            long_name.clear();
        }
        if (type == '0' || type == '\0') {
            on_member(name, std::move(content));
        }
    }
}

} // namespace ratsarchiv::indexer
