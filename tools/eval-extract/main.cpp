// ratsarchiv-eval-extract --labels FILE [--misses N] PATH...: runs the extractor over the
// labeled files found under PATH (files, directories or tarballs) and prints per field
// precision, recall, labeled cases and the worst misses. Besides the label fields it prints
// rows that say what a label file can measure: thema_in_head (titles the head prints word for
// word), refs (a Niederschrift's own paper) next to refs_all (every cited number), and
// beratungsfolge (every step, or for a public feed's labels the steps the text does not mark
// nicht öffentlich; explained under the table, with an analysis line for Gremien no label
// names) next to beratungsfolge_all (every step) and beratungsfolge_public. Under the table it
// sorts the refs misses by their byte-identical copies, also the files without a label.
// ratsarchiv-eval-extract --coverage PATH...: runs the extractor over every file and prints the
// share of documents with text that have each field, the year by the source of its date;
// --dates FILE also writes each document with text as a line "path TAB date TAB date_source"
// (both empty where it has no year), to look at what stays undated; --file-order sequence dates
// undated files by their neighbours as the indexer does and says how often that is right.
// ratsarchiv-eval-extract --throughput PATH...: reads every file into memory, then times
// decoding and extraction on one core and prints MB/s (median of three passes).
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <map>

#include <Poco/JSON/Parser.h>

#include "indexer/council_file.h"
#include "indexer/extract/coverage.h"
#include "indexer/extract/evaluation.h"
#include "indexer/extract/extract_fields.h"
#include "indexer/read/decode_text.h"
#include "indexer/read/source_walker.h"
#include "schema/document_identity.h"

namespace {
using LabelMap = std::map<std::string, Poco::JSON::Object::Ptr>;

LabelMap read_labels(const std::string& path) {
    LabelMap labels;
    std::ifstream in(path);
    std::string line;
    Poco::JSON::Parser parser;
    while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
            continue;
        }
        auto object = parser.parse(line).extract<Poco::JSON::Object::Ptr>();
        labels[object->getValue<std::string>("file")] = object;
        parser.reset();
    }
    return labels;
}

// The label of a walked file: by its source path, or by the label path's last components.
Poco::JSON::Object::Ptr find_label(const LabelMap& labels, const std::string& source) {
    if (auto it = labels.find(source); it != labels.end()) {
        return it->second;
    }
    std::size_t slash = source.find('/');
    while (slash != std::string::npos) {
        if (auto it = labels.find(source.substr(slash + 1)); it != labels.end()) {
            return it->second;
        }
        slash = source.find('/', slash + 1);
    }
    return nullptr;
}
double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Times decode_text + extract_fields over all files, single-threaded; median of three passes.
int run_throughput(const std::vector<std::string>& paths) {
    using namespace ratsarchiv;
    std::vector<indexer::RawFile> files;
    double bytes = 0;
    indexer::walk_sources(
        paths, {},
        [&](indexer::RawFile&& file) {
            bytes += static_cast<double>(file.bytes.size());
            files.push_back(std::move(file));
        },
        [](const indexer::WalkProblem& p) { std::cerr << p.origin << ": " << p.reason << "\n"; });
    std::vector<std::string> decoded;
    auto start = std::chrono::steady_clock::now();
    for (const auto& f : files) {
        decoded.push_back(indexer::decode_text(f.bytes).utf8);
    }
    double decode_seconds = seconds_since(start);
    std::vector<double> passes;
    std::size_t fields = 0;
    for (int pass = 0; pass < 3; ++pass) {
        start = std::chrono::steady_clock::now();
        for (const auto& text : decoded) {
            CouncilDocument doc;
            indexer::extract_fields(text, doc);
            fields += doc.number.size() + doc.thema.size();
        }
        passes.push_back(seconds_since(start));
    }
    std::sort(passes.begin(), passes.end());
    double mb = bytes / 1e6;
    std::cout << "files: " << files.size() << ", MB: " << mb << "\n"
              << "decode_text:    " << decode_seconds << " s, " << mb / decode_seconds
              << " MB/s per core\n"
              << "extract_fields: " << passes[1] << " s (median of 3), " << mb / passes[1]
              << " MB/s per core\n"
              << "(checksum " << fields << ")\n";
    return 0;
}
// Extracts every file with the archive defaults the indexer uses and prints field coverage.
int run_coverage(const std::vector<std::string>& paths, const std::string& dates_path,
                 bool file_order) {
    using namespace ratsarchiv;
    indexer::extract::Coverage coverage;
    std::ofstream dates;
    if (!dates_path.empty()) {
        dates.open(dates_path);
    }
    indexer::walk_sources(
        paths, {},
        [&](indexer::RawFile&& file) {
            CouncilDocument doc = indexer::read_council_document(file);
            if (dates.is_open() && indexer::extract::has_text(doc)) {
                dates << file.origin << '\t' << doc.date << '\t' << doc.date_source << '\n';
            }
            coverage.add(doc);
        },
        [](const indexer::WalkProblem& p) {
            std::cerr << "ratsarchiv-eval-extract: " << p.origin << ": " << p.reason << "\n";
        });
    if (file_order) {
        coverage.date_by_file_order();
    }
    std::cout << coverage.report();
    return coverage.documents() > 0 ? 0 : 1;
}
} // namespace

int main(int argc, char** argv) {
    using namespace ratsarchiv;
    std::string labels_path;
    std::size_t misses = 10;
    bool throughput = false;
    bool coverage = false;
    std::string dates_path;
    bool file_order = false;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--labels" && i + 1 < argc) {
            labels_path = argv[++i];
        } else if (a == "--coverage") {
            coverage = true;
        } else if (a == "--dates" && i + 1 < argc) {
            dates_path = argv[++i];
        } else if (a == "--file-order" && i + 1 < argc && std::string(argv[i + 1]) == "sequence") {
            file_order = true;
            ++i;
        } else if (a == "--throughput") {
            throughput = true;
        } else if (a == "--misses" && i + 1 < argc) {
            misses = std::stoul(argv[++i]);
        } else {
            paths.push_back(a);
        }
    }
    if (coverage && !paths.empty()) {
        return run_coverage(paths, dates_path, file_order);
    }
    if (throughput && !paths.empty()) {
        return run_throughput(paths);
    }
    if (labels_path.empty() || paths.empty()) {
        std::cerr << "usage: ratsarchiv-eval-extract --labels LABELS.jsonl [--misses N] "
                     "FILE|DIR|TARBALL...\n"
                     "       ratsarchiv-eval-extract --coverage [--dates OUT] [--file-order "
                     "sequence] FILE|DIR|TARBALL...\n"
                     "       ratsarchiv-eval-extract --throughput FILE|DIR|TARBALL...\n";
        return 2;
    }
    LabelMap labels = read_labels(labels_path);
    indexer::extract::Evaluation evaluation;
    // What the texts state, without the archive's default body (labels say null there).
    indexer::WalkOptions text_only;
    text_only.archive_defaults = false;
    indexer::walk_sources(
        paths, text_only,
        [&](indexer::RawFile&& file) {
            auto label = find_label(labels, file.source);
            if (label) {
                evaluation.add(indexer::read_council_document(file), *label);
            } else {
                evaluation.add_unlabeled(schema::content_hash(file.bytes));
            }
        },
        [&](const indexer::WalkProblem& p) {
            std::cerr << "ratsarchiv-eval-extract: " << p.origin << ": " << p.reason << "\n";
        });
    std::cout << "labels: " << labels.size() << "\n" << evaluation.report(misses);
    return evaluation.documents() > 0 ? 0 : 1;
}
