// Staff tokens at rest: the server config holds only salted SHA-256 hashes of the bearer tokens
// ("sha256:<salt hex>:<digest hex>"), made by ratsarchiv-hash-token; a request's token is hashed
// with each entry's salt and compared in constant time, so neither the config file nor the
// response time gives a token away.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ratsarchiv::server {

/// One configured token hash.
struct TokenHash {
    std::vector<unsigned char> salt;
    std::vector<unsigned char> digest; ///< SHA-256(salt || token)
};

/// Parses "sha256:<salt hex>:<digest hex>"; throws ConfigError (key `key`) when malformed.
TokenHash parse_token_hash(std::string_view text, const std::string& key);

/// The config form of the hash of `token` with a fresh random salt.
std::string hash_token(std::string_view token);

/// The config form of the hash of `token` with the given salt (deterministic, for tests).
std::string hash_token_with_salt(std::string_view token, const std::vector<unsigned char>& salt);

/// A new random token (URL-safe, 256 bits) for an operator to hand out.
std::string generate_token();

/// True when `token` matches any of `hashes`. Every entry is hashed and compared in full, so
/// the time taken does not depend on which entry (or how much of it) matched.
bool token_matches(std::string_view token, const std::vector<TokenHash>& hashes);

} // namespace ratsarchiv::server
