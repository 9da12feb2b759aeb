// Salted token hashes and their constant-time check.
#include "server/access/staff_token.h"

#include <Poco/RandomStream.h>
#include <Poco/SHA2Engine.h>

#include "schema/errors.h"

namespace ratsarchiv::server {

namespace {

constexpr std::string_view kScheme = "sha256";
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kDigestBytes = 32;

std::string to_hex(const std::vector<unsigned char>& bytes) {
    static const char* kDigits = "0123456789abcdef";
    std::string hex;
    for (unsigned char b : bytes) {
        hex.push_back(kDigits[b >> 4]);
        hex.push_back(kDigits[b & 15]);
    }
    return hex;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

bool from_hex(std::string_view hex, std::vector<unsigned char>& out) {
    if (hex.size() % 2 != 0) {
        return false;
    }
    out.clear();
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        int hi = hex_value(hex[i]);
        int lo = hex_value(hex[i + 1]);
        if (hi < 0 || lo < 0) {
            return false;
        }
        out.push_back(static_cast<unsigned char>(hi * 16 + lo));
    }
    return true;
}

std::vector<unsigned char> digest_of(std::string_view token,
                                     const std::vector<unsigned char>& salt) {
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(salt.data(), static_cast<unsigned>(salt.size()));
    engine.update(token.data(), static_cast<unsigned>(token.size()));
    return engine.digest();
}

std::vector<unsigned char> random_bytes(std::size_t n) {
    Poco::RandomInputStream random;
    std::vector<unsigned char> bytes(n);
    random.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(n));
    return bytes;
}

} // namespace

TokenHash parse_token_hash(std::string_view text, const std::string& key) {
    std::size_t first = text.find(':');
    std::size_t second = first == std::string_view::npos ? first : text.find(':', first + 1);
    TokenHash hash;
    if (second == std::string_view::npos || text.substr(0, first) != kScheme ||
        !from_hex(text.substr(first + 1, second - first - 1), hash.salt) ||
        !from_hex(text.substr(second + 1), hash.digest) || hash.salt.empty() ||
        hash.digest.size() != kDigestBytes) {
        throw ConfigError(key, "expected sha256:<salt hex>:<64 hex digits> (made by "
                               "ratsarchiv-hash-token), got an entry of " +
                                   std::to_string(text.size()) + " characters");
    }
    return hash;
}

std::string hash_token_with_salt(std::string_view token, const std::vector<unsigned char>& salt) {
    return std::string(kScheme) + ":" + to_hex(salt) + ":" + to_hex(digest_of(token, salt));
}

std::string hash_token(std::string_view token) {
    return hash_token_with_salt(token, random_bytes(kSaltBytes));
}

std::string generate_token() {
    static const char* kAlphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string token;
    for (unsigned char b : random_bytes(43)) { // 43 * 6 bits >= 256 bits
        token.push_back(kAlphabet[b & 63]);
    }
    return token;
}

bool token_matches(std::string_view token, const std::vector<TokenHash>& hashes) {
    unsigned char any = 0;
    for (const auto& hash : hashes) {
        std::vector<unsigned char> digest = digest_of(token, hash.salt);
        unsigned char diff = digest.size() == hash.digest.size() ? 0 : 1;
        for (std::size_t i = 0; i < digest.size() && i < hash.digest.size(); ++i) {
            diff |= static_cast<unsigned char>(digest[i] ^ hash.digest[i]);
        }
        any |= static_cast<unsigned char>(diff == 0);
    }
    return any != 0 && !token.empty();
}

} // namespace ratsarchiv::server
