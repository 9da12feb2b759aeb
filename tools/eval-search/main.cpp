// ratsarchiv-eval-search: measured search quality on real council documents, side by side with
// peers. Builds known-item queries from the Karlsruhe labels (tools/eval-search/
// known_item_queries.h), indexes the same files with ratsarchiv-index, omindex and PostgreSQL
// full-text search in one run, and prints MRR@10 and success@10 per query variant.
//
//   ratsarchiv-eval-search --archive ../shared/corpus/karlsruhe/texts.tar.gz
//                          --labels ../shared/corpus/karlsruhe/labels.jsonl
//                          [--per-variant 125] [--seed 5 | --seeds 5,11,12 | --held-out]
//                          [--pick rarest|random] [--words N] [--numbers]
//                          [--subset N] [--work DIR] [--keep]
//                          [--ratsarchiv-db DIR] [--reuse] [--no-omega] [--no-postgres]
//                          [--show-misses N] [--analyzer-speed]
//
// --numbers queries the papers' numbers as people type them (number-* variants) instead of
// title words.
// Seeds 5, 11 and 12 are the tuning sets: look at their misses, tune on them. --held-out draws
// the seeds 8101, 8102 and 8103, which the team never tunes on and never reads misses of: their
// figures are reported apart, as the estimate for queries nobody has seen.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <set>
#include <sstream>

#include "schema/analysis/german_analyzer.h"
#include "schema/document_json.h"
#include "schema/index_layout.h"
#include "server/access/audience.h"
#include "server/search/searcher.h"
#include "tools/eval-search/known_item_queries.h"
#include "tools/eval-search/peer_engines.h"

using namespace ratsarchiv;
using namespace ratsarchiv::eval;

namespace {
struct Options {
    std::string archive, labels, work, ratsarchiv_db;
    std::size_t per_variant = 125, subset = 0, show_misses = 0;
    std::vector<std::uint32_t> seeds{5};
    bool held_out = false;
    bool numbers = false; ///< number queries instead of title words
    WordChoice choice;
    bool keep = false, omega = true, postgres = true, reuse = false, analyzer_speed = false;
};

Options parse_options(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                throw BadParameter(a, "needs a value");
            }
            return argv[++i];
        };
        if (a == "--archive") {
            o.archive = value();
        } else if (a == "--labels") {
            o.labels = value();
        } else if (a == "--work") {
            o.work = value();
        } else if (a == "--ratsarchiv-db") {
            o.ratsarchiv_db = value();
        } else if (a == "--per-variant") {
            o.per_variant = std::stoul(value());
        } else if (a == "--subset") {
            o.subset = std::stoul(value());
        } else if (a == "--seed") {
            o.seeds = {static_cast<std::uint32_t>(std::stoul(value()))};
        } else if (a == "--seeds") {
            o.seeds.clear();
            std::stringstream list(value());
            for (std::string seed; std::getline(list, seed, ',');) {
                o.seeds.push_back(static_cast<std::uint32_t>(std::stoul(seed)));
            }
        } else if (a == "--pick") {
            std::string pick = value();
            if (pick != "rarest" && pick != "random") {
                throw BadParameter("--pick", "must be rarest or random");
            }
            o.choice.rarest = pick == "rarest";
        } else if (a == "--words") {
            o.choice.count = std::stoul(value());
        } else if (a == "--numbers") { // query the papers' numbers as people type them
            o.numbers = true;
        } else if (a == "--held-out") {
            o.seeds = {8101, 8102, 8103};
            o.held_out = true;
        } else if (a == "--show-misses") {
            o.show_misses = std::stoul(value());
        } else if (a == "--reuse") { // keep indexes already built in --work
            o.reuse = true;
        } else if (a == "--analyzer-speed") { // only time the analyzer over the files
            o.analyzer_speed = true;
        } else if (a == "--keep") {
            o.keep = true;
        } else if (a == "--no-omega") {
            o.omega = false;
        } else if (a == "--no-postgres") {
            o.postgres = false;
        } else {
            throw BadParameter(a, "is not an option of ratsarchiv-eval-search");
        }
    }
    if (o.archive.empty() || o.labels.empty()) {
        throw BadParameter("--archive/--labels", "are required");
    }
    if (o.held_out && o.show_misses > 0) {
        throw BadParameter("--show-misses", "is not for the held-out set: its misses stay unread");
    }
    return o;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The files to index: all of the archive, or (--subset N) every query target plus N others.
