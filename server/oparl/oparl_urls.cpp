// Canonical OParl URLs.
#include "server/oparl/oparl_urls.h"

#include <algorithm>

namespace ratsarchiv::server::oparl {

namespace {
bool is_plain_authority(std::string_view host) {
    return !host.empty() && host.size() <= 255 && std::all_of(host.begin(), host.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '-' || c == ':' || c == '[' || c == ']';
    });
}
} // namespace

bool is_oparl_path(std::string_view path) {
    return path.rfind(kOParlRoot.substr(0, kOParlRoot.size() - 1), 0) == 0 &&
           (path.size() == kOParlRoot.size() - 1 || path[kOParlRoot.size() - 1] == '/');
}

Urls::Urls(std::string origin) : origin_(std::move(origin)) {
    while (!origin_.empty() && origin_.back() == '/') {
        origin_.pop_back();
    }
}

std::string Urls::under_root(std::string_view relative) const {
    std::string url = origin_;
    url += kOParlRoot;
    url += relative;
    return url;
}

std::string Urls::system() const {
    return under_root("");
}
std::string Urls::bodies() const {
    return under_root("body");
}
std::string Urls::body(std::string_view body_id) const {
    return under_root("body/" + std::string(body_id));
}
std::string Urls::body_list(std::string_view body_id, std::string_view kind) const {
    return body(body_id) + "/" + std::string(kind);
}
std::string Urls::organization(std::string_view id) const {
    return under_root("organization/" + std::string(id));
}
std::string Urls::organization_meetings(std::string_view id) const {
    return organization(id) + "/meeting";
}
std::string Urls::meeting(std::string_view id) const {
    return under_root("meeting/" + std::string(id));
}
std::string Urls::paper(std::string_view id) const {
    return under_root("paper/" + std::string(id));
}
std::string Urls::consultation(std::string_view id) const {
    return under_root("consultation/" + std::string(id));
}
std::string Urls::file(std::string_view id) const {
    return under_root("file/" + std::string(id));
}
std::string Urls::file_access(std::string_view id) const {
    return file(id) + "/access";
}
std::string Urls::file_download(std::string_view id) const {
    return file(id) + "/download";
}
std::string Urls::web_document(std::string_view id) const {
    return origin_ + "/dokument/" + std::string(id);
}

Urls request_urls(const RequestContext& ctx) {
    const std::string& configured = ctx.state.config.get_string("oparl.base_url");
    if (!configured.empty()) {
        return Urls(configured);
    }
    std::string host = ctx.request.has("Host") ? ctx.request.getHost() : std::string();
    if (!is_plain_authority(host)) {
        host = ctx.request.serverAddress().toString();
    }
    return Urls("http://" + host);
}

} // namespace ratsarchiv::server::oparl
