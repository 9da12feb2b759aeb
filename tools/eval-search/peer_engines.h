// The peers of tools/eval-search, run on the same files in the same run: omindex (xapian-omega,
// German stemmer, queried as `quest` does) and PostgreSQL full-text search (german
// configuration, GIN index, websearch_to_tsquery, ts_rank_cd) in a private instance on a unix
// socket under the work directory, stopped by PID.
#pragma once

#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/read/decode_text.h"
#include "schema/errors.h"

namespace ratsarchiv::eval {

namespace fs = std::filesystem;

/// Single-quotes `s` for /bin/sh.
inline std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

/// Runs a shell command; throws when it fails.
inline void run(const std::string& command) {
    if (std::system(command.c_str()) != 0) {
        throw Error("command failed: " + command);
    }
}

/// Top-10 file lists per query id.
using Rankings = std::map<std::size_t, std::vector<std::string>>;

/// omindex over `corpus_dir` (files below it keep their relative paths as URLs).
inline void build_omega(const fs::path& corpus_dir, const fs::path& db) {
    run("omindex --db " + shell_quote(db.string()) + " --url / --stemmer=german " +
        "--mime-type=txt:text/plain " + shell_quote(corpus_dir.string() + "/") + " > /dev/null");
}

/// Queries the omindex database like `quest --stemmer=german` (QueryParser, STEM_SOME, default
/// flags, OR): returns archive paths ("karlsruhe/1.txt") of the top 10.
inline std::vector<std::string> query_omega(const Xapian::Database& db, const std::string& text) {
    Xapian::QueryParser parser;
    parser.set_database(db);
    parser.set_stemmer(Xapian::Stem("german"));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    Xapian::Enquire enquire(db);
    enquire.set_query(parser.parse_query(text));
    std::vector<std::string> files;
    auto mset = enquire.get_mset(0, 10);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        std::string data = it.get_document().get_data();
        auto url = data.find("url=/");
        if (url != std::string::npos) {
            auto end = data.find('\n', url);
            files.push_back(data.substr(url + 5, end - url - 5));
        }
    }
    return files;
}

/// A private PostgreSQL 15 instance (initdb + pg_ctl) on a unix socket in `dir`, run as the
/// postgres user when we are root (PostgreSQL refuses to run as root). A data directory left
/// there by an earlier run is started again instead of created.
class PostgresInstance {
public:
    explicit PostgresInstance(const fs::path& dir) : dir_(dir) {
        fs::create_directories(dir_ / "data");
        fs::permissions(dir_, fs::perms::all, fs::perm_options::add);
        as_user_ = geteuid() == 0 ? "runuser -u postgres -- " : "";
        if (geteuid() == 0) {
            run("chown -R postgres " + shell_quote(dir_.string()));
        }
        if (!fs::exists(dir_ / "data" / "PG_VERSION")) {
            run(as_user_ + "initdb -A trust -E UTF8 --locale=C.UTF-8 -D " +
                shell_quote((dir_ / "data").string()) + " > " +
                shell_quote((dir_ / "initdb.log").string()));
        }
        run(as_user_ + "pg_ctl -w -D " + shell_quote((dir_ / "data").string()) + " -l " +
            shell_quote((dir_ / "server.log").string()) + " -o " +
            shell_quote("-c listen_addresses='' -k " + dir_.string() +
                        " -c shared_buffers=256MB -c maintenance_work_mem=512MB") +
            " start > /dev/null");
        std::ifstream pid_file(dir_ / "data" / "postmaster.pid");
        pid_file >> pid_;
    }
    ~PostgresInstance() {
        if (pid_ > 0) {
            ::kill(pid_, SIGINT); // fast shutdown of exactly our postmaster
            for (int i = 0; i < 600 && fs::exists(dir_ / "data" / "postmaster.pid"); ++i) {
                ::usleep(100000);
            }
        }
    }
    PostgresInstance(const PostgresInstance&) = delete;
    PostgresInstance& operator=(const PostgresInstance&) = delete;

    /// Runs psql on a script file; unaligned tab-separated output goes to `out`.
    void psql(const fs::path& script, const fs::path& out) const {
        run(as_user_ + "psql -X -q -v ON_ERROR_STOP=1 -At -F '\t' -h " +
            shell_quote(dir_.string()) + " -d postgres -f " + shell_quote(script.string()) + " > " +
            shell_quote(out.string()));
    }
    pid_t pid() const { return pid_; }

private:
    fs::path dir_;
    std::string as_user_;
    pid_t pid_ = 0;
};

/// Loads `files` (archive path -> file on disk) into table docs(file, body) with a stored
/// german tsvector and a GIN index. Bodies are decoded to UTF-8 like the indexer does; a
/// tsvector is capped at 1 MB, so text beyond 500,000 characters is left out.
inline void load_postgres(const PostgresInstance& pg, const std::map<std::string, fs::path>& files,
                          const fs::path& work) {
    fs::path tsv = work / "docs.tsv";
    {
        // COPY's text format with backslash escapes (CSV would end at a line holding "\.")
        std::ofstream out(tsv, std::ios::binary);
        for (const auto& [name, path] : files) {
            std::ifstream in(path, std::ios::binary);
            std::stringstream raw;
            raw << in.rdbuf();
            std::string text = indexer::decode_text(raw.str()).utf8;
            out << name << '\t';
            for (char c : text) {
                switch (c) {
                case '\\':
                    out << "\\\\";
                    break;
                case '\n':
                    out << "\\n";
                    break;
                case '\r':
                    out << "\\r";
                    break;
                case '\t':
                    out << "\\t";
                    break;
                case '\0':
                    break;
                default:
                    out << c;
                }
            }
            out << '\n';
        }
    }
    fs::path script = work / "load.sql";
    std::ofstream(script) << "CREATE TABLE docs (file text, body text);\n"
                          << "\\copy docs FROM " << shell_quote(tsv.string()) << "\n"
                          << "ALTER TABLE docs ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
                          << "(to_tsvector('german', left(body, 500000))) STORED;\n"
                          << "CREATE INDEX docs_tsv ON docs USING GIN (tsv);\nANALYZE docs;\n";
    fs::permissions(work, fs::perms::all, fs::perm_options::add);
    pg.psql(script, work / "load.out");
}

/// Runs every query with websearch_to_tsquery('german', …) ranked by ts_rank_cd; top 10 each.
inline Rankings query_postgres(const PostgresInstance& pg, const std::vector<std::string>& texts,
                               const fs::path& work) {
    fs::path script = work / "queries.sql";
    {
        std::ofstream out(script);
        for (std::size_t i = 0; i < texts.size(); ++i) {
            out << "SELECT " << i << ", file FROM docs, websearch_to_tsquery('german', $q$"
                << texts[i] << "$q$) q WHERE tsv @@ q ORDER BY ts_rank_cd(tsv, q) DESC, file "
                << "LIMIT 10;\n";
        }
    }
    fs::path out = work / "queries.out";
    pg.psql(script, out);
    Rankings rankings;
    std::ifstream in(out);
    std::string line;
    while (std::getline(in, line)) {
        auto tab = line.find('\t');
        if (tab != std::string::npos) {
            rankings[std::stoul(line.substr(0, tab))].push_back(line.substr(tab + 1));
        }
    }
    return rankings;
}

} // namespace ratsarchiv::eval
