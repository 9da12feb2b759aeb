// Parsing of db.shards.
#include "server/index/shard_spec.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <string_view>

#include "schema/errors.h"
#include "schema/index_layout.h"

namespace ratsarchiv::server {

namespace {

constexpr std::string_view kKey = "db.shards";
constexpr std::string_view kTcp = "tcp://";

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) {
        s.remove_suffix(1);
    }
    return s;
}

std::vector<std::string_view> split(std::string_view s, char separator) {
    std::vector<std::string_view> pieces;
    for (std::size_t start = 0;;) {
        std::size_t end = s.find(separator, start);
        pieces.push_back(trimmed(s.substr(start, end - start)));
        if (end == std::string_view::npos) {
            return pieces;
        }
        start = end + 1;
    }
}

ShardLocation parse_location(std::string_view text, const std::string& shard) {
    ShardLocation location;
    if (text.substr(0, kTcp.size()) != kTcp) {
        if (text.empty()) {
            throw ConfigError(std::string(kKey), "shard " + shard + ": a part has no location");
        }
        location.path = std::string(text);
        return location;
    }
    std::string_view rest = text.substr(kTcp.size());
    const std::size_t colon = rest.rfind(':');
    unsigned port = 0;
    if (colon == std::string_view::npos || colon == 0) {
        throw ConfigError(std::string(kKey),
                          "shard " + shard + ": " + std::string(text) + " is not tcp://HOST:PORT");
    }
    std::string_view digits = rest.substr(colon + 1);
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
    if (ec != std::errc() || end != digits.data() + digits.size() || port == 0 || port > 65535) {
        throw ConfigError(std::string(kKey),
                          "shard " + shard + ": bad port in " + std::string(text));
    }
    location.host = std::string(rest.substr(0, colon));
    location.port = port;
    return location;
}

ShardSpec parse_shard(std::string_view text) {
    const std::size_t equals = text.find('=');
    if (equals == std::string_view::npos || trimmed(text.substr(0, equals)).empty()) {
        throw ConfigError(std::string(kKey),
                          "`" + std::string(text) + "` is not NAME=PART[,PART...]");
    }
    ShardSpec spec;
    spec.name = std::string(trimmed(text.substr(0, equals)));
    std::optional<ShardLocation> public_part;
    for (std::string_view part : split(text.substr(equals + 1), ',')) {
        const std::size_t at = part.find('@');
        std::string_view role = at == std::string_view::npos ? "" : trimmed(part.substr(0, at));
        ShardLocation location = parse_location(
            at == std::string_view::npos ? part : trimmed(part.substr(at + 1)), spec.name);
        auto assign = [&](std::optional<ShardLocation>& slot, std::string_view what) {
            if (slot) {
                throw ConfigError(std::string(kKey), "shard " + spec.name + " names its " +
                                                         std::string(what) + " part twice");
            }
            slot = std::move(location);
        };
        if (role.empty()) {
            if (location.remote()) {
                throw ConfigError(std::string(kKey),
                                  "shard " + spec.name +
                                      ": a remote part needs its role (public@, restricted@)");
            }
            ShardSpec whole = local_index_shard(spec.name, location.path, false);
            location = whole.public_part;
            assign(public_part, "public");
            location = *whole.restricted_part;
            assign(spec.restricted_part, "restricted");
        } else if (role == "public") {
            assign(public_part, "public");
        } else if (role == "restricted") {
            assign(spec.restricted_part, "restricted");
        } else if (role == "spelling") {
            assign(spec.spelling_part, "spelling");
        } else {
            throw ConfigError(std::string(kKey), "shard " + spec.name + ": unknown role `" +
                                                     std::string(role) +
                                                     "` (public, restricted, spelling)");
        }
    }
    if (!public_part) {
        throw ConfigError(std::string(kKey), "shard " + spec.name + " has no public part");
    }
    spec.public_part = std::move(*public_part);
    return spec;
}

} // namespace

std::string ShardLocation::text() const {
    return remote() ? std::string(kTcp) + host + ":" + std::to_string(port) : path;
}

bool ShardSpec::remote() const {
    return public_part.remote() || (restricted_part && restricted_part->remote());
}

std::vector<const ShardLocation*> ShardSpec::parts(bool with_restricted) const {
    std::vector<const ShardLocation*> out{&public_part};
    if (spelling_part) {
        out.push_back(&*spelling_part);
    }
    if (with_restricted && restricted_part) {
        out.push_back(&*restricted_part);
    }
    return out;
}

std::vector<ShardSpec> parse_shard_specs(const std::string& text) {
    std::vector<ShardSpec> specs;
    std::set<std::string> names;
    for (std::string_view piece : split(text, ';')) {
        if (piece.empty()) {
            continue;
        }
        ShardSpec spec = parse_shard(piece);
        if (!names.insert(spec.name).second) {
            throw ConfigError(std::string(kKey), "shard name " + spec.name + " given twice");
        }
        specs.push_back(std::move(spec));
    }
    if (specs.empty()) {
        throw ConfigError(std::string(kKey), "names no shard");
    }
    return specs;
}

ShardSpec local_index_shard(const std::string& name, const std::string& index_dir,
                            bool public_only) {
    ShardSpec spec;
    spec.name = name;
    spec.public_part.path = schema::public_part(index_dir);
    if (!public_only) {
        spec.restricted_part = ShardLocation{schema::restricted_part(index_dir), {}, 0};
    }
    return spec;
}

} // namespace ratsarchiv::server
