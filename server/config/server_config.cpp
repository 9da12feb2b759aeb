// The table of allowed configuration keys and the layered loading (defaults, file, env, flags).
#include "server/config/server_config.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <fstream>

#include "schema/errors.h"

namespace ratsarchiv::server {

namespace {

std::string trim(std::string_view s) {
    auto not_space = [](unsigned char c) { return !std::isspace(c); };
    auto begin = std::find_if(s.begin(), s.end(), not_space);
    auto end = std::find_if(s.rbegin(), s.rend(), not_space).base();
    return begin < end ? std::string(begin, end) : std::string();
}

const ConfigKey* find_key(std::string_view key) {
    for (const auto& k : config_keys()) {
        if (k.key == key) {
            return &k;
        }
    }
    return nullptr;
}

void check_value(const ConfigKey& k, std::string_view value) {
    const std::string key(k.key);
    if (k.kind == ConfigKind::Integer) {
        long long n = 0;
        auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (ec != std::errc() || ptr != value.data() + value.size()) {
            throw ConfigError(key, "must be an integer, got '" + std::string(value) + "'");
        }
        if (n < k.min || n > k.max) {
            throw ConfigError(key, "must be between " + std::to_string(k.min) + " and " +
                                       std::to_string(k.max));
        }
    } else if (k.kind == ConfigKind::Boolean) {
        if (value != "true" && value != "false") {
            throw ConfigError(key, "must be true or false");
        }
    }
}

// Flags that are shorthands for keys.
const std::map<std::string, std::string, std::less<>> kFlagKeys{
    {"--db", "db.path"},
    {"--bind", "server.bind"},
    {"--port", "server.port"},
    {"--threads", "server.threads"},
};

} // namespace

const std::vector<ConfigKey>& config_keys() {
    static const std::vector<ConfigKey> keys{
        {"db.path", ConfigKind::String, "", 0, 0, "Xapian database directory"},
        // A public mirror (a replica of the public part alone) holds no non-public document at
        // all; staff are answered there as anonymous users, from the public part.
        {"db.public_only", ConfigKind::Boolean, "false", 0, 0,
         "serve the public part only (no restricted part on this machine; staff see what "
         "anonymous users see)"},
        // Shards (server/index/shard_spec.h) in place of db.path: one archive over several
        // index directories and xapian-tcpsrv endpoints.
        {"db.shards", ConfigKind::String, "", 0, 0,
         "shards searched as one archive: NAME=PART[,PART...]; ... with PART a local index "
         "directory or ROLE@LOCATION (ROLE public, restricted or spelling; LOCATION a "
         "directory or tcp://HOST:PORT of xapian-tcpsrv)"},
        {"db.shard_timeout_ms", ConfigKind::Integer, "3000", 10, 600000,
         "how long a remote shard may take to connect or answer before the answer leaves it "
         "out (milliseconds)"},
        {"db.shard_retry_ms", ConfigKind::Integer, "5000", 0, 3600000,
         "how long a shard that failed is left out before it is tried again (milliseconds)"},
        {"db.reopen_check_ms", ConfigKind::Integer, "1000", 0, 3600000,
         "how often a worker checks for a newer index (milliseconds)"},
        {"server.bind", ConfigKind::String, "127.0.0.1", 0, 0, "address to listen on"},
        {"server.port", ConfigKind::Integer, "8080", 0, 65535, "TCP port (0: any free port)"},
        // Idle and slow connections hold no worker (connection_gate.h): the workers are for
        // requests whose head has arrived, and searches are CPU-bound.
        {"server.threads", ConfigKind::Integer, "32", 1, 256, "worker threads"},
        {"server.queue", ConfigKind::Integer, "256", 1, 100000,
         "requests waiting for a worker before new ones get 503"},
        {"server.max_connections", ConfigKind::Integer, "4096", 1, 1000000,
         "open connections (idle, arriving, in work) before new ones get 503"},
        {"server.request_timeout_ms", ConfigKind::Integer, "10000", 10, 600000,
         "time for a request head to arrive once begun, and for a new connection to begin one "
         "(milliseconds; then 408 or close)"},
        {"server.send_timeout_ms", ConfigKind::Integer, "10000", 10, 600000,
         "how long a client that stops reading may hold a worker (milliseconds)"},
        {"server.max_header_bytes", ConfigKind::Integer, "65536", 1024, 1048576,
         "largest request head (request line and headers); larger ones get 431"},
        {"server.keep_alive", ConfigKind::Boolean, "true", 0, 0, "HTTP keep-alive"},
        // Tests that start the executable set it, so a test runner killed mid-run leaves no
        // server behind.
        {"server.stop_with_parent", ConfigKind::Boolean, "false", 0, 0,
         "stop gracefully when the process that started the server ends"},
        {"server.keep_alive_timeout_ms", ConfigKind::Integer, "2000", 10, 600000,
         "how long an idle keep-alive connection stays open (milliseconds)"},
        {"limits.query_length", ConfigKind::Integer, "1000", 1, 100000,
         "maximum length of q in bytes"},
        {"limits.page_depth", ConfigKind::Integer, "10000", 100, 1000000,
         "maximum (page * limit): how deep a client may page"},
        {"limits.wildcard_expansion", ConfigKind::Integer, "100", 1, 100000,
         "maximum terms a trailing * expands to"},
        {"limits.query_terms", ConfigKind::Integer, "64", 1, 10000,
         "maximum words, phrases and filters in q"},
        {"access.token_hashes", ConfigKind::String, "", 0, 0,
         "staff bearer tokens as salted hashes (ratsarchiv-hash-token), comma-separated"},
        {"access.proxy_header", ConfigKind::String, "", 0, 0,
         "header a trusted reverse proxy sets to the staff user's name (empty: none)"},
        {"access.proxy_addresses", ConfigKind::String, "", 0, 0,
         "addresses of the reverse proxy whose access.proxy_header is believed"},
        {"web.export_limit", ConfigKind::Integer, "10000", 1, 1000000,
         "rows of one CSV/JSON export at most (larger result sets are cut and flagged)"},
        {"web.root", ConfigKind::String, "", 0, 0,
         "directory of the search page's files (empty: server/web/static of the source tree)"},
        // OParl 1.1 (server/oparl/): URLs are absolute, so behind a reverse proxy the public
        // origin is configured; without it the request's Host is used.
        {"oparl.base_url", ConfigKind::String, "", 0, 0,
         "public origin of OParl URLs, e.g. https://rat.example.org (empty: http:// + the "
         "request's Host)"},
        {"oparl.page_size", ConfigKind::Integer, "100", 1, 1000,
         "objects per OParl list page (a client's limit may ask for fewer)"},
        {"oparl.deleted_days", ConfigKind::Integer, "90", 0, 36500,
         "days a removed document is still listed as deleted in OParl (0: never)"},
        {"log.access", ConfigKind::Boolean, "true", 0, 0, "write one access-log line per request"},
        {"log.level", ConfigKind::String, "information", 0, 0,
         "Poco log level (error, warning, notice, information, debug)"},
    };
    return keys;
}

ServerConfig::ServerConfig() {
    for (const auto& k : config_keys()) {
        values_[std::string(k.key)] = std::string(k.default_value);
    }
}

void ServerConfig::set(std::string_view key, std::string_view value) {
    const ConfigKey* k = find_key(key);
    if (k == nullptr) {
        throw ConfigError(std::string(key), "unknown key");
    }
    check_value(*k, value);
    values_[std::string(key)] = std::string(value);
}

void ServerConfig::load_properties_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        throw ConfigError("--config", "cannot read " + path);
    }
    std::string line;
    while (std::getline(in, line)) {
        std::string t = trim(line);
        if (t.empty() || t[0] == '#' || t[0] == '!') {
            continue;
        }
        auto eq = t.find_first_of("=:");
        if (eq == std::string::npos) {
            throw ConfigError(t, "expected key = value in " + path);
        }
        set(trim(std::string_view(t).substr(0, eq)), trim(std::string_view(t).substr(eq + 1)));
    }
}

