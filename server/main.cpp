// ratsarchiv-server: serves the search API over a Xapian index.
//   ratsarchiv-server --db DIR [--bind 127.0.0.1] [--port 8080] [--config FILE] [--set key=value]
// Configuration: defaults, then --config file, then RATSARCHIV_* environment, then flags.
// Stops gracefully on SIGTERM / SIGINT (requests in progress complete).
#include <iostream>

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
        try {
            server::ServerConfig config = server::load_server_config(args);
            setup_logging(config.get_string("log.level"));
            server::HttpServer http(config, server::make_staff_authenticator(args));
            std::cout << "ratsarchiv-server listening on http://"
                      << config.get_string("server.bind") << ":" << http.port() << "/" << std::endl;
            waitForTerminationRequest();
            Poco::Logger::get("ratsarchiv.server").information("stopping");
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
