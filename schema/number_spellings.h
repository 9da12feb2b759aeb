// The spellings people type for a document number, so that "S 0254/22", "0254/22" and
// "S0254/22" all find the Drucksache S0254/22. The document builder indexes every spelling
// under kPrefixNumberVariant (folded with fold_keyword); the query side folds what users type
// the same way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ratsarchiv::schema {

/// The canonical number and its usual variants: with and without a space after a letter
/// prefix ("S0254/22", "S 0254/22"), without the prefix ("0254/22"), and with leading zeros of
/// the first digit group dropped ("S254/22", "254/22"), and with the leading zeros of every
/// digit group dropped ("2024/0902" -> "2024/902"). Distinct, canonical first; empty for an
/// empty number.
std::vector<std::string> number_spellings(std::string_view canonical);

} // namespace ratsarchiv::schema
