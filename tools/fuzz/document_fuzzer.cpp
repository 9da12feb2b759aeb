// Fuzz target: one council file's bytes, plain or gzip, through decoding, field extraction and
// the building of its index documents (analysis included), under both visibilities. Bad content
// must come back as diagnostics, never as a crash or an exception.
#include <string>

#include "indexer/council_file.h"
#include "indexer/document_builder.h"
#include "schema/analysis/german_analyzer.h"
#include "schema/errors.h"
#include "schema/gzip.h"
#include "tools/fuzz/fuzz_target.h"

using namespace ratsarchiv;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const analysis::GermanAnalyzer analyzer;
    indexer::RawFile file;
    file.archive = "fuzz";
    file.source = "fuzz/input.txt";
    file.origin = "fuzz input";
    file.bytes.assign(reinterpret_cast<const char*>(data), size);
    if (schema::looks_gzipped(file.bytes)) {
        try {
            // A small output limit: the fuzzer finds bombs quickly, and they must be refused.
            file.bytes = schema::gunzip(file.bytes, file.origin, std::size_t{1} << 22);
        } catch (const InputError&) {
            return 0; // corrupt or oversized gzip: reported by the reader, not indexed
        }
    }
    const CouncilDocument doc = indexer::read_council_document(file);
    for (const auto visibility : {schema::Visibility::Public, schema::Visibility::Restricted}) {
        const indexer::BuiltDocument built =
            indexer::build_document(doc, analyzer, visibility, 1'700'000'000);
        fuzz::require(!built.id_term.empty(), "every document has an id term");
        fuzz::require(built.public_copy || built.restricted_copy, "a document goes somewhere");
        if (visibility == schema::Visibility::Restricted) {
            fuzz::require(!built.public_copy, "a non-public document has no public copy");
            fuzz::require(built.spelling_words.empty(), "a non-public document adds no spelling");
        }
    }
    return 0;
}
