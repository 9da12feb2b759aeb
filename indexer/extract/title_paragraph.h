// Reading a title paragraph in a head (see title_paragraph.cpp): the pieces thema.cpp combines
// to find the title where each layout prints it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "indexer/extract/layout.h"

namespace ratsarchiv::indexer::extract {

/// Lines between the label block and the title that belong to neither: print notes, label
/// values printed apart from their labels ("4", "22 a - d", "1477 / 1478", "Dez. 1"), page
/// furniture, "zur Anfrage" under a Stellungnahme's heading.
bool is_preamble(std::string_view line);

/// True for a line no title goes on into: an empty line, a label, a status word, the Gremium
/// table's columns, "Kurzfassung", "Zuordnung im Haushaltsplan".
bool ends_title(std::string_view line);

/// The first line from `start` on that is no preamble, date, submitter or Fraktion line.
std::size_t first_title_line(const Head& head, std::size_t start);

/// The title paragraph that starts at first_title_line(head, start): the lines the PDF wrapped
/// from it, up to a submitter, procedure or Fraktion line or a line ending every title.
/// `keep_topic` keeps a short topic line over the title ("Kombilösung: ...").
std::string title_from(const Head& head, std::size_t start, bool keep_topic = false);

/// A title whose first words `first` stand on line `line_index` after a label ("Thema: ..."),
/// with the lines the PDF wrapped it onto.
std::string continued_title(const Head& head, std::size_t line_index, std::string_view first);

} // namespace ratsarchiv::indexer::extract
