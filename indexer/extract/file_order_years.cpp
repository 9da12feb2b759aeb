// Years from file order (see file_order_years.h).
#include "indexer/extract/file_order_years.h"

#include <algorithm>
#include <numeric>

namespace ratsarchiv::indexer::extract {

std::optional<FileOrderKey> file_order_key(std::string_view archive, std::string_view source) {
    const std::size_t slash = source.rfind('/');
    const std::string_view directory =
        slash == std::string_view::npos ? std::string_view() : source.substr(0, slash);
    const std::string_view name =
        slash == std::string_view::npos ? source : source.substr(slash + 1);
    const std::string_view digits = name.substr(0, name.find('.'));
    // More than 18 digits would not fit; such a name is no sequence number anyway.
    if (digits.empty() || digits.size() > 18 ||
        digits.find_first_not_of("0123456789") != std::string_view::npos) {
        return std::nullopt;
    }
    FileOrderKey key;
    key.group = std::string(archive) + ":" + std::string(directory);
    for (char c : digits) {
        key.number = key.number * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return key;
}

bool dates_neighbours(std::string_view date_source) {
    return date_source == "document" || date_source == "session" ||
           date_source == "beratungsfolge" || date_source == "number" || date_source == "budget" ||
           date_source == "path";
}

namespace {
constexpr std::size_t kNoEntry = static_cast<std::size_t>(-1);

// The year of `entry` from the evidence entries around it (kNoEntry: none on that side): the
// year both agree on; else the year of a file numbered right next to it, when only one side is
// (on Karlsruhe 89 % of such files were right, against about 25 % for farther ones).
std::string year_between(const std::vector<FileOrderEntry>& entries, std::size_t before,
                         std::size_t entry, std::size_t after) {
    const std::string* year_before = before == kNoEntry ? nullptr : &entries[before].evidence_year;
    const std::string* year_after = after == kNoEntry ? nullptr : &entries[after].evidence_year;
    if (year_before && year_after && *year_before == *year_after) {
        return *year_before;
    }
    const std::uint64_t number = entries[entry].key.number;
    const bool before_adjacent = year_before && entries[before].key.number + 1 == number;
    const bool after_adjacent = year_after && entries[after].key.number == number + 1;
    if (before_adjacent != after_adjacent) {
        return before_adjacent ? *year_before : *year_after;
    }
    return {};
}
} // namespace

std::vector<std::string> years_from_file_order(const std::vector<FileOrderEntry>& entries) {
    std::vector<std::size_t> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const FileOrderKey& x = entries[a].key;
        const FileOrderKey& y = entries[b].key;
        return x.group != y.group ? x.group < y.group : x.number < y.number;
    });
    std::vector<std::string> years(entries.size());
    // Runs of one group; the nearest evidence before each entry by a forward pass, after it by
    // a backward one. Equal numbers (one file in two parts of an index) are not neighbours.
    for (std::size_t begin = 0; begin < order.size();) {
        std::size_t end = begin;
        while (end < order.size() &&
               entries[order[end]].key.group == entries[order[begin]].key.group) {
            ++end;
        }
        auto number = [&](std::size_t entry) { return entries[entry].key.number; };
        std::vector<std::size_t> before(end - begin, kNoEntry);
        std::size_t last = kNoEntry;
        for (std::size_t i = begin; i < end;) {
            std::size_t same = i;
            for (; same < end && number(order[same]) == number(order[i]); ++same) {
                before[same - begin] = last;
            }
            for (std::size_t j = i; j < same; ++j) {
                if (!entries[order[j]].evidence_year.empty()) {
                    last = order[j];
                }
            }
            i = same;
        }
        std::size_t next = kNoEntry;
        for (std::size_t i = end; i > begin;) {
            std::size_t same = i;
            while (same > begin && number(order[same - 1]) == number(order[i - 1])) {
                --same;
            }
            for (std::size_t j = same; j < i; ++j) {
                years[order[j]] = year_between(entries, before[j - begin], order[j], next);
            }
            for (std::size_t j = same; j < i; ++j) {
                if (!entries[order[j]].evidence_year.empty()) {
                    next = order[j];
                }
            }
            i = same;
        }
        begin = end;
    }
    return years;
}

} // namespace ratsarchiv::indexer::extract
