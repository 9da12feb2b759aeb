// Fuzz target: the German analyzer on arbitrary text, on both sides: index_text (body and title
// prefixes, with vocabulary) and the query-side word and phrase queries.
#include <string>
#include <string_view>

#include <xapian.h>

#include "schema/analysis/german_analyzer.h"
#include "tools/fuzz/fuzz_target.h"

using namespace ratsarchiv;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const analysis::GermanAnalyzer analyzer;
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    Xapian::Document doc;
    Xapian::termpos position = 0;
    std::vector<std::string> vocabulary;
    analyzer.index_text(doc, text, "", 1, position, nullptr, &vocabulary);
    analyzer.index_text(doc, text, "S", 1, position);
    for (Xapian::TermIterator t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        fuzz::require(!(*t).empty(), "no empty term");
        fuzz::require((*t).size() <= 245, "terms fit Xapian's term length limit");
    }

    // The query side gets the text as one word and as a phrase (first 200 bytes: a word of the
    // query parser is never longer than its query).
    const std::string_view word = text.substr(0, 200);
    (void)analyzer.word_query(word, "").get_description();
    (void)analyzer.phrase_query(word, "S").get_description();
    return 0;
}
