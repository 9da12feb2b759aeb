// First version of the German analyzer: ICU word segmentation, case folding and stemming.
#include "schema/analysis/german_analyzer.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "schema/text_fold.h"

namespace ratsarchiv::analysis {

struct GermanAnalyzer::Impl {
    AnalyzerOptions options;
    Xapian::Stem stemmer{"german"};
};

GermanAnalyzer::GermanAnalyzer(AnalyzerOptions options) : impl_(std::make_unique<Impl>()) {
    impl_->options = std::move(options);
}

GermanAnalyzer::~GermanAnalyzer() = default;

std::vector<std::string> GermanAnalyzer::split_words(std::string_view text) const {
    std::vector<std::string> words;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale::getGerman(), status));
    if (U_FAILURE(status)) {
        return words;
    }
    it->setText(u);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        if (it->getRuleStatus() == UBRK_WORD_NONE) {
            continue;
        }
        std::string word;
        u.tempSubStringBetween(start, end).toUTF8String(word);
        words.push_back(std::move(word));
    }
    return words;
}

std::vector<std::string> GermanAnalyzer::vocabulary_words(std::string_view text) const {
    std::vector<std::string> words;
    for (const auto& w : split_words(text)) {
        words.push_back(schema::case_fold(w));
    }
    return words;
}

void GermanAnalyzer::index_text(Xapian::Document& doc, std::string_view text,
                                std::string_view prefix, Xapian::termcount wdf_inc,
                                Xapian::termpos& position) const {
    for (const auto& word : split_words(text)) {
        std::string folded = schema::case_fold(word);
        ++position;
        if (folded.size() > 64) {
            continue; // Xapian caps terms at 245 bytes; words this long are table debris
        }
        doc.add_posting(std::string(prefix) + folded, position, wdf_inc);
        doc.add_term("Z" + std::string(prefix) + impl_->stemmer(folded), wdf_inc);
    }
}

Xapian::Query GermanAnalyzer::word_query(std::string_view word, std::string_view prefix) const {
    std::string folded = schema::case_fold(word);
    return Xapian::Query(Xapian::Query::OP_OR,
                         Xapian::Query(std::string(prefix) + folded),
                         Xapian::Query("Z" + std::string(prefix) + impl_->stemmer(folded)));
}

Xapian::Query GermanAnalyzer::phrase_query(std::string_view phrase,
                                           std::string_view prefix) const {
    std::vector<Xapian::Query> parts;
    for (const auto& w : split_words(phrase)) {
        parts.emplace_back(std::string(prefix) + schema::case_fold(w));
    }
    return Xapian::Query(Xapian::Query::OP_PHRASE, parts.begin(), parts.end());
}

} // namespace ratsarchiv::analysis
