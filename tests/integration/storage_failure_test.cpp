// The index storage failing under the indexer: a disk that fills up (the indexer process gets a
// file size limit, so Xapian's writes fail as they would on a full disk) and an index directory
// it may not write (the indexer runs as another user). Each time: a non-zero exit, a message
// naming the index path, and the previous index intact and still served. File permissions bind
// the indexer even when the tests run as root (obey_file_permissions).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "indexer/indexing_run.h"
#include "schema/index_layout.h"
#include "support/indexer_process.h"
#include "support/temp_directory.h"
#include "support/test_server.h"

using namespace ratsarchiv;
namespace fs = std::filesystem;

namespace {

std::string council_file(int n, const std::string& text) {
    return "Vorlage Nr. " + std::to_string(n) + "/2025\nÖffentlichkeitsstatus öffentlich\n\n" +
           "Betreff: Pegelmessung Altrhein " + std::to_string(n) + "\n\n" + text + "\n";
}

// Text that compresses badly, so the index has to grow with it.
std::string varied_text(int seed) {
    std::string text;
    unsigned x = static_cast<unsigned>(seed) * 2654435761u + 1;
    for (int i = 0; i < 4000; ++i) {
        x = x * 1103515245u + 12345u;
        text += "Messwort" + std::to_string(x % 100000) + (i % 12 == 11 ? ".\n" : " ");
    }
    return text;
}

std::uintmax_t largest_file(const std::string& dir) {
    std::uintmax_t largest = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (e.is_regular_file()) {
            largest = std::max(largest, e.file_size());
        }
    }
    return largest;
}

// The index before the failing run: 3 documents, served.
struct Archive {
    testing::TempDirectory dir;
    std::string db = dir.file("db");
    fs::path archiv = dir.path() / "archiv";

    Archive() {
        for (int i = 1; i <= 3; ++i) {
            testing::write_file(archiv / ("v" + std::to_string(i) + ".txt"),
                                council_file(i, "Die Pegelmessung am Altrhein."));
        }
        indexer::IndexingOptions options;
        options.db_path = db;
        options.paths = {archiv.string()};
        REQUIRE(indexer::run_indexing(options, {}).indexed == 3);
        // An incremental run now has much to write.
        for (int i = 10; i < 70; ++i) {
            testing::write_file(archiv / ("n" + std::to_string(i) + ".txt"),
                                council_file(i, varied_text(i)));
        }
    }

    void check_intact() const {
        CHECK(Xapian::Database(db).get_doccount() == 3);
        testing::TestServer server(db);
        auto answer = server.get_json("/api/search?q=Pegelmessung");
        CHECK(answer->getValue<int>("total") == 3);
    }
};

} // namespace

TEST_CASE("a disk that fills up stops the indexer with a message naming the index, and the "
          "previous index stays intact and served",
          "[indexer][storage]") {
    Archive a;
    const rlim_t limit = largest_file(a.db) + 32 * 1024;
    const auto exit =
        testing::run_indexer_process({"--db", a.db, a.archiv.string()}, a.dir.file("log"), [&] {
            // Writes past the limit fail with EFBIG instead of killing the process (SIGXFSZ).
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit size{limit, limit};
            ::setrlimit(RLIMIT_FSIZE, &size);
        });
    INFO(exit.output);
    CHECK(exit.code == 3);
    CHECK(exit.output.find(a.db + ": cannot write the index") != std::string::npos);
    a.check_intact();

    // With room again, the next run indexes everything.
    const auto again =
        testing::run_indexer_process({"--db", a.db, a.archiv.string()}, a.dir.file("log2"));
    CHECK(again.code == 0);
    CHECK(Xapian::Database(a.db).get_doccount() == 63);
}

TEST_CASE("an index directory the indexer may not write stops it with a message naming the "
          "path, and the previous index stays intact and served",
          "[indexer][storage]") {
    Archive a;
    for (const auto& part : {schema::public_part(a.db), schema::restricted_part(a.db)}) {
        fs::permissions(part, fs::perms::owner_write, fs::perm_options::remove);
    }
    const auto exit = testing::run_indexer_process(
        {"--db", a.db, a.archiv.string()}, a.dir.file("log"), testing::obey_file_permissions);
    for (const auto& part : {schema::public_part(a.db), schema::restricted_part(a.db)}) {
        fs::permissions(part, fs::perms::owner_write, fs::perm_options::add);
    }
    INFO(exit.output);
    CHECK(exit.code == 3);
    CHECK(exit.output.find(a.db) != std::string::npos);
    CHECK(exit.output.find("ermission") != std::string::npos);
    a.check_intact();
}
