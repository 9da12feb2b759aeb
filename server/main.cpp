// ratsarchiv-server: serves the search API over a Xapian index.
//   ratsarchiv-server --db DIR [--bind 127.0.0.1] [--port 8080] [--config FILE] [--set key=value]
// Configuration: defaults, then --config file, then RATSARCHIV_* environment, then flags.
// Stops gracefully on SIGTERM / SIGINT (requests in progress complete); SIGHUP reloads the
// staff tokens (server/access/staff_authenticator.h).
#include <sys/prctl.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <iostream>
#include <thread>

#include <Poco/AsyncChannel.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/Logger.h>
#include <Poco/Util/ServerApplication.h>

#include "schema/errors.h"
#include "server/access/staff_authenticator.h"
#include "server/config/server_config.h"
#include "server/http/http_server.h"

namespace {

using namespace ratsarchiv;

class ServerMain : public Poco::Util::ServerApplication {
protected:
    void defineOptions(Poco::Util::OptionSet&) override {
        // Flags are parsed by ServerConfig (one table of keys), not by Poco's option parser.
        stopOptionsProcessing();
    }

    int main(const std::vector<std::string>& args) override {
        block_termination_signals();
        try {
            server::ServerConfig config = server::load_server_config(args);
            if (config.get_bool("server.stop_with_parent")) {
                stop_with_parent();
            }
            setup_logging(config.get_string("log.level"));
            auto authenticator = server::make_staff_authenticator(args);
            server::StaffAuthenticator& access = *authenticator;
            server::HttpServer http(config, std::move(authenticator));
            std::atomic<bool> stopping{false};
            std::thread reloader(reload_access_on_sighup, std::ref(access), std::ref(stopping));
            std::cout << "ratsarchiv-server listening on http://"
                      << config.get_string("server.bind") << ":" << http.port() << "/" << std::endl;
            waitForTerminationRequest();
            Poco::Logger::get("ratsarchiv.server").information("stopping");
            stopping = true;
            pthread_kill(reloader.native_handle(), SIGHUP);
            reloader.join();
            http.stop();
            return EXIT_OK;
        } catch (const ConfigError& e) {
            std::cerr << "ratsarchiv-server: " << e.what() << "\n"
                      << "usage: ratsarchiv-server --db DIR [--bind ADDR] [--port N] "
                         "[--threads N] [--config FILE] [--set key=value]\n";
            return EXIT_CONFIG;
        }
    }

private:
    // The kernel sends SIGTERM when the parent ends; it arrives through the same graceful stop
    // as an operator's. A parent that ended before the request is noticed at once (this
    // process was handed to another parent).
    static void stop_with_parent() {
        const pid_t parent = getppid();
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent) {
            raise(SIGTERM);
        }
    }

    // Threads inherit the signal mask: blocking SIGTERM/SIGINT before any thread starts lets
    // waitForTerminationRequest() receive them (sigwait) for a graceful stop, instead of the
    // default action killing the process from whichever thread the kernel picks.
    static void block_termination_signals() {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGINT);
        sigaddset(&set, SIGQUIT);
        sigaddset(&set, SIGTERM);
        sigaddset(&set, SIGHUP); // received by reload_access_on_sighup, never fatal
        pthread_sigmask(SIG_BLOCK, &set, nullptr);
    }

    // `kill -HUP` reloads the staff tokens at once (editing the config file also does, within
    // a second): the usual way to make a revocation take effect.
    static void reload_access_on_sighup(server::StaffAuthenticator& access,
                                        const std::atomic<bool>& stopping) {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGHUP);
        int signal = 0;
        while (sigwait(&set, &signal) == 0 && !stopping) {
            bool ok = access.reload();
            Poco::Logger::get("ratsarchiv.server")
                .information(ok ? "SIGHUP: staff access reloaded"
                                : "SIGHUP: staff access config invalid, staff access disabled");
        }
    }

    static void setup_logging(const std::string& level) {
        // Asynchronous, so a slow terminal never slows the request threads.
        Poco::AutoPtr<Poco::ConsoleChannel> console(new Poco::ConsoleChannel);
        Poco::AutoPtr<Poco::AsyncChannel> async(new Poco::AsyncChannel(console));
        Poco::Logger::root().setChannel(async);
        Poco::Logger::root().setLevel(level);
        Poco::Logger::get("ratsarchiv.access").setChannel(async);
        Poco::Logger::get("ratsarchiv.access").setLevel(level);
        Poco::Logger::get("ratsarchiv.server").setChannel(async);
        Poco::Logger::get("ratsarchiv.server").setLevel(level);
    }
};

} // namespace

POCO_SERVER_MAIN(ServerMain)
