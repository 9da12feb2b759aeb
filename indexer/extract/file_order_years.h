// Years from file order. Many archives name their files by the number the council information
// system gave them on publication (Karlsruhe's 10023.txt ... 670503.txt are the ids of its
// OParl files), so files numbered next to each other were published at about the same time.
// An attachment (a plan, a table, a statute's annex) often states no date at all; when the
// nearest dated files before and after it in its directory agree on a year, that year is very
// probably its own: on Karlsruhe 96.5 % of dated files get their own year back from agreeing
// neighbours, 89 % from a file numbered right next to them where the neighbours disagree
// (`ratsarchiv-eval-extract --coverage --file-order sequence` prints the overall figure).
//
// Whether an archive's names follow publication order is a fact about that archive, not about
// the documents: the operator says so (ratsarchiv-index --file-order sequence).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ratsarchiv::indexer::extract {

/// The date source of a year taken from the file's neighbours.
inline constexpr std::string_view kFileOrderDateSource = "file_order";

/// A file's place in its archive's order: its directory and the number its name is.
struct FileOrderKey {
    std::string group;        ///< archive + ":" + directory of the file
    std::uint64_t number = 0; ///< the file name's digits ("10023" of "10023.txt")
};

/// The key of `source` (a path inside `archive`) when its file name is digits with only
/// extensions after them ("10023.txt", "10023.txt.gz"); nullopt otherwise.
std::optional<FileOrderKey> file_order_key(std::string_view archive, std::string_view source);

/// Whether a date from this source can date a neighbour: the document's own dates and the ones
/// derived from its number, budget or path, not a guess from its text or from file order.
bool dates_neighbours(std::string_view date_source);

/// One file of the order, with the year that can date its neighbours ("" when none).
struct FileOrderEntry {
    FileOrderKey key;
    std::string evidence_year;
};

/// For each entry, the year that the nearest entries with an evidence year before and after it
/// in its group agree on, the entry itself left out; where they differ or one is missing, the
/// year of an entry numbered right next to it if only one side has one; else "".
std::vector<std::string> years_from_file_order(const std::vector<FileOrderEntry>& entries);

} // namespace ratsarchiv::indexer::extract
