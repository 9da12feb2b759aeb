// The web page's files (HTML, CSS, JS, SVG) served from a directory of the source tree: which
// request path maps to which file, and with which content type. Only plain file names directly
// in the web root are served, so no request can reach a file outside it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ratsarchiv::server::web {

/// The web root compiled in: the static/ directory next to this file in the source tree.
std::string default_web_root();

/// A file to send.
struct StaticFile {
    std::string path;         ///< absolute file path
    std::string content_type; ///< e.g. "text/html; charset=utf-8"
};

/// True for paths the page itself answers: "/" and the document pages "/dokument/<id>".
bool is_page_path(std::string_view url_path);

/// The file for a request path: the page paths give index.html, "/static/<name>" gives
/// <web_root>/<name> when <name> is a plain file name with a known extension that exists.
std::optional<StaticFile> resolve_static(const std::string& web_root, std::string_view url_path);

/// The content type for a file name by its extension, or "" for extensions not served.
std::string_view content_type_for(std::string_view file_name);

/// Response headers every page and asset gets: a strict Content-Security-Policy (only this
/// server's own scripts, styles and API), nosniff, no referrer to other sites.
inline constexpr std::pair<std::string_view, std::string_view> kSecurityHeaders[] = {
    {"Content-Security-Policy",
     "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
     "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
    {"X-Content-Type-Options", "nosniff"},
    {"Referrer-Policy", "same-origin"},
};

} // namespace ratsarchiv::server::web
