// Hostile input files, through the real indexer binary: each is reported with its path and
// reason (or indexed as far as possible, with its problem), the run goes on, the exit code and
// summary say what happened, and nothing outside the archive root is read. File permissions
// bind the indexer even when the tests run as root, so an unreadable file really is unreadable.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>

#include <sys/stat.h>
#include <unistd.h>
#include <xapian.h>
#include <zlib.h>

#include "schema/document_identity.h"
#include "schema/index_layout.h"
#include "support/archive_bytes.h"
#include "support/indexer_process.h"
#include "support/temp_directory.h"

using namespace ratsarchiv;
namespace fs = std::filesystem;

namespace {

std::string council_file(const std::string& number, const std::string& thema) {
    return "Vorlage Nr. " + number + "\nÖffentlichkeitsstatus öffentlich\n\nBetreff: " + thema +
           "\n\nDie Verwaltung berichtet.\n";
}

// `megabytes` of zeros, gzip-compressed in chunks (the bomb itself is never in memory).
std::string gzip_bomb(unsigned megabytes) {
    z_stream s{};
    deflateInit2(&s, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    const std::string zeros(1 << 20, '\0');
    std::string out;
    char buffer[1 << 16];
    for (unsigned i = 0; i <= megabytes; ++i) {
        s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.data()));
        s.avail_in = i < megabytes ? static_cast<uInt>(zeros.size()) : 0;
        do {
            s.next_out = reinterpret_cast<Bytef*>(buffer);
            s.avail_out = sizeof buffer;
            deflate(&s, i < megabytes ? Z_NO_FLUSH : Z_FINISH);
            out.append(buffer, sizeof buffer - s.avail_out);
        } while (s.avail_out == 0);
    }
    deflateEnd(&s);
    return out;
}

// The "archive:source" terms of the index, and whether any document holds `word`.
std::set<std::string> sources_of(const std::string& db) {
    std::set<std::string> sources;
    Xapian::Database index(db);
    for (auto t = index.allterms_begin("XP"); t != index.allterms_end("XP"); ++t) {
        sources.insert((*t).substr(2));
    }
    return sources;
}

} // namespace

TEST_CASE("hostile files are reported with path and reason, the run goes on, and nothing "
          "outside the archive root is read",
          "[indexer][hostile]") {
    testing::TempDirectory dir;
    const fs::path a = dir.path() / "a";
    testing::write_file(a / "good.txt", council_file("1/2025", "Uferweg am Altrhein"));
    testing::write_file(a / "empty.txt", "");
    std::string binary;
    for (int i = 0; i < 20000; ++i) {
        binary += static_cast<char>((i * 7919) % 256);
    }
    testing::write_file(a / "binary.txt", binary);
    testing::write_file(a / "invalid-utf8.txt",
                        "Vorlage Nr. 2/2025\nBetreff: Br\xc3\xbc\xc3 \xff\xfe\n");
    testing::write_file(a / "mixed.txt", "Vorlage Nr. 3/2025\nBetreff: Stra\xc3\x9f"
                                         "e und Pl\xe4tze\n\nText.\n");
    testing::write_file(a / "nul.txt", std::string("Vorlage Nr. 4/2025\n\0Betreff: Nul\0l\n", 36));
    {
        std::ofstream line(a / "one-line.txt", std::ios::binary);
        line << "Vorlage Nr. 5/2025 ";
        for (int i = 0; line.tellp() < 50'000'000; ++i) {
            line << "Uferweg" << i % 9973 << " Sitzung Haushalt Radverkehr ";
        }
    }
    fs::path deep = a;
    for (int i = 0; i < 150; ++i) {
        deep /= "tief";
    }
    testing::write_file(deep / "deep.txt", council_file("6/2025", "Sehr tiefe Ablage"));
    fs::create_directories(a / "loop");
    fs::create_directory_symlink("..", a / "loop" / "up");
    fs::create_symlink("self.txt", a / "self.txt");
    testing::write_file(dir.path() / "outside" / "secret.txt",
                        council_file("7/2025", "Zaunkoenigkanarienwort"));
    fs::create_symlink(dir.path() / "outside" / "secret.txt", a / "outside-link.txt");
    REQUIRE(::mkfifo((a / "fifo.txt").c_str(), 0644) == 0);
    testing::write_file(a / "unreadable.txt", council_file("8/2025", "Gesperrt"));
    fs::permissions(a / "unreadable.txt", fs::perms::none);
    testing::write_file(a / "bomb.txt.gz", gzip_bomb(300));
    const std::string gz = testing::gzip_bytes(council_file("9/2025", std::string(30000, 'x')));
    testing::write_file(a / "truncated.txt.gz", gz.substr(0, gz.size() / 2));
    testing::write_file(dir.path() / "members.tar",
                        testing::tar_bytes({{"../../escape.txt", council_file("10/2025", "A")},
                                            {"/etc/absolute.txt", council_file("11/2025", "B")},
                                            {"ok/fine.txt", council_file("12/2025", "C")}}));

    const auto exit =
        testing::run_indexer_process({"--db", dir.file("db"), a.string(), dir.file("members.tar")},
                                     dir.file("log"), testing::obey_file_permissions);
    INFO(exit.output);
    CHECK(exit.code == 1); // real problems: the exit code says so

    const auto reported = [&](const std::string& path, const std::string& reason) {
        const bool found = exit.output.find(path + ": " + reason) != std::string::npos;
        INFO(path << ": " << reason);
        CHECK(found);
    };
    const std::string root = a.string() + "/";
    reported(root + "fifo.txt", "not a regular file");
    reported(root + "self.txt", "symlink that cannot be followed");
    reported(root + "outside-link.txt", "symlink to ");
    reported(root + "unreadable.txt", "cannot open file"); // the path once, then the reason
    reported(root + "bomb.txt.gz", "gzip: inflates to more than the size limit");
    reported(root + "truncated.txt.gz", "gzip: truncated stream");
    reported(root + "nul.txt", "encoding: binary content");
    reported(dir.file("members.tar") + ":../../escape.txt",
             "file: tar member path ../../escape.txt leaves the archive; indexed as escape.txt");
    reported(dir.file("members.tar") + ":/etc/absolute.txt", "file: tar member path");
    CHECK(std::regex_search(exit.output,
                            std::regex(R"(summary: 11 files indexed into a new index)")));
    CHECK(std::regex_search(exit.output, std::regex(R"(6 could not be read)")));

    const auto sources = sources_of(schema::public_part(dir.file("db")));
    for (const auto* name : {"a:good.txt", "a:empty.txt", "a:binary.txt", "a:invalid-utf8.txt",
                             "a:mixed.txt", "a:nul.txt", "a:one-line.txt", "members:escape.txt",
                             "members:etc/absolute.txt", "members:ok/fine.txt"}) {
        INFO(name);
        CHECK(sources.count(name) == 1);
    }
    // The deep file is there under its shortened source term.
    const std::string deep_source = "a:" + fs::relative(deep / "deep.txt", a).generic_string();
    CHECK(sources.count(schema::source_term(deep_source).substr(2)) == 1);
    // Nothing from outside the root: not the symlinked file, not the loop.
    Xapian::Database index(dir.file("db"));
    CHECK(index.get_termfreq("zaunkoenigkanarienwort") == 0);
    // Nothing was written outside the index: the directory holds what the test made, and db.
    std::set<std::string> entries;
    for (const auto& e : fs::directory_iterator(dir.path())) {
        entries.insert(e.path().filename().string());
    }
    CHECK(entries == std::set<std::string>{"a", "db", "log", "members.tar", "outside"});
}
