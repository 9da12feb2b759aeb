// Dispatch of one request through the route table.
#include "server/http/request_handler.h"

#include <chrono>

#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>

#include "server/http/connection_gate.h"
#include "server/http/error_response.h"
#include "server/http/routes.h"
#include "server/oparl/oparl_answers.h"
#include "server/oparl/oparl_urls.h"

namespace ratsarchiv::server {

namespace {

Response run_route(const Route& route, RequestContext& ctx) {
    ctx.params.check_allowed(route.parameters);
    try {
        return route.handler(ctx);
    } catch (const Xapian::DatabaseModifiedError&) {
        // The indexer committed twice while we read: reopen and answer from the new revision.
        ctx.reopen_db();
        return route.handler(ctx);
    } catch (const Xapian::NetworkError& e) {
        // A remote shard broke off or took longer than db.shard_timeout_ms: answer from the
        // shards that still answer (the answer names the missing ones).
        Poco::Logger::get("ratsarchiv.server")
            .warning("%s: a shard failed (%s); answering without it", route.pattern,
                     e.get_description());
        ctx.recover_db();
        try {
            return route.handler(ctx);
        } catch (const Xapian::NetworkError& again) {
            throw ShardsUnavailable(again.get_msg());
        }
    }
}

Response dispatch(Poco::Net::HTTPServerRequest& request, ServerState& state,
                  std::string& route_label) {
    Poco::Logger& log = Poco::Logger::get("ratsarchiv.server");
    try {
        // Poco takes any third token of the request line for the version (and echoes it).
        if (request.getVersion() != Poco::Net::HTTPMessage::HTTP_1_0 &&
            request.getVersion() != Poco::Net::HTTPMessage::HTTP_1_1) {
            return request_error(400, "unsupported HTTP version");
        }
        Poco::URI uri(request.getURI());
        std::map<std::string, std::string> path_params;
        const Route* route = match_route(request.getMethod(), uri.getPath(), path_params);
        if (route == nullptr) {
            if (request.getMethod() != "GET" && match_route("GET", uri.getPath(), path_params)) {
                Response answer = request_error(405, "only GET is allowed here");
                answer.headers.emplace_back("Allow", "GET");
                return answer;
            }
            return route_not_found(uri.getPath());
        }
        route_label = route->pattern;
        Audience audience = state.authenticator->authenticate(request);
        if (state.public_only) {
            audience.staff = false;
        }
        RequestContext ctx(request, state, std::move(audience), QueryParams(request.getURI()));
        ctx.path_params = std::move(path_params);
        Response answer = run_route(*route, ctx);
        if (auto missing = ctx.missing_shards(); !missing.empty()) {
            // Every answer from a partial view says so, also those without a JSON body of
            // their own to say it in (exports, feeds, pages).
            std::string names;
            for (const auto& name : missing) {
                names += (names.empty() ? "" : ", ") + name;
            }
            answer.headers.emplace_back("X-Shards-Missing", names);
        }
        if (ctx.audience.staff) {
            // A staff answer may hold non-public documents: no shared cache may keep it and
            // hand it to anyone else (set last, so it wins over a handler's own header).
            answer.headers.emplace_back("Cache-Control", "private, no-store");
        }
        return answer;
    } catch (const Xapian::Error& e) {
        log.error("%s %s: Xapian %s", request.getMethod(), route_label, e.get_description());
        return error_response(std::runtime_error("xapian"));
    } catch (const Poco::Exception& e) {
        log.error("%s %s: %s", request.getMethod(), route_label, e.displayText());
        return error_response(std::runtime_error("poco"));
    } catch (const std::exception& e) {
        if (status_for(e) >= 500) {
            log.error("%s %s: %s", request.getMethod(), route_label, std::string(e.what()));
        }
        return error_response(e);
    }
}

class RequestHandler : public Poco::Net::HTTPRequestHandler {
public:
    explicit RequestHandler(ServerState& state) : state_(state) {}

    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override {
        auto start = std::chrono::steady_clock::now();
        std::string route_label;
        Response answer = dispatch(request, state_, route_label);
        const std::string& target = request.getURI();
        if (oparl::is_oparl_path(std::string_view(target).substr(0, target.find('?')))) {
            oparl::finish_answer(answer); // CORS, and errors in OParl's form
        }
        response.setStatusAndReason(
            static_cast<Poco::Net::HTTPResponse::HTTPStatus>(answer.status));
        // No route reads a request body: one that was sent is not read either, so the
        // connection cannot be reused (its bytes would be taken for the next request).
        if (request.getChunkedTransferEncoding() ||
            (request.hasContentLength() && request.getContentLength64() > 0)) {
            response.setKeepAlive(false);
        }
        response.setContentType(answer.content_type);
        for (const auto& [name, value] : answer.headers) {
            response.set(name, value);
        }
        response.setContentLength(static_cast<std::streamsize>(answer.body.size()));
        response.send() << answer.body;
        ConnectionGate::note_keep_alive(response.getKeepAlive());
        double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        state_.metrics.record(route_label, answer.status, seconds);
        if (state_.config.get_bool("log.access")) {
            // The path only: query strings may hold what users typed, ids nothing more.
            Poco::Logger::get("ratsarchiv.access")
                .information("%s %s %s %d %.2fms", request.clientAddress().host().toString(),
                             request.getMethod(), Poco::URI(request.getURI()).getPath(),
                             answer.status, seconds * 1000.0);
        }
    }

private:
    ServerState& state_;
};

} // namespace

Poco::Net::HTTPRequestHandler*
RequestHandlerFactory::createRequestHandler(const Poco::Net::HTTPServerRequest&) {
    return new RequestHandler(state_);
}

} // namespace ratsarchiv::server
