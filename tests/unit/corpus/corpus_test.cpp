// The shipped sample archive corpus/ is well formed: every file is found and decodes cleanly,
// the count matches corpus/labels.jsonl, and the one cp1252 file and the gzip file are there.
#include <catch2/catch.hpp>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include "indexer/council_file.h"
#include "indexer/extract/coverage.h"
#include "indexer/read/decode_text.h"
#include "indexer/read/source_walker.h"
#include "schema/gzip.h"
#include "support/temp_directory.h"

using namespace ratsarchiv;

namespace {

std::filesystem::path corpus_dir() {
    return ratsarchiv::testing::source_dir() / "corpus";
}

std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// corpus/labels.jsonl, one parsed object per file, keyed by its path below corpus/.
std::map<std::string, Poco::JSON::Object::Ptr> read_labels() {
    std::map<std::string, Poco::JSON::Object::Ptr> labels;
    std::ifstream in(corpus_dir() / "labels.jsonl");
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) {
            continue;
        }
        auto object = Poco::JSON::Parser().parse(line).extract<Poco::JSON::Object::Ptr>();
        labels[object->getValue<std::string>("file")] = object;
    }
    return labels;
}

/// Every council file of the corpus as the indexer's walker delivers it (gzip inflated).
std::map<std::string, indexer::RawFile> walk_corpus(std::vector<std::string>& problems) {
    std::map<std::string, indexer::RawFile> files;
    indexer::WalkOptions options;
    options.root = corpus_dir().string();
    indexer::walk_sources(
        {corpus_dir().string()}, options,
        [&](indexer::RawFile&& file) { files[file.source] = std::move(file); },
        [&](const indexer::WalkProblem& problem) {
            problems.push_back(problem.origin + ": " + problem.reason);
        });
    return files;
}

} // namespace

TEST_CASE("corpus holds one labeled file per document, at least 45", "[corpus]") {
    std::vector<std::string> problems;
    const auto files = walk_corpus(problems);
    const auto labels = read_labels();
    CHECK(problems.empty());
    CHECK(files.size() >= 45);
    CHECK(files.size() == labels.size());
    for (const auto& [source, file] : files) {
        INFO(source);
        CHECK(labels.count(source) == 1);
    }
    for (const auto& [source, label] : labels) {
        INFO(source);
        CHECK(files.count(source) == 1);
    }
}

TEST_CASE("every corpus file decodes without diagnostics in its labeled encoding", "[corpus]") {
    std::vector<std::string> problems;
    const auto files = walk_corpus(problems);
    const auto labels = read_labels();
    REQUIRE_FALSE(files.empty());
    int cp1252_files = 0;
    for (const auto& [source, file] : files) {
        INFO(source);
        const auto decoded = indexer::decode_text(file.bytes);
        CHECK(decoded.diagnostics.empty());
        CHECK(decoded.utf8.find("\xEF\xBF\xBD") == std::string::npos); // no U+FFFD
        CHECK(decoded.utf8.size() > 500);
        const auto label = labels.find(source);
        REQUIRE(label != labels.end());
        const std::string expected = label->second->optValue<std::string>("encoding", "UTF-8");
        CHECK(decoded.encoding == expected);
        cp1252_files += expected == "windows-1252" ? 1 : 0;
    }
    CHECK(cp1252_files == 1);
}

TEST_CASE("corpus ships its cp1252 file and its gzip file as such on disk", "[corpus]") {
    auto [path, gzipped, encoding] = GENERATE(table<std::string, bool, std::string>({
        {"karlsruhe/2012/2012-1193.txt", false, "windows-1252"},
        {"karlsruhe/2023/Niederschrift-Gemeinderat-2023-10-17.txt.gz", true, "UTF-8"},
        {"magdeburg/2022/I0142-22.txt", false, "UTF-8"},
    }));
    INFO(path);
    const std::string bytes = read_bytes(corpus_dir() / path);
    REQUIRE_FALSE(bytes.empty());
    CHECK(schema::looks_gzipped(bytes) == gzipped);
    const std::string plain = gzipped ? schema::gunzip(bytes, path) : bytes;
    CHECK(indexer::decode_text(plain).encoding == encoding);
}

TEST_CASE("every labeled number and cited number occurs in its corpus document", "[corpus]") {
    std::vector<std::string> problems;
    const auto files = walk_corpus(problems);
    std::set<std::string> bodies;
    int non_public = 0;
    for (const auto& [source, label] : read_labels()) {
        INFO(source);
        const auto file = files.find(source);
        REQUIRE(file != files.end());
        const std::string text = indexer::decode_text(file->second.bytes).utf8;
        const std::string number = label->optValue<std::string>("number", "");
        CHECK(text.find(number) != std::string::npos);
        auto refs = label->getArray("refs");
        for (std::size_t i = 0; refs && i < refs->size(); ++i) {
            const std::string ref = refs->isObject(i)
                                        ? refs->getObject(i)->getValue<std::string>("number")
                                        : refs->getElement<std::string>(i);
            CHECK(text.find(ref) != std::string::npos);
        }
        bodies.insert(source.substr(0, source.find('/')));
        non_public += label->optValue<bool>("public", true) ? 0 : 1;
    }
    CHECK(bodies == std::set<std::string>{"aschersleben", "bremerhaven", "karlsruhe", "magdeburg"});
    CHECK(non_public >= 3);
}

TEST_CASE("every corpus document has a year, so the year facet and filters count it all",
          "[corpus][date]") {
    std::vector<std::string> problems;
    indexer::extract::Coverage coverage;
    for (const auto& [source, file] : walk_corpus(problems)) {
        coverage.add(indexer::read_council_document(file));
    }
    REQUIRE(coverage.documents() >= 45);
    INFO(coverage.report());
    CHECK(coverage.with("year") == coverage.documents());
    // Most are dated to the day; the rest by the year of their number.
    CHECK(coverage.share("date") >= 0.85);
}
