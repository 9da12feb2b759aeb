// Layout detection: the head of a document as lines, where its type heading is, and the
// values of its label block. Real files put labels and values either on one line
// ("Vorlage Nr.: 2022/2156") or in two columns that PDF-to-text output emits one after the
// other ("Gremium:\nTermin:\nVorlage Nr.:\n...\n36. Plenarsitzung Gemeinderat\n26.06.2012\n1099").
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ratsarchiv::indexer::extract {

/// The analyzed head of one document, shared by all field extractors.
struct Head {
    std::vector<std::string> lines;     ///< see head_lines(): the first few KB as folded lines
    std::vector<std::string> raw_lines; ///< the same lines with their column spacing
    std::string_view cleaned;           ///< the cleaned full text (clean_text)
    std::string type;                   ///< vocabulary type of the heading, "" when none
    std::size_t type_line = 0;          ///< index of the heading line (lines.size() when none)
    /// Values of the label block by label key ("gremium", "termin", "vorlage", "top",
    /// "verantwortlich", "dienststelle", "vom", "eingang"), in whichever column layout.
    std::map<std::string, std::string> labels;
    /// Line index where each label's value was found (for multi-line values).
    std::map<std::string, std::size_t> label_value_line;
    std::size_t block_end = 0; ///< first line after the label block (0 when there is none)
    std::string block_status;  ///< "öffentlich"/"nicht öffentlich" seen inside the block
};

/// Builds the head of a document from its decoded and its cleaned text.
Head analyze_layout(std::string_view decoded, std::string_view cleaned);

/// The label key of a line that starts a label ("Vorlage Nr.:" -> "vorlage"), with the rest of
/// the line after the label in `rest`; "" when the line is not a label.
std::string label_key(std::string_view line, std::string_view& rest);

/// True for the letterhead over a paper: "Stadt Karlsruhe", "STADT ASCHERSLEBEN", "Der
/// Oberbürgermeister".
bool is_letterhead(std::string_view line);

/// True when `line` is exactly a public-status word: "öffentlich", "nicht öffentlich", "Ö", ...
bool is_status_word(std::string_view line);

} // namespace ratsarchiv::indexer::extract
