// ratsarchiv-eval-extract --labels FILE [--misses N] PATH...: runs the extractor over the
// labeled files found under PATH (files, directories or tarballs) and prints per field
// precision, recall, labeled cases and the worst misses.
#include <fstream>
#include <iostream>
#include <map>

#include <Poco/JSON/Parser.h>

#include "indexer/council_file.h"
#include "indexer/extract/evaluation.h"
#include "indexer/read/source_walker.h"

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
} // namespace

int main(int argc, char** argv) {
    using namespace ratsarchiv;
    std::string labels_path;
    std::size_t misses = 10;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--labels" && i + 1 < argc) {
            labels_path = argv[++i];
        } else if (a == "--misses" && i + 1 < argc) {
            misses = std::stoul(argv[++i]);
        } else {
            paths.push_back(a);
        }
    }
    if (labels_path.empty() || paths.empty()) {
        std::cerr << "usage: ratsarchiv-eval-extract --labels LABELS.jsonl [--misses N] "
                     "FILE|DIR|TARBALL...\n";
        return 2;
    }
    LabelMap labels = read_labels(labels_path);
    indexer::extract::Evaluation evaluation;
    indexer::walk_sources(
        paths, {},
        [&](indexer::RawFile&& file) {
            auto label = find_label(labels, file.source);
            if (label) {
                evaluation.add(indexer::read_council_document(file), *label);
            }
        },
        [&](const indexer::WalkProblem& p) {
            std::cerr << "ratsarchiv-eval-extract: " << p.origin << ": " << p.reason << "\n";
        });
    std::cout << "labels: " << labels.size() << "\n" << evaluation.report(misses);
    return evaluation.documents() > 0 ? 0 : 1;
}
