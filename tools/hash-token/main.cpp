// ratsarchiv-hash-token: makes the config entry of a staff bearer token.
//   ratsarchiv-hash-token            reads the token from standard input (one line)
//   ratsarchiv-hash-token --new      makes a fresh random token and prints it with its entry
// The entry ("sha256:<salt>:<digest>") goes into `access.token_hashes` of the server config;
// the token itself is handed to the staff member and never stored by the server.
#include <iostream>
#include <string>

#include "server/access/staff_token.h"

namespace {

int usage() {
    std::cerr << "usage: ratsarchiv-hash-token [--new]\n"
                 "  without --new: reads the token from standard input and prints its entry\n"
                 "  --new: prints a new random token and its entry for access.token_hashes\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    using namespace ratsarchiv::server;
    std::string arg = argc > 1 ? argv[1] : "";
    if (argc > 2 || (!arg.empty() && arg != "--new")) {
        return usage();
    }
    if (arg == "--new") {
        std::string token = generate_token();
        std::cout << "token: " << token << "\n"
                  << "access.token_hashes entry: " << hash_token(token) << "\n";
        return 0;
    }
    std::string token;
    if (!std::getline(std::cin, token)) {
        return usage();
    }
    while (!token.empty() && (token.back() == '\r' || token.back() == ' ')) {
        token.pop_back();
    }
    if (token.empty()) {
        std::cerr << "ratsarchiv-hash-token: the token is empty\n";
        return 2;
    }
    std::cout << hash_token(token) << "\n";
    return 0;
}
