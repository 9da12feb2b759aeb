// Building test indexes with the real indexer code.
#include "support/test_index.h"

#include <fstream>

#include <Poco/JSON/Parser.h>

#include "indexer/index_writer.h"
#include "indexer/indexing_run.h"
#include "schema/analysis/german_analyzer.h"
#include "schema/document_identity.h"
#include "schema/document_json.h"
#include "support/temp_directory.h"

namespace ratsarchiv::testing {

std::vector<CouncilDocument> load_fixture_documents(const std::string& jsonl_path,
                                                    const std::string& archive) {
    std::ifstream in(jsonl_path);
    if (!in) {
        throw std::runtime_error("cannot read fixture " + jsonl_path);
    }
    std::vector<CouncilDocument> docs;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) {
            continue;
        }
        Poco::JSON::Parser parser;
        auto object = parser.parse(line).extract<Poco::JSON::Object::Ptr>();
        CouncilDocument doc = schema::document_from_json(*object);
        doc.archive = archive;
        doc.id = schema::document_id(doc.archive, doc.source);
        doc.content_hash = schema::content_hash(line);
        docs.push_back(std::move(doc));
    }
    return docs;
}

void write_index(const std::string& db_path, const std::vector<CouncilDocument>& docs) {
    analysis::GermanAnalyzer analyzer;
    indexer::IndexWriter writer(db_path, analyzer, schema::VisibilityPolicy{});
    for (const auto& doc : docs) {
        writer.add(doc);
    }
    writer.commit();
}

std::vector<CouncilDocument> write_server_fixture_index(const std::string& db_path) {
    auto docs =
        load_fixture_documents(source_dir().string() + "/tests/data/server/documents.jsonl");
    write_index(db_path, docs);
    return docs;
}

std::string council_file(const std::string& number, const std::string& thema,
                         const std::string& body_text) {
    return "Vorlage Nr. " + number + "\nÖffentlichkeitsstatus öffentlich\n\nBetreff: " + thema +
           "\n\n" + body_text + "\n";
}

std::uint64_t index_council_files(const std::string& db_path,
                                  const std::vector<std::string>& paths) {
    indexer::IndexingOptions options;
    options.db_path = db_path;
    options.paths = paths;
    return indexer::run_indexing(options, {}).indexed;
}

} // namespace ratsarchiv::testing
