// Document numbers as people type them into the search box: "2024/0902", "2024/902",
// "2024-0902", "S 0254/22" and, split by a space, "2024 0902". The index holds every usual
// spelling of a document's own number under kPrefixNumberVariant (schema/number_spellings.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace ratsarchiv::server {

/// The documents whose own number `text` spells: the canonical number term or a spelling
/// variant. The variant weighs, so the document that has the number ranks above those that
/// only cite it.
Xapian::Query number_query(std::string_view text);

/// `words` with each run of adjacent digit groups that together spell a number of the archive
/// ("2024" "0902" -> "2024/0902") joined into that number; other words are kept as typed. Two
/// digit groups that spell no number stay two words ("2024 Haushalt", "30 000").
std::vector<std::string> with_number_groups_joined(const std::vector<std::string>& words,
                                                   const Xapian::Database& db);

} // namespace ratsarchiv::server
