// ratsarchiv-extract FILE...: prints the fields extracted from each council file, one JSON
// object per line, in the shape of the label files (how extraction is measured from outside).
#include <iostream>

#include "indexer/council_file.h"
#include "indexer/read/source_walker.h"
#include "schema/document_json.h"

int main(int argc, char** argv) {
    using namespace ratsarchiv;
    if (argc < 2) {
        std::cerr << "usage: ratsarchiv-extract [--text] FILE|DIR|TARBALL...\n";
        return 2;
    }
    bool with_text = false;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--text") {
            with_text = true;
        } else {
            paths.push_back(a);
        }
    }
    int failed = 0;
    indexer::walk_sources(
        paths, {},
        [&](indexer::RawFile&& file) {
            CouncilDocument doc = indexer::read_council_document(file);
            auto json = schema::document_to_json(doc, {with_text, true});
            json->set("file", file.source);
            std::cout << schema::to_json_line(json) << "\n";
        },
        [&](const indexer::WalkProblem& p) {
            std::cerr << "ratsarchiv-extract: " << p.origin << ": " << p.reason << "\n";
            ++failed;
        });
    return failed > 0 ? 1 : 0;
}
