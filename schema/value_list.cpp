// Value lists in one slot, separated by U+001F.
#include "schema/value_list.h"

namespace ratsarchiv::schema {

namespace {
constexpr char kSeparator = '\x1f';
}

std::string serialize_value_list(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& v : values) {
        if (!out.empty()) {
            out += kSeparator;
        }
        for (char c : v) {
            out += c == kSeparator ? ' ' : c;
        }
    }
    return out;
}

std::vector<std::string> parse_value_list(std::string_view slot) {
    std::vector<std::string> values;
    std::size_t start = 0;
    while (start < slot.size()) {
        std::size_t end = slot.find(kSeparator, start);
        if (end == std::string_view::npos) {
            end = slot.size();
        }
        values.emplace_back(slot.substr(start, end - start));
        start = end + 1;
    }
    return values;
}

} // namespace ratsarchiv::schema
