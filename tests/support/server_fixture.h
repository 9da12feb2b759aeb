// A server over the fixture archive tests/data/server/documents.jsonl, indexed into its own
// temporary directory: what most server integration tests start from.
#pragma once

#include <string>
#include <vector>

#include "support/temp_directory.h"
#include "support/test_index.h"
#include "support/test_server.h"

namespace ratsarchiv::testing {

/// Shorter name used by some tests.
using TempDir = TempDirectory;

/// Index + running server; `id_of` finds a fixture document's id by its number.
struct ServerFixture {
    ServerFixture() : docs(write_server_fixture_index(dir.file("db"))), server(dir.file("db")) {}

    /// The id of the fixture document with `number`.
    std::string id_of(const std::string& number) const {
        for (const auto& d : docs) {
            if (d.number == number) {
                return d.id;
            }
        }
        throw std::runtime_error("no fixture document " + number);
    }

    TempDirectory dir;
    std::vector<CouncilDocument> docs;
    TestServer server;
};

} // namespace ratsarchiv::testing