std::map<std::string, fs::path> corpus_files(const fs::path& unpacked, const Options& o,
                                             const std::vector<KnownItemQuery>& queries) {
    std::map<std::string, fs::path> all;
    for (const auto& entry : fs::recursive_directory_iterator(unpacked)) {
        if (entry.is_regular_file()) {
            all[fs::relative(entry.path(), unpacked).string()] = entry.path();
        }
    }
    if (o.subset == 0) {
        return all;
    }
    std::map<std::string, fs::path> chosen;
    for (const auto& q : queries) {
        for (const auto& f : q.paper->files) {
            if (all.count(f)) {
                chosen[f] = all[f];
            }
        }
    }
    std::size_t others = 0;
    for (const auto& [name, path] : all) {
        if (others++ >= o.subset) {
            break;
        }
        chosen[name] = path;
    }
    return chosen;
}

// Archive path -> document number of every document in the index (its stored data).
std::map<std::string, std::string> stored_numbers(const Xapian::Database& db) {
    std::map<std::string, std::string> numbers;
    for (auto id = db.postlist_begin(""); id != db.postlist_end(""); ++id) {
        auto doc = schema::document_from_json_text(db.get_document(*id).get_data());
        if (!doc.number.empty()) {
            numbers[doc.source] = doc.number;
        }
    }
    return numbers;
}

// Single-thread throughput of GermanAnalyzer::index_text (text and title prefixes, as the
// document builder calls it) over the decoded files: the analyzer's share of indexing.
void time_analyzer(const std::map<std::string, fs::path>& files) {
    std::vector<std::string> texts;
    double mb = 0;
    for (const auto& [name, path] : files) {
        std::ifstream in(path, std::ios::binary);
        std::stringstream raw;
        raw << in.rdbuf();
        texts.push_back(indexer::decode_text(raw.str()).utf8);
        mb += static_cast<double>(texts.back().size()) / 1e6;
    }
    auto start = std::chrono::steady_clock::now();
    analysis::GermanAnalyzer analyzer; // the word list loads here, once
    double load = seconds_since(start);
    std::size_t terms = 0;
    std::clock_t cpu_start = std::clock();
    for (const auto& text : texts) {
        Xapian::Document doc;
        Xapian::termpos position = 0;
        analyzer.index_text(doc, text, "", 1, position);
        terms += doc.termlist_count();
    }
    double s = seconds_since(start) - load;
    // CPU time too: on a shared machine the wall clock also counts other people's work.
    double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    std::printf("analyzer: %.1f MB on one thread: %.1f s wall = %.2f MB/s, %.1f s CPU = %.2f "
                "MB/s per core (word list load %.2f s, %zu terms)\n",
                mb, s, mb / s, cpu, mb / cpu, load, terms);
}

fs::path self_dir() {
    return fs::read_symlink("/proc/self/exe").parent_path();
}

std::uint64_t total_bytes(const std::map<std::string, fs::path>& files) {
    std::uint64_t bytes = 0;
    for (const auto& [name, path] : files) {
        bytes += fs::file_size(path);
    }
    return bytes;
}
} // namespace

namespace {
// The ranked query users get: the analyzer's text_query over the typed words (all of them, or
// any when no document has them all), restricted to what an anonymous user may see
// (server/access/audience.h).
Rankings query_ratsarchiv(const Xapian::Database& db, const std::vector<KnownItemQuery>& queries) {
    analysis::GermanAnalyzer analyzer;
    Rankings rankings;
    std::vector<double> millis;
    for (std::size_t i = 0; i < queries.size(); ++i) {
        auto start = std::chrono::steady_clock::now();
        auto words = analyzer.split_words(queries[i].text);
        Xapian::Enquire enquire(db);
        enquire.set_query(
            server::restrict_to_audience(server::Audience{}, analyzer.text_query(words, db)));
        auto mset = enquire.get_mset(0, 10);
        if (mset.empty()) { // as the server: documents with some words when none has them all
            enquire.set_query(server::restrict_to_audience(
                server::Audience{},
                analyzer.text_query(words, db, analysis::GermanAnalyzer::WordsMatch::Any)));
            mset = enquire.get_mset(0, 10);
        }
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            rankings[i].push_back(
                schema::document_from_json_text(it.get_document().get_data()).source);
        }
        millis.push_back(seconds_since(start) * 1000);
    }
    std::sort(millis.begin(), millis.end());
    if (!millis.empty()) {
        std::printf("ratsarchiv query time (top 10, one thread): median %.2f ms, p99 %.2f ms\n",
                    millis[millis.size() / 2], millis[millis.size() * 99 / 100]);
    }
    return rankings;
}

// The server's own search (server/search/searcher.h), as /api/search runs it for anonymous users.
Rankings query_server_path(Xapian::Database& db, const std::vector<KnownItemQuery>& queries) {
    analysis::GermanAnalyzer analyzer;
    server::Searcher searcher(analyzer, server::QueryLimits{});
    Rankings rankings;
    for (std::size_t i = 0; i < queries.size(); ++i) {
        server::SearchRequest request;
        request.q = queries[i].text;
        request.facets = false;
        request.snippets = false;
        for (const auto& hit : searcher.search(db, server::Audience{}, request).hits) {
            rankings[i].push_back(hit.source);
        }
    }
    return rankings;
}

