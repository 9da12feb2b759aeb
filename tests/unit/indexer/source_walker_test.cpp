// Finding council files: directories, gzip files, tar archives, and unreadable inputs.
#include <catch2/catch.hpp>

#include <zlib.h>

#include <map>

#include "indexer/read/source_walker.h"
#include "schema/errors.h"
#include "schema/gzip.h"
#include "support/archive_bytes.h"
#include "support/temp_directory.h"

using namespace ratsarchiv;
using ratsarchiv::testing::gzip_bytes;
using ratsarchiv::testing::tar_bytes;
using ratsarchiv::testing::TempDirectory;
using ratsarchiv::testing::write_file;

namespace {
struct Collected {
    std::map<std::string, indexer::RawFile> files;
    std::vector<indexer::WalkProblem> problems;
};

Collected walk(const std::vector<std::string>& paths, indexer::WalkOptions options = {}) {
    Collected c;
    indexer::walk_sources(
        paths, options, [&](indexer::RawFile&& f) { c.files[f.source] = std::move(f); },
        [&](const indexer::WalkProblem& p) { c.problems.push_back(p); });
    return c;
}
} // namespace

TEST_CASE("walks a directory recursively, reading .txt and .txt.gz only", "[indexer][read]") {
    TempDirectory dir;
    auto archive = dir.path() / "magdeburg";
    write_file(archive / "2022/S0254-22.txt", "Stellungnahme");
    write_file(archive / "2023/I0276-23.txt.gz", gzip_bytes("Information"));
    write_file(archive / "notes.pdf", "%PDF");
    Collected c = walk({archive.string()});
    REQUIRE(c.files.size() == 2);
    CHECK(c.files.at("2022/S0254-22.txt").bytes == "Stellungnahme");
    CHECK(c.files.at("2022/S0254-22.txt").archive == "magdeburg");
    CHECK(c.files.at("2023/I0276-23.txt.gz").bytes == "Information");
    CHECK(c.problems.empty());
}

TEST_CASE("source paths are relative to --root when given", "[indexer][read]") {
    TempDirectory dir;
    write_file(dir.path() / "archiv/2022/a.txt", "x");
    indexer::WalkOptions options;
    options.root = dir.path().string();
    Collected c = walk({(dir.path() / "archiv/2022/a.txt").string()}, options);
    REQUIRE(c.files.count("archiv/2022/a.txt") == 1);
}

TEST_CASE("reads council files inside a gzip-compressed tar archive", "[indexer][read]") {
    TempDirectory dir;
    write_file(dir.path() / "karlsruhe.tar.gz",
               gzip_bytes(tar_bytes({{"karlsruhe/1.txt", "eins"},
                                     {"karlsruhe/2.txt", "zwei"},
                                     {"karlsruhe/README", "no"}})));
    Collected c = walk({dir.file("karlsruhe.tar.gz")});
    REQUIRE(c.files.size() == 2);
    CHECK(c.files.at("karlsruhe/2.txt").bytes == "zwei");
    CHECK(c.files.at("karlsruhe/1.txt").archive == "karlsruhe");
}

TEST_CASE("a corrupt gzip file is reported with its path and the walk goes on", "[indexer][read]") {
    TempDirectory dir;
    std::string broken = gzip_bytes("some text that is long enough to be cut");
    broken.resize(broken.size() / 2);
    write_file(dir.path() / "a/broken.txt.gz", broken);
    write_file(dir.path() / "a/good.txt", "gut");
    Collected c = walk({(dir.path() / "a").string()});
    CHECK(c.files.size() == 1);
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].origin.find("broken.txt.gz") != std::string::npos);
    CHECK(c.problems[0].reason.find("gzip") != std::string::npos);
}

TEST_CASE("a missing path is reported, not thrown", "[indexer][read]") {
    TempDirectory dir;
    Collected c = walk({dir.file("does-not-exist")});
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].reason == "no such file or directory");
}

TEST_CASE("gunzip refuses output beyond its size limit", "[indexer][read]") {
    std::string bomb = gzip_bytes(std::string(1 << 20, 'a'));
    CHECK_THROWS_AS(schema::gunzip(bomb, "bomb.gz", 1000), InputError);
    CHECK(schema::gunzip(bomb, "bomb.gz").size() == (1u << 20));
}

TEST_CASE("ratsarchiv.properties gives the body of documents below its directory",
          "[indexer][read]") {
    TempDirectory dir;
    auto archive = dir.path() / "archiv";
    write_file(archive / "karlsruhe/ratsarchiv.properties", "# Stadt\nbody = Stadt Karlsruhe\n");
    write_file(archive / "karlsruhe/2022/a.txt", "a");
    write_file(archive / "other/b.txt", "b");
    indexer::WalkOptions options;
    options.default_body = "Fallback";
    Collected c = walk({archive.string()}, options);
    CHECK(c.files.at("karlsruhe/2022/a.txt").default_body == "Stadt Karlsruhe");
    CHECK(c.files.at("other/b.txt").default_body == "Fallback");
    CHECK(c.problems.empty());
    // Measuring what texts state (the extraction evaluation) leaves the archive defaults out.
    options.archive_defaults = false;
    Collected text_only = walk({archive.string()}, options);
    CHECK(text_only.files.at("karlsruhe/2022/a.txt").default_body == "Fallback");
}

TEST_CASE("a malformed ratsarchiv.properties is reported and the files still read",
          "[indexer][read]") {
    TempDirectory dir;
    write_file(dir.path() / "a/ratsarchiv.properties", "city = Karlsruhe\n");
    write_file(dir.path() / "a/x.txt", "x");
    Collected c = walk({(dir.path() / "a").string()});
    CHECK(c.files.size() == 1);
    REQUIRE_FALSE(c.problems.empty());
    CHECK(c.problems[0].reason.find("unknown key `city`") != std::string::npos);
}
