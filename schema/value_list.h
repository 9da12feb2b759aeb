// Several display values in one Xapian value slot (e.g. all Gremien of a Beratungsfolge).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ratsarchiv::schema {

/// Joins values with the unit separator (U+001F), which never occurs in extracted text.
std::string serialize_value_list(const std::vector<std::string>& values);

/// Splits what serialize_value_list wrote; an empty slot gives no values.
std::vector<std::string> parse_value_list(std::string_view slot);

} // namespace ratsarchiv::schema