struct Score {
    double rr = 0;
    std::size_t found = 0, n = 0;
};

// Reciprocal rank of the first target file in the top 10 (0 when none).
double reciprocal_rank(const KnownItemQuery& q, const std::vector<std::string>& top) {
    for (std::size_t r = 0; r < top.size() && r < 10; ++r) {
        if (q.paper->files.count(top[r])) {
            return 1.0 / static_cast<double>(r + 1);
        }
    }
    return 0;
}

void print_table(const std::vector<KnownItemQuery>& queries,
                 const std::vector<std::pair<std::string, Rankings>>& systems) {
    std::vector<std::string> variants; // as drawn: title-word or number variants
    for (const auto& q : queries) {
        if (std::find(variants.begin(), variants.end(), q.variant) == variants.end()) {
            variants.push_back(q.variant);
        }
    }
    variants.push_back("all");
    std::printf("\n%-16s %5s", "variant", "n");
    for (const auto& [name, r] : systems) {
        std::printf(" | %-22s", (name + " MRR S@10").c_str());
    }
    std::printf("\n");
    for (const auto& variant : variants) {
        std::size_t n = 0;
        std::printf("%-16s", variant.c_str());
        std::string cells;
        for (const auto& [name, rankings] : systems) {
            Score s;
            for (std::size_t i = 0; i < queries.size(); ++i) {
                if (variant != "all" && queries[i].variant != variant) {
                    continue;
                }
                auto it = rankings.find(i);
                double rr = it == rankings.end() ? 0 : reciprocal_rank(queries[i], it->second);
                s.rr += rr;
                s.found += rr > 0 ? 1 : 0;
                ++s.n;
            }
            n = s.n;
            char cell[64];
            std::snprintf(cell, sizeof cell, " | %6.3f %6.3f         ", s.n ? s.rr / s.n : 0.0,
                          s.n ? static_cast<double>(s.found) / s.n : 0.0);
            cells += cell;
        }
        std::printf(" %5zu%s\n", n, cells.c_str());
    }
}

void show_misses(const std::vector<KnownItemQuery>& queries, const Rankings& rankings,
                 std::size_t limit) {
    std::size_t shown = 0;
    for (std::size_t i = 0; i < queries.size() && shown < limit; ++i) {
        auto it = rankings.find(i);
        if (it != rankings.end() && reciprocal_rank(queries[i], it->second) > 0) {
            continue;
        }
        ++shown;
        std::printf("miss [%s] \"%s\" -> %s (%s) top: %s\n", queries[i].variant.c_str(),
                    queries[i].text.c_str(), queries[i].paper->number.c_str(),
                    queries[i].paper->thema.substr(0, 90).c_str(),
                    it == rankings.end() || it->second.empty() ? "-" : it->second[0].c_str());
    }
}

// The files to evaluate on, unpacked once into the work directory: (directory to index, files).
std::pair<fs::path, std::map<std::string, fs::path>>
prepare_corpus(const fs::path& work, const Options& o, const std::vector<KnownItemQuery>& queries) {
    fs::path unpacked = work / "unpacked";
    if (!fs::exists(unpacked)) {
        fs::create_directories(unpacked);
        run("tar -xzf " + shell_quote(o.archive) + " -C " + shell_quote(unpacked.string()));
    }
    auto files = corpus_files(unpacked, o, queries);
    if (o.subset == 0) {
        return {unpacked, files};
    }
    fs::path subset = work / "subset";
    fs::remove_all(subset);
    for (const auto& [name, path] : files) {
        fs::create_directories((subset / name).parent_path());
        fs::create_hard_link(path, subset / name);
    }
    return {subset, files};
}

// Indexes `corpus` with the ratsarchiv-index built beside this tool, timed.
void index_ratsarchiv(const fs::path& corpus, const fs::path& db, const fs::path& work, double mb) {
    fs::remove_all(db);
    auto start = std::chrono::steady_clock::now();
    run(shell_quote((self_dir() / "ratsarchiv-index").string()) + " --db " +
        shell_quote(db.string()) + " --root " + shell_quote(corpus.string()) + " " +
        shell_quote(corpus.string()) + " 2> " + shell_quote((work / "index.log").string()) +
        " || true"); // exit status 1 only says some files had problems; they are indexed
    double s = seconds_since(start);
    std::fprintf(stderr, "ratsarchiv-index: %.1f s, %.2f MB/s\n", s, mb / s);
}

