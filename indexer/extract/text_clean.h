// Cleaning the full text of a council document of PDF-extraction damage, for indexing and
// display: line-end hyphenation, page furniture, form feeds, repeated white space.
#pragma once

#include <string>
#include <string_view>

namespace ratsarchiv::indexer::extract {

/// The cleaned full text: lines keep their breaks, white space runs inside a line become one
/// space, blank-line runs become one blank line; "Maß-\nnahme" is rejoined to "Maßnahme" (but
/// "Baden-\nWürttemberg" keeps its hyphen and "Schul-\nund" its space); soft hyphens, form
/// feeds, page markers ("-- 2 of 5 --", "– 2 –", "Seite 2 von 5") are dropped.
std::string clean_text(std::string_view text);

/// True for a line that is page furniture rather than content (line already trimmed).
bool is_page_furniture(std::string_view line);

} // namespace ratsarchiv::indexer::extract
