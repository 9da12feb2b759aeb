// Small hand-written scanners shared by the field extractors: line splitting, prefixes, German
// dates and document numbers. No std::regex: extraction runs over hundreds of MB of text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ratsarchiv::indexer::extract {

/// The head of a document as lines: CR, form feeds and NBSP removed, runs of spaces folded to
/// one, trimmed; a tab (a table cell boundary in PDF output) is kept as one '\t'. Blank lines
/// are kept as empty strings because they end paragraphs such as a multi-line title. When
/// `raw_lines` is given, it receives the same lines unfolded (column spacing kept).
std::vector<std::string> head_lines(std::string_view text, std::size_t max_bytes,
                                    std::vector<std::string>* raw_lines = nullptr);

/// `line` without leading/trailing spaces and tabs.
std::string_view trim(std::string_view line);

/// Splits a line into its tab-separated cells (trimmed).
std::vector<std::string_view> cells(std::string_view line);

/// True when `s` starts with `prefix`, comparing ASCII letters case-insensitively.
bool starts_with_ci(std::string_view s, std::string_view prefix);

/// True when `s` equals `word`, comparing ASCII letters case-insensitively.
bool equals_ci(std::string_view s, std::string_view word);

/// True when `s` ends with `suffix`, comparing ASCII letters case-insensitively.
bool ends_with_ci(std::string_view s, std::string_view suffix);

/// Position of `needle` in `s`, ASCII case-insensitively, or npos.
std::size_t find_ci(std::string_view s, std::string_view needle, std::size_t from = 0);

/// A date found in a line.
struct DateMatch {
    std::string iso;   ///< yyyy-mm-dd
    std::size_t begin; ///< byte offset of the first character
    std::size_t end;   ///< byte offset after the last character
};

/// The first German date in `s` at or after `from`: "05.07.2022", "5.7.22", "12.\t07.2022",
/// "01. 09. 2022", "26. April 2016", "16. Februar 2016, 15:30 Uhr".
std::optional<DateMatch> find_date(std::string_view s, std::size_t from = 0);

/// The year of the first "Monat yyyy" in `s` ("Stand: März 2015", "im Oktober 2019"), for text
/// that names a month but no day; nullopt when there is none.
std::optional<int> find_month_year(std::string_view s);

/// A document number found in text.
struct NumberMatch {
    std::string canonical; ///< e.g. "S0254/22", "2022/1004/1", "VII/0680/24", "V 32/2019"
    std::size_t begin;
    std::size_t end;
};

/// Reads a document number starting exactly at `pos` (after optional spaces), or nullopt.
/// Accepted shapes: [prefix letters][/ or space]digits(/digits)+, e.g. "S0254/22",
/// "DHH/2023/1007", "I/ 91/2019", "V 32/ 2019", "2022/1004/1", "15/2024". Spaces next to a
/// slash are dropped in the canonical form; a plain run of digits is not a number.
std::optional<NumberMatch> number_at(std::string_view s, std::size_t pos);

/// The number that follows the first word of `line` and ends it: "DHH/2025/3106" in "ANTRAG
/// DHH/2025/3106"; nullopt otherwise.
std::optional<NumberMatch> number_after_first_word(std::string_view line);

/// True when `c` is an ASCII digit.
inline bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

/// True when the UTF-8 text starts with an upper-case letter (ASCII or Ä/Ö/Ü).
bool starts_upper(std::string_view s);

/// True when the UTF-8 text starts with a lower-case letter (ASCII, ä/ö/ü/ß).
bool starts_lower(std::string_view s);

/// Joins lines of one paragraph: a line ending in a word hyphen followed by a lower-case
/// continuation is rejoined ("Maß-" + "nahme"), except before "und"/"oder" ("Schul- und").
void append_joined(std::string& out, std::string_view line);

} // namespace ratsarchiv::indexer::extract
