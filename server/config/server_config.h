// The server's configuration: one table of allowed keys with defaults, then a properties file,
// then the environment (RATSARCHIV_<KEY>), then command-line flags; validated at start, unknown
// keys rejected (ConfigError naming the key).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ratsarchiv::server {

/// The kind of value a key holds; values are validated against it when set.
enum class ConfigKind { String, Integer, Boolean };

/// One allowed configuration key.
struct ConfigKey {
    std::string_view key; ///< e.g. "server.port"
    ConfigKind kind;
    std::string_view default_value; ///< as text; "" for none
    long long min = 0;              ///< for integers
    long long max = 0;              ///< for integers
    std::string_view description;
};

/// All keys the server accepts. Adding a setting is one row in server_config.cpp.
const std::vector<ConfigKey>& config_keys();

/// The validated configuration.
class ServerConfig {
public:
    /// Defaults of every key.
    ServerConfig();

    /// Sets `key` from text; throws ConfigError for an unknown key or an invalid value.
    void set(std::string_view key, std::string_view value);

    /// Reads a properties file (key = value lines, '#' comments); unknown keys rejected.
    void load_properties_file(const std::string& path);

    /// Applies RATSARCHIV_<KEY> environment variables (key upper-cased, '.' -> '_').
    void load_environment();

    /// Applies command-line flags: --config FILE is loaded first, then --db/--bind/--port/
    /// --threads and --set key=value. Throws ConfigError for an unknown flag.
    void load_arguments(const std::vector<std::string>& args);

    /// Checks what cannot be checked per key (db.path given); throws ConfigError.
    void validate() const;

    /// Typed reads; the key must be in the table.
    const std::string& get_string(std::string_view key) const;
    long long get_int(std::string_view key) const;
    bool get_bool(std::string_view key) const;

    /// The environment variable name of `key`.
    static std::string environment_name(std::string_view key);

private:
    std::map<std::string, std::string, std::less<>> values_;
};

/// Loads defaults -> properties file -> environment -> flags, in that order, and validates.
ServerConfig load_server_config(const std::vector<std::string>& args);

} // namespace ratsarchiv::server
