// The German text analyzer: the one module that turns text into terms, used by the indexer for
// documents and by the server for queries, so both sides analyze text alike.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace ratsarchiv::analysis {

/// Where the analyzer's resources are; defaults are Debian's packaged files.
struct AnalyzerOptions {
    std::string word_list = "/usr/share/dict/ngerman"; ///< for compound splitting (wngerman)
};

/// Analyzes German text with ICU (segmentation, NFC, case folding) and Xapian's German stemmer.
/// Thread-safe for concurrent const use after construction.
class GermanAnalyzer {
public:
    explicit GermanAnalyzer(AnalyzerOptions options = {});
    ~GermanAnalyzer();
    GermanAnalyzer(const GermanAnalyzer&) = delete;
    GermanAnalyzer& operator=(const GermanAnalyzer&) = delete;

    /// Index side: adds the terms of `text` to `doc` under `prefix` ("" body, "S" title),
    /// with positions continuing from `position` (updated), each occurrence adding `wdf_inc`.
    void index_text(Xapian::Document& doc, std::string_view text, std::string_view prefix,
                    Xapian::termcount wdf_inc, Xapian::termpos& position) const;

    /// Query side: the query for one word as the user typed it, over all the forms the index
    /// side produces for it (exact, stem, umlaut spelling, compound parts), under `prefix`.
    Xapian::Query word_query(std::string_view word, std::string_view prefix) const;

    /// Query side: a phrase, matched on positions of exact (unstemmed) terms.
    Xapian::Query phrase_query(std::string_view phrase, std::string_view prefix) const;

    /// The words of `text` as typed (ICU word segmentation), e.g. for the query parser.
    std::vector<std::string> split_words(std::string_view text) const;

    /// Normalized words of `text` for Xapian's spelling table and completion (public documents
    /// only: the caller decides).
    std::vector<std::string> vocabulary_words(std::string_view text) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace ratsarchiv::analysis