Rankings omega_rankings(const fs::path& corpus, const fs::path& work, const Options& o,
                        const std::vector<KnownItemQuery>& queries) {
    fs::path odb = work / "omega";
    if (!(o.reuse && fs::exists(odb))) {
        fs::remove_all(odb);
        auto start = std::chrono::steady_clock::now();
        build_omega(corpus, odb);
        std::fprintf(stderr, "omindex: %.1f s\n", seconds_since(start));
    }
    Xapian::Database omega(odb.string());
    Rankings r;
    for (std::size_t i = 0; i < queries.size(); ++i) {
        r[i] = query_omega(omega, queries[i].text);
    }
    return r;
}

Rankings postgres_rankings(const std::map<std::string, fs::path>& files, const fs::path& work,
                           const Options& o, const std::vector<KnownItemQuery>& queries) {
    fs::path pg_dir = work / "pg";
    bool loaded = o.reuse && fs::exists(pg_dir / "data" / "PG_VERSION");
    if (!loaded) {
        fs::remove_all(pg_dir);
    }
    PostgresInstance pg(pg_dir);
    if (!loaded) {
        auto start = std::chrono::steady_clock::now();
        load_postgres(pg, files, work);
        std::fprintf(stderr, "postgres load + GIN: %.1f s\n", seconds_since(start));
    }
    std::vector<std::string> texts;
    for (const auto& q : queries) {
        texts.push_back(q.text);
    }
    return query_postgres(pg, texts, work);
}

int run_evaluation(const Options& o) {
    fs::path work = o.work;
    if (work.empty()) {
        std::string pattern = (fs::temp_directory_path() / "ratsarchiv-eval-XXXXXX").string();
        work = ::mkdtemp(pattern.data());
    }
    fs::create_directories(work);
    fs::permissions(work, fs::perms::all, fs::perm_options::add);

    auto papers = read_papers(o.labels);
    std::vector<KnownItemQuery> queries;
    std::string seeds;
    for (std::uint32_t seed : o.seeds) {
        QueryBuilder builder(papers, "/usr/share/dict/ngerman", seed, o.choice);
        auto drawn =
            o.numbers ? builder.build_numbers(o.per_variant) : builder.build(o.per_variant);
        queries.insert(queries.end(), drawn.begin(), drawn.end());
        seeds += (seeds.empty() ? "" : ",") + std::to_string(seed);
    }
    std::fprintf(stderr, "%zu papers with number and thema, %zu queries\n", papers.size(),
                 queries.size());
    auto [corpus, files] = prepare_corpus(work, o, queries);
    double mb = static_cast<double>(total_bytes(files)) / 1e6;
    std::fprintf(stderr, "corpus: %zu files, %.1f MB\n", files.size(), mb);
    if (o.analyzer_speed) {
        time_analyzer(files);
        return 0;
    }

    fs::path rdb = o.ratsarchiv_db.empty() ? work / "ratsarchiv" : fs::path(o.ratsarchiv_db);
    if (o.ratsarchiv_db.empty() && !(o.reuse && fs::exists(rdb))) {
        index_ratsarchiv(corpus, rdb, work, mb);
    }
    Xapian::Database db(schema::view_path(rdb.string(), false));
    std::fprintf(stderr, "ratsarchiv index: %u documents\n", db.get_doccount());
    add_targets(papers, stored_numbers(db));
    std::vector<std::pair<std::string, Rankings>> systems;
    systems.emplace_back("ratsarchiv", query_ratsarchiv(db, queries));
    systems.emplace_back("server-path", query_server_path(db, queries));
    if (o.omega) {
        systems.emplace_back("omindex", omega_rankings(corpus, work, o, queries));
    }
    if (o.postgres) {
        systems.emplace_back("postgres", postgres_rankings(files, work, o, queries));
    }
    std::string words = o.choice.count > 0 ? std::to_string(o.choice.count) : "2-3";
    const std::string query_kind =
        o.numbers ? std::string("the number of a labeled paper with a unique title, as typed")
                  : words + (o.choice.rarest ? " rarest" : " randomly drawn") +
                        " title words of a labeled paper with a unique title";
    std::printf("known-item evaluation: %zu queries (%s %s) on %zu files; query = %s, target = "
                "any file with its number\n",
                queries.size(), o.held_out ? "HELD-OUT, never tuned on: seeds" : "seeds",
                seeds.c_str(), files.size(), query_kind.c_str());
    print_table(queries, systems);
    if (o.show_misses > 0) {
        show_misses(queries, systems.front().second, o.show_misses);
    }
    if (!o.keep && o.work.empty()) {
        fs::remove_all(work);
    }
    return 0;
}
} // namespace

int main(int argc, char** argv) {
    try {
        return run_evaluation(parse_options(argc, argv));
    } catch (const BadParameter& e) {
        std::cerr << "ratsarchiv-eval-search: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "ratsarchiv-eval-search: " << e.what() << "\n";
        return 1;
    }
}
