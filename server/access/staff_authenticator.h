// Decides the Audience of each request, once, before any handler runs: staff by a bearer token
// whose salted hash is configured, or by a header that a trusted reverse proxy sets (honoured
// only from the configured proxy addresses); everybody else is anonymous. A wrong or revoked
// token is simply anonymous: the response never says whether a token was close.
//
// Revocation: the settings are reloaded when the watched config file's modification time
// changes (checked at most once a second) or when reload() is called (the server's SIGHUP).
// A config that no longer parses revokes every token until it is fixed: fail closed.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <Poco/Net/HTTPServerRequest.h>

#include "server/access/audience.h"
#include "server/access/staff_token.h"
#include "server/config/server_config.h"
#include "server/http/authenticator.h"

namespace ratsarchiv::server {

/// What the access settings of the server config say.
struct AccessSettings {
    std::vector<TokenHash> tokens;            ///< staff bearer tokens, hashed
    std::string proxy_header;                 ///< e.g. "X-Staff-User"; empty: no proxy login
    std::vector<std::string> proxy_addresses; ///< peers whose proxy_header is believed
};

/// Parses the three config values (lists separated by commas or white space); throws
/// ConfigError naming the key. Keys: access.token_hashes, access.proxy_header,
/// access.proxy_addresses.
AccessSettings parse_access_settings(std::string_view token_hashes, std::string_view proxy_header,
                                     std::string_view proxy_addresses);

/// The per-request authenticator of the server (the HTTP seam's Authenticator); thread-safe.
class StaffAuthenticator : public Authenticator {
public:
    /// Reads the settings again (e.g. the server config file); throws on a bad config.
    using Loader = std::function<AccessSettings()>;

    /// Fixed settings (tests, or a server without a config file).
    explicit StaffAuthenticator(AccessSettings settings);

    /// Settings from `loader`, called now and again whenever `watched_file` changes (its
    /// modification time is looked at no more often than `check_interval`).
    StaffAuthenticator(std::filesystem::path watched_file, Loader loader,
                       std::chrono::milliseconds check_interval = std::chrono::seconds(1));

    /// The audience of a request with these header values and peer address.
    Audience authenticate(std::string_view authorization, std::string_view proxy_value,
                          std::string_view peer_address) const;

    /// The audience of `request` (Authorization header, proxy header, peer address).
    Audience authenticate(const Poco::Net::HTTPServerRequest& request) const override;

    /// Reloads the settings now (SIGHUP). Returns false when the loader failed (then no token
    /// and no proxy is trusted until a later reload succeeds).
    bool reload();

    /// The proxy header name currently configured ("" when none).
    std::string proxy_header() const;

private:
    std::shared_ptr<const AccessSettings> current() const;
    void reload_if_changed() const;
    bool load_now() const;

    Loader loader_;
    std::filesystem::path watched_;
    mutable std::mutex mutex_;
    mutable std::shared_ptr<const AccessSettings> settings_;
    mutable std::filesystem::file_time_type watched_time_{};
    std::chrono::milliseconds check_interval_{1000};
    mutable std::chrono::steady_clock::time_point last_check_{};
};

/// The access settings of a loaded server config (keys access.*); throws ConfigError.
AccessSettings access_settings(const ServerConfig& config);

/// The server's authenticator for the command line `args` (as given to load_server_config):
/// reloads the whole layered config (file, environment, flags) whenever the --config file
/// changes, so editing the file revokes or adds tokens without a restart. Throws ConfigError
/// when the access settings are invalid at start.
std::unique_ptr<StaffAuthenticator>
make_staff_authenticator(const std::vector<std::string>& args,
                         std::chrono::milliseconds check_interval = std::chrono::seconds(1));

} // namespace ratsarchiv::server
