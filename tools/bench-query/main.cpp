// ratsarchiv-bench-query: prepares the inputs of the query benchmark (tools/bench-query/run.sh)
// from an index, so ratsarchiv and PostgreSQL answer exactly the same queries:
//   ratsarchiv-bench-query --db DIR --out DIR [--queries N] [--seed N] [--labels FILE]
//                          [--no-documents]
// writes into DIR:
//   queries.tsv      q, type filter, year filter (one query per line, for people)
//   wrk.lua          the same queries as /api/search requests (with facets), rotated by wrk
//   pg_queries.copy  the same queries for a PostgreSQL table (COPY text format)
//   docs.copy        the public documents for PostgreSQL (COPY text format)
// The mix: single words, two and three words, phrases, each without or with a filter (type or
// year), drawn from the titles of random public documents so every query finds something.
// With --labels, the second set instead (set T): the first two words of five or more letters
// of each labeled thema in the JSONL file, distinct, in file order, no filters.
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/URI.h>
#include <xapian.h>

#include "schema/analysis/german_analyzer.h"
#include "schema/document_json.h"
#include "schema/fields.h"
#include "schema/index_layout.h"
#include "schema/stored_document.h"
#include "schema/text_fold.h"
#include "schema/value_list.h"

namespace {

using namespace ratsarchiv;

// Text columns are capped: PostgreSQL's tsvector cannot exceed 1 MB.
constexpr std::size_t kMaxTextBytes = 300000;

struct BenchQuery {
    std::string q;
    std::string type;
    std::string year;
};

std::string copy_escape(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\0':
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string copy_field(const std::string& s) {
    return s.empty() ? "\\N" : copy_escape(s);
}

std::string cut_utf8(const std::string& s, std::size_t max) {
    if (s.size() <= max) {
        return s;
    }
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    return s.substr(0, cut);
}

std::string pg_array(const std::vector<std::string>& values) {
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        out += i > 0 ? "," : "";
        out += '"';
        for (char c : values[i]) {
            if (c == '"' || c == '\\') {
                out += '\\';
            }
            out += c;
        }
        out += '"';
    }
    return out + "}";
}

bool is_word(const std::string& w) {
    if (w.size() < 4) {
        return false;
    }
    for (unsigned char c : w) {
        if (c < 0x80 && !std::isalpha(c)) {
            return false;
        }
    }
    return true;
}

// The public documents in the order of their stable ids (schema/document_identity.h), not of
// their docids: the parallel indexer numbers documents differently on each run, and the same
// archive should give the same queries whatever index they are drawn from.
std::vector<Xapian::docid> public_docids(Xapian::Database& db) {
    std::set<Xapian::docid> is_public;
    const std::string term(schema::kTermPublic);
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
        is_public.insert(*it);
    }
    std::vector<Xapian::docid> ids;
    const std::string prefix(schema::kPrefixId);
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
        Xapian::PostingIterator posting = db.postlist_begin(*t);
        if (posting != db.postlist_end(*t) && is_public.count(*posting) != 0) {
            ids.push_back(*posting);
        }
    }
    return ids;
}

// Set T: "the first two words of five or more letters of each labeled thema", distinct.
std::vector<BenchQuery> thema_queries(const std::string& labels_path,
                                      const analysis::GermanAnalyzer& analyzer, std::size_t count) {
    std::ifstream in(labels_path);
    if (!in) {
        throw std::runtime_error("cannot read " + labels_path);
    }
    std::vector<BenchQuery> queries;
    std::set<std::string> seen;
    std::string line;
    while (queries.size() < count && std::getline(in, line)) {
        if (line.empty()) {
            continue;
        }
        Poco::JSON::Parser parser;
        auto label = parser.parse(line).extract<Poco::JSON::Object::Ptr>();
        if (!label->has("thema")) {
            continue;
        }
        std::vector<std::string> words;
        for (auto& w : analyzer.split_words(label->getValue<std::string>("thema"))) {
            if (is_word(w) && schema::utf8_length(w) >= 5) {
                words.push_back(w);
            }
            if (words.size() == 2) {
                break;
            }
        }
        if (words.size() == 2) {
            std::string q = words[0] + " " + words[1];
            if (seen.insert(q).second) {
                queries.push_back({std::move(q), "", ""});
            }
        }
    }
    return queries;
}

// One query from the title of a random document: kind 0 one word, 1 two words, 2 three
// words, 3 a two-word phrase; filter 0 none, 1 type, 2 year (the document's own values).
bool make_query(const Xapian::Document& doc, const analysis::GermanAnalyzer& analyzer, int kind,
                int filter, std::mt19937& rng, BenchQuery& out) {
    CouncilDocument d = schema::document_from_json_text(doc.get_data());
    std::vector<std::string> words;
    for (auto& w : analyzer.split_words(d.thema)) {
        if (is_word(w)) {
            words.push_back(w);
        }
    }
    const std::size_t n = kind == 0 ? 1 : kind == 2 ? 3 : 2;
    if (words.size() < n) {
        return false;
    }
    std::size_t start = std::uniform_int_distribution<std::size_t>(0, words.size() - n)(rng);
    std::string q;
    for (std::size_t i = 0; i < n; ++i) {
        q += (i > 0 ? " " : "") + words[start + i];
    }
    out.q = kind == 3 ? "\"" + q + "\"" : q;
    out.type = filter == 1 ? d.type : "";
    out.year = filter == 2 && d.date.size() >= 4 ? d.date.substr(0, 4) : "";
    return !(filter == 1 && out.type.empty()) && !(filter == 2 && out.year.empty());
}

