// Copying the public part's spelling table into the spelling part.
#include "indexer/spelling_part.h"

#include <cstdint>
#include <filesystem>

#include <xapian.h>

#include "schema/index_layout.h"

namespace ratsarchiv::indexer {

namespace fs = std::filesystem;

std::uint64_t write_spelling_part(const std::string& index) {
    const std::string target = schema::spelling_part(index);
    const std::string building = target + ".new";
    const std::string old = target + ".old";
    fs::remove_all(building);
    std::uint64_t words = 0;
    {
        Xapian::Database source(schema::public_part(index));
        Xapian::WritableDatabase copy(building, Xapian::DB_CREATE);
        for (auto it = source.spellings_begin(); it != source.spellings_end(); ++it) {
            copy.add_spelling(*it, it.get_termfreq());
            ++words;
        }
        copy.commit();
    }
    // Readers of the old copy keep their open files; a replica server sends the new one whole.
    fs::remove_all(old);
    if (fs::exists(target)) {
        fs::rename(target, old);
    }
    fs::rename(building, target);
    fs::remove_all(old);
    return words;
}

} // namespace ratsarchiv::indexer