std::string ServerConfig::environment_name(std::string_view key) {
    std::string name = "RATSARCHIV_";
    for (char c : key) {
        name += c == '.' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return name;
}

void ServerConfig::load_environment() {
    for (const auto& k : config_keys()) {
        if (const char* v = std::getenv(environment_name(k.key).c_str())) {
            set(k.key, v);
        }
    }
}

void ServerConfig::load_arguments(const std::vector<std::string>& args) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        if (i + 1 >= args.size()) {
            throw ConfigError(flag, "needs a value");
        }
        const std::string& value = args[++i];
        if (flag == "--config") {
            continue; // loaded first by load_server_config
        }
        if (flag == "--set") {
            auto eq = value.find('=');
            if (eq == std::string::npos) {
                throw ConfigError(value, "--set needs key=value");
            }
            set(value.substr(0, eq), value.substr(eq + 1));
        } else if (auto it = kFlagKeys.find(flag); it != kFlagKeys.end()) {
            set(it->second, value);
        } else {
            throw ConfigError(flag, "unknown flag");
        }
    }
}

void ServerConfig::validate() const {
    if (get_string("db.path").empty() && get_string("db.shards").empty()) {
        throw ConfigError("db.path", "is required (--db DIR), or db.shards");
    }
    const std::string& oparl_base = get_string("oparl.base_url");
    if (!oparl_base.empty() && oparl_base.rfind("http://", 0) != 0 &&
        oparl_base.rfind("https://", 0) != 0) {
        throw ConfigError("oparl.base_url", "must start with http:// or https://");
    }
    if (!get_string("db.path").empty() && !get_string("db.shards").empty()) {
        throw ConfigError("db.shards", "and db.path exclude each other: list the index of "
                                       "db.path as one of the shards");
    }
}

const std::string& ServerConfig::get_string(std::string_view key) const {
    auto it = values_.find(key);
    if (it == values_.end()) {
        throw ConfigError(std::string(key), "unknown key");
    }
    return it->second;
}

long long ServerConfig::get_int(std::string_view key) const {
    return std::stoll(get_string(key));
}

bool ServerConfig::get_bool(std::string_view key) const {
    return get_string(key) == "true";
}

ServerConfig load_server_config(const std::vector<std::string>& args) {
    ServerConfig config;
    for (std::size_t i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == "--config") {
            config.load_properties_file(args[i + 1]);
        }
    }
    config.load_environment();
    config.load_arguments(args);
    config.validate();
    return config;
}

} // namespace ratsarchiv::server
