// The URLs of the OParl API (all absolute, chapter 2.3): from the configured public base URL
// (oparl.base_url, for a server behind a reverse proxy) or else from the request's Host. Ids
// are URLs, so every object's id is built here and nowhere else.
#pragma once

#include <string>
#include <string_view>

#include "server/http/request_context.h"

namespace ratsarchiv::server::oparl {

/// The path every OParl route lies under.
inline constexpr std::string_view kOParlRoot = "/oparl/v1.1/";

/// True for paths of the OParl API (they answer with CORS headers and OParl errors).
bool is_oparl_path(std::string_view path);

/// Builds the canonical URL of each OParl object and list.
class Urls {
public:
    /// `origin`: scheme and authority, e.g. "https://rat.example.org" (no trailing slash).
    explicit Urls(std::string origin);

    const std::string& origin() const { return origin_; }
    std::string system() const;
    std::string bodies() const;
    std::string body(std::string_view body_id) const;
    /// A list of a body: "paper", "organization", "meeting", "person".
    std::string body_list(std::string_view body_id, std::string_view kind) const;
    std::string organization(std::string_view id) const;
    std::string organization_meetings(std::string_view id) const;
    std::string meeting(std::string_view id) const;
    std::string paper(std::string_view id) const;
    std::string consultation(std::string_view id) const;
    std::string file(std::string_view id) const;
    std::string file_access(std::string_view id) const;
    std::string file_download(std::string_view id) const;
    /// The search page's view of a document (OParl `web`).
    std::string web_document(std::string_view id) const;

private:
    std::string under_root(std::string_view relative) const;
    std::string origin_;
};

/// The URLs for `ctx`: oparl.base_url when set, else "http://" + the request's Host (a Host
/// that is not a plain host[:port] is not echoed; the server's own address is used instead).
Urls request_urls(const RequestContext& ctx);

} // namespace ratsarchiv::server::oparl
