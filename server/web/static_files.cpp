// Request path -> file of the web root.
#include "server/web/static_files.h"

#include <filesystem>

namespace ratsarchiv::server::web {

namespace {

constexpr std::pair<std::string_view, std::string_view> kContentTypes[] = {
    {".html", "text/html; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".ico", "image/x-icon"},
    {".json", "application/json"},
    {".txt", "text/plain; charset=utf-8"},
};

// A name made of letters, digits, '-', '_' and one or more dots, not starting with a dot:
// no separators, no "..", no hidden files.
bool is_plain_file_name(std::string_view name) {
    if (name.empty() || name.size() > 100 || name.front() == '.') {
        return false;
    }
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        if (!ok) {
            return false;
        }
    }
    return name.find("..") == std::string_view::npos;
}

std::optional<StaticFile> existing_file(const std::string& web_root, std::string_view name) {
    std::string_view type = content_type_for(name);
    if (type.empty()) {
        return std::nullopt;
    }
    std::filesystem::path path = std::filesystem::path(web_root) / std::string(name);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        return std::nullopt;
    }
    return StaticFile{path.string(), std::string(type)};
}

} // namespace

std::string default_web_root() {
#ifdef RATSARCHIV_DATA_DIR
    return std::string(RATSARCHIV_DATA_DIR) + "/server/web/static";
#else
    return "server/web/static";
#endif
}

std::string_view content_type_for(std::string_view file_name) {
    for (const auto& [extension, type] : kContentTypes) {
        if (file_name.size() > extension.size() && file_name.ends_with(extension)) {
            return type;
        }
    }
    return {};
}

bool is_page_path(std::string_view url_path) {
    if (url_path == "/" || url_path == "/index.html") {
        return true;
    }
    constexpr std::string_view kDocument = "/dokument/";
    return url_path.starts_with(kDocument) && url_path.size() > kDocument.size() &&
           url_path.find('/', kDocument.size()) == std::string_view::npos;
}

std::optional<StaticFile> resolve_static(const std::string& web_root, std::string_view url_path) {
    if (is_page_path(url_path)) {
        return existing_file(web_root, "index.html");
    }
    constexpr std::string_view kStatic = "/static/";
    if (url_path.starts_with(kStatic)) {
        std::string_view name = url_path.substr(kStatic.size());
        if (is_plain_file_name(name)) {
            return existing_file(web_root, name);
        }
    }
    if (url_path == "/favicon.ico") {
        return existing_file(web_root, "favicon.svg");
    }
    return std::nullopt;
}

} // namespace ratsarchiv::server::web
