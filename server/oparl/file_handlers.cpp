// The File of a paper's text and its bytes (chapter 2.7): accessUrl serves the text inline,
// downloadUrl as an attachment with its file name. A removed paper's File is deleted; its bytes
// are gone (410).
#include "schema/document_identity.h"
#include "schema/errors.h"
#include "server/http/error_response.h"
#include "server/oparl/oparl_handlers.h"
#include "server/oparl/oparl_urls.h"
#include "server/oparl/paper_objects.h"
#include "server/oparl/removed_papers.h"
#include "server/search/document_lookup.h"

namespace ratsarchiv::server::oparl {

namespace {
std::optional<PaperSource> visible_paper(RequestContext& ctx) {
    if (auto doc = find_document(ctx.db(), ctx.audience, ctx.path_params.at("id"))) {
        return paper_source(ctx.audience, *doc);
    }
    return std::nullopt;
}

// The file name as a quoted-string of Content-Disposition: no quote, backslash or control byte.
std::string header_file_name(const CouncilDocument& doc) {
    std::string name = text_file_name(doc);
    for (char& c : name) {
        if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) {
            c = '_';
        }
    }
    return name;
}

Response text_bytes(RequestContext& ctx, bool download) {
    std::optional<PaperSource> paper = visible_paper(ctx);
    if (!paper) {
        if (removed_paper(ctx, ctx.path_params.at("id"))) {
            return request_error(410, "the file was deleted");
        }
        throw NotFound("no such file");
    }
    Response answer{200, "text/plain; charset=utf-8", paper->document.text};
    answer.headers.emplace_back("ETag", "\"" + schema::content_hash(answer.body) + "\"");
    if (download) {
        answer.headers.emplace_back("Content-Disposition", "attachment; filename=\"" +
                                                               header_file_name(paper->document) +
                                                               "\"");
    }
    return answer;
}
} // namespace

Response handle_file(RequestContext& ctx) {
    const Urls urls = request_urls(ctx);
    if (std::optional<PaperSource> paper = visible_paper(ctx)) {
        return json_response(file_json(urls, *paper, true));
    }
    const std::string& id = ctx.path_params.at("id");
    if (auto removed = removed_paper(ctx, id)) {
        return json_response(
            deleted_json(urls.file(id), "File", removed->created_at, removed->removed_at));
    }
    throw NotFound("no such file");
}

Response handle_file_access(RequestContext& ctx) {
    return text_bytes(ctx, false);
}

Response handle_file_download(RequestContext& ctx) {
    return text_bytes(ctx, true);
}

} // namespace ratsarchiv::server::oparl
