// Word segmentation for the German analyzer: ICU's word BreakIterator (one per thread, reused),
// NFC and case folding, plus the rules for what German council texts contain: words hyphenated
// at PDF line ends, gender forms, document numbers, paragraph signs, amounts, dates and
// Ergänzungsstriche.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ratsarchiv::analysis {

class CompoundSplitter;

/// One position in the token stream.
struct Token {
    std::string term;                ///< NFC, case-folded word ("strasse", "a0105", "2.318.430")
    std::string surface;             ///< the text as written (only when asked for)
    std::vector<std::string> extras; ///< further terms at the same position ("bürgerinnen",
                                     ///< "a0105/22", "§45", "2318430", "finanzausschuss")
    bool alphabetic = false;         ///< only letters: stemmed and split into compound parts
    bool joined_piece = false;       ///< a later piece of a number joined into an earlier
                                     ///< token's extras ("22" of "A0105/22")
};

/// Rejoins words hyphenated at line ends ("Maß-\nnahme" -> "Maßnahme") where the next line goes
/// on in lower case, keeping "Baden-\nWürttemberg" and "Finanz-\nund" (Ergänzungsstrich) as
/// they are. Returns `text` unchanged when it has no such break.
std::string rejoin_line_hyphens(std::string_view text);

/// Cuts long text into pieces of about `target` bytes at line ends that no rule spans (never
/// after a hyphen), so that tokenizing piece by piece keeps memory flat on huge files.
std::vector<std::string_view> text_chunks(std::string_view text, std::size_t target = 1 << 18);

/// Case-folds one word (NFC first): "Straße" -> "strasse".
std::string fold_word(std::string_view word);

/// Splits `text` into tokens. `splitter` (may be null) finds the head of the compound after an
/// Ergänzungsstrich. With `keep_surface`, tokens carry the text as written.
std::vector<Token> tokenize(std::string_view text, const CompoundSplitter* splitter,
                            bool keep_surface = false);

} // namespace ratsarchiv::analysis
