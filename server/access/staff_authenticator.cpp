// Bearer tokens and trusted proxy headers -> Audience, with reload on config change.
#include "server/access/staff_authenticator.h"

#include <Poco/Logger.h>

#include "schema/errors.h"

namespace ratsarchiv::server {

namespace {

std::vector<std::string> split_list(std::string_view text) {
    std::vector<std::string> items;
    std::string item;
    for (char c : text) {
        if (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!item.empty()) {
                items.push_back(std::move(item));
                item.clear();
            }
        } else {
            item.push_back(c);
        }
    }
    if (!item.empty()) {
        items.push_back(std::move(item));
    }
    return items;
}

// "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) is the address 10.0.0.1.
std::string_view plain_address(std::string_view address) {
    constexpr std::string_view kMapped = "::ffff:";
    if (address.substr(0, kMapped.size()) == kMapped && address.find('.') != address.npos) {
        address.remove_prefix(kMapped.size());
    }
    return address;
}

// A proxy-supplied user name goes into the access log only: keep it short and printable.
std::string log_safe(std::string_view value) {
    std::string out;
    for (char c : value.substr(0, 64)) {
        out.push_back(c > ' ' && c < 127 ? c : '_');
    }
    return out;
}

std::filesystem::file_time_type modified(const std::filesystem::path& path) {
    std::error_code error;
    auto time = std::filesystem::last_write_time(path, error);
    return error ? std::filesystem::file_time_type{} : time;
}

} // namespace

AccessSettings parse_access_settings(std::string_view token_hashes, std::string_view proxy_header,
                                     std::string_view proxy_addresses) {
    AccessSettings settings;
    for (const auto& entry : split_list(token_hashes)) {
        settings.tokens.push_back(parse_token_hash(entry, "access.token_hashes"));
    }
    std::vector<std::string> header = split_list(proxy_header);
    if (header.size() > 1) {
        throw ConfigError("access.proxy_header", "must be one header name");
    }
    settings.proxy_header = header.empty() ? std::string() : header.front();
    settings.proxy_addresses = split_list(proxy_addresses);
    if (!settings.proxy_header.empty() && settings.proxy_addresses.empty()) {
        throw ConfigError("access.proxy_addresses",
                          "must name the proxy's addresses when access.proxy_header is set");
    }
    return settings;
}

StaffAuthenticator::StaffAuthenticator(AccessSettings settings)
    : settings_(std::make_shared<const AccessSettings>(std::move(settings))) {}

StaffAuthenticator::StaffAuthenticator(std::filesystem::path watched_file, Loader loader,
                                       std::chrono::milliseconds check_interval)
    : loader_(std::move(loader)), watched_(std::move(watched_file)),
      check_interval_(check_interval) {
    watched_time_ = modified(watched_);
    settings_ = std::make_shared<const AccessSettings>(loader_());
    last_check_ = std::chrono::steady_clock::now();
}

bool StaffAuthenticator::reload() {
    return load_now();
}

bool StaffAuthenticator::load_now() const {
    if (!loader_) {
        return true;
    }
    std::shared_ptr<const AccessSettings> fresh;
    bool ok = true;
    try {
        fresh = std::make_shared<const AccessSettings>(loader_());
    } catch (const std::exception& e) {
        Poco::Logger::get("ratsarchiv.server")
            .error(std::string("access settings not reloaded, staff access disabled: ") + e.what());
        fresh = std::make_shared<const AccessSettings>();
        ok = false;
    }
    std::lock_guard<std::mutex> lock(mutex_);
    settings_ = std::move(fresh);
    return ok;
}

void StaffAuthenticator::reload_if_changed() const {
    if (!loader_) {
        return;
    }
    auto now = std::chrono::steady_clock::now();
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (now - last_check_ < check_interval_) {
            return;
        }
        last_check_ = now;
        auto time = modified(watched_);
        if (time == watched_time_) {
            return;
        }
        watched_time_ = time;
    }
    load_now();
}

std::shared_ptr<const AccessSettings> StaffAuthenticator::current() const {
    reload_if_changed();
    std::lock_guard<std::mutex> lock(mutex_);
    return settings_;
}

std::string StaffAuthenticator::proxy_header() const {
    return current()->proxy_header;
}

Audience StaffAuthenticator::authenticate(std::string_view authorization,
                                          std::string_view proxy_value,
                                          std::string_view peer_address) const {
    std::shared_ptr<const AccessSettings> settings = current();
    constexpr std::string_view kBearer = "Bearer ";
    if (authorization.size() > kBearer.size() &&
        authorization.substr(0, kBearer.size()) == kBearer && !settings->tokens.empty()) {
        std::string_view token = authorization.substr(kBearer.size());
        if (token_matches(token, settings->tokens)) {
            return Audience{true, "token"};
        }
    }
    if (!settings->proxy_header.empty() && !proxy_value.empty()) {
        std::string_view peer = plain_address(peer_address);
        for (const auto& address : settings->proxy_addresses) {
            if (peer == address) {
                return Audience{true, "proxy:" + log_safe(proxy_value)};
            }
        }
    }
    return Audience{};
}

Audience StaffAuthenticator::authenticate(const Poco::Net::HTTPServerRequest& request) const {
    std::string header = proxy_header();
    std::string proxy_value = header.empty() ? std::string() : request.get(header, "");
    return authenticate(request.get("Authorization", ""), proxy_value,
                        request.clientAddress().host().toString());
}

} // namespace ratsarchiv::server

namespace ratsarchiv::server {

AccessSettings access_settings(const ServerConfig& config) {
    return parse_access_settings(config.get_string("access.token_hashes"),
                                 config.get_string("access.proxy_header"),
                                 config.get_string("access.proxy_addresses"));
}

std::unique_ptr<StaffAuthenticator>
make_staff_authenticator(const std::vector<std::string>& args,
                         std::chrono::milliseconds check_interval) {
    std::filesystem::path config_file;
    for (std::size_t i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == "--config") {
            config_file = args[i + 1];
        }
    }
    return std::make_unique<StaffAuthenticator>(
        config_file, [args] { return access_settings(load_server_config(args)); }, check_interval);
}

} // namespace ratsarchiv::server
