// Umlaut spelling alternatives (see umlaut.h).
#include "schema/analysis/umlaut.h"

namespace ratsarchiv::analysis {

std::string without_umlauts(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 4);
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\xC3' && i + 1 < s.size()) {
            char d = s[i + 1];
            const char* ascii = d == '\xA4'   ? "ae"
                                : d == '\xB6' ? "oe"
                                : d == '\xBC' ? "ue"
                                              : nullptr;
            if (ascii != nullptr) {
                out += ascii;
                ++i;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

std::vector<std::string> umlaut_readings(std::string_view s) {
    std::vector<std::size_t> spots; // positions of a vowel followed by 'e'
    for (std::size_t i = 0; i + 1 < s.size() && spots.size() < 4; ++i) {
        bool vowel = s[i] == 'a' || s[i] == 'o' || (s[i] == 'u' && (i == 0 || s[i - 1] != 'q'));
        if (vowel && s[i + 1] == 'e') {
            spots.push_back(i);
            ++i;
        }
    }
    std::vector<std::string> readings;
    for (unsigned mask = 1; mask < (1u << spots.size()); ++mask) {
        std::string out;
        std::size_t from = 0;
        for (std::size_t k = 0; k < spots.size(); ++k) {
            if ((mask & (1u << k)) == 0) {
                continue;
            }
            std::size_t at = spots[k];
            out.append(s.substr(from, at - from));
            out += s[at] == 'a' ? "ä" : s[at] == 'o' ? "ö" : "ü";
            from = at + 2;
        }
        out.append(s.substr(from));
        readings.push_back(std::move(out));
    }
    return readings;
}

} // namespace ratsarchiv::analysis