std::string search_path(const BenchQuery& b) {
    std::string path = "/api/search?limit=10&q=";
    std::string enc;
    Poco::URI::encode(b.q, "&=+?#/:;,\"", enc);
    path += enc;
    if (!b.type.empty()) {
        enc.clear();
        Poco::URI::encode(b.type, "&=+?#/:;,", enc);
        path += "&type=" + enc;
    }
    if (!b.year.empty()) {
        path += "&year=" + b.year;
    }
    return path;
}

void write_queries(const std::string& out, const std::vector<BenchQuery>& queries) {
    std::ofstream tsv(out + "/queries.tsv");
    std::ofstream lua(out + "/wrk.lua");
    std::ofstream pg(out + "/pg_queries.copy");
    lua << "-- generated by ratsarchiv-bench-query: rotates the benchmark queries\n"
        << "local paths = {\n";
    for (std::size_t i = 0; i < queries.size(); ++i) {
        const auto& b = queries[i];
        tsv << b.q << "\t" << b.type << "\t" << b.year << "\n";
        std::string path = search_path(b);
        lua << "  \"";
        for (char c : path) {
            lua << (c == '"' || c == '\\' ? "\\" : "") << c;
        }
        lua << "\",\n";
        pg << (i + 1) << "\t" << copy_escape(b.q) << "\t" << copy_field(b.type) << "\t"
           << copy_field(b.year) << "\n";
    }
    lua << "}\n"
        << "local counter = 0\n"
        << "setup = function(thread) thread:set(\"start\", counter) counter = counter + 7 end\n"
        << "init = function(args) i = start or 0 end\n"
        << "request = function()\n"
        << "  i = i + 1\n"
        << "  return wrk.format(\"GET\", paths[(i % #paths) + 1])\n"
        << "end\n"
        << "done = function(summary, latency, requests)\n"
        << "  local errors = summary.errors.status + summary.errors.connect + summary.errors.read"
           " + summary.errors.write + summary.errors.timeout\n"
        << "  io.write(string.format(\"RESULT %d %.3f %d %d %d\\n\", summary.requests,"
           " summary.duration / 1e6, latency:percentile(50), latency:percentile(99), errors))\n"
        << "end\n";
}

void write_documents(Xapian::Database& db, const std::vector<Xapian::docid>& ids,
                     const std::string& out) {
    std::ofstream copy(out + "/docs.copy");
    for (Xapian::docid id : ids) {
        Xapian::Document doc = db.get_document(id);
        CouncilDocument d = schema::stored_document(doc);
        auto gremien = schema::parse_value_list(doc.get_value(schema::kSlotGremium));
        copy << copy_escape(d.id) << "\t" << copy_field(d.type) << "\t" << copy_field(d.number)
             << "\t" << copy_field(d.date.size() == 10 ? d.date : "") << "\t"
             << copy_field(d.date.size() >= 4 ? d.date.substr(0, 4) : "") << "\t"
             << copy_field(d.thema) << "\t" << copy_field(d.body) << "\t" << copy_field(d.amt)
             << "\t" << copy_field(d.signatory) << "\t" << copy_escape(pg_array(gremien)) << "\t"
             << copy_escape(cut_utf8(d.text, kMaxTextBytes)) << "\n";
    }
}

int usage() {
    std::cerr << "usage: ratsarchiv-bench-query --db DIR --out DIR [--queries N] [--seed N] "
                 "[--labels FILE] [--no-documents]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    std::string db_path, out, labels;
    bool no_documents = false;
    std::size_t count = 200;
    unsigned seed = 20261124;
    for (int i = 1; i < argc; i += 2) {
        std::string flag = argv[i];
        if (flag == "--no-documents") {
            no_documents = true;
            --i; // a flag without a value
            continue;
        }
        if (i + 1 >= argc) {
            return usage();
        }
        if (flag == "--db") {
            db_path = argv[i + 1];
        } else if (flag == "--out") {
            out = argv[i + 1];
        } else if (flag == "--queries") {
            count = std::stoul(argv[i + 1]);
        } else if (flag == "--labels") {
            labels = argv[i + 1];
        } else if (flag == "--seed") {
            seed = static_cast<unsigned>(std::stoul(argv[i + 1]));
        } else {
            return usage();
        }
    }
    if (db_path.empty() || out.empty()) {
        return usage();
    }
    try {
        Xapian::Database db(schema::view_path(db_path, false));
        analysis::GermanAnalyzer analyzer;
        std::vector<Xapian::docid> ids = public_docids(db);
        if (ids.empty()) {
            std::cerr << "ratsarchiv-bench-query: no public documents in " << db_path << "\n";
            return 1;
        }
        std::mt19937 rng(seed);
        std::uniform_int_distribution<std::size_t> pick(0, ids.size() - 1);
        std::vector<BenchQuery> queries;
        if (!labels.empty()) {
            queries = thema_queries(labels, analyzer, count);
        }
        std::set<std::string> seen;
        for (std::size_t attempt = 0;
             labels.empty() && queries.size() < count && attempt < count * 50; ++attempt) {
            const int kind = static_cast<int>(queries.size() % 4);
            const int filter = static_cast<int>((queries.size() / 4) % 3);
            BenchQuery b;
            if (make_query(db.get_document(ids[pick(rng)]), analyzer, kind, filter, rng, b) &&
                seen.insert(search_path(b)).second) {
                queries.push_back(std::move(b));
            }
        }
        write_queries(out, queries);
        if (!no_documents) {
            write_documents(db, ids, out);
        }
        std::cout << "queries: " << queries.size() << ", public documents: " << ids.size() << "\n";
        return 0;
    } catch (const Xapian::Error& e) {
        std::cerr << "ratsarchiv-bench-query: " << e.get_description() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "ratsarchiv-bench-query: " << e.what() << "\n";
        return 1;
    }
}
