// Reading and looking up ratsarchiv.properties files.
#include "indexer/read/archive_defaults.h"

#include <fstream>
#include <sstream>

#include "schema/errors.h"
#include "schema/text_fold.h"

namespace ratsarchiv::indexer {

namespace fs = std::filesystem;

ArchiveDefaults parse_archive_defaults(const std::string& text, const std::string& origin) {
    ArchiveDefaults defaults;
    std::istringstream in(text);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        std::string folded = schema::fold_whitespace(line);
        if (folded.empty() || folded[0] == '#') {
            continue;
        }
        auto equals = folded.find('=');
        if (equals == std::string::npos) {
            throw InputError(origin, "line " + std::to_string(number) + ": expected key = value");
        }
        std::string key = schema::fold_whitespace(folded.substr(0, equals));
        std::string value = schema::fold_whitespace(folded.substr(equals + 1));
        if (key == "body") {
            defaults.body = value;
        } else {
            throw InputError(origin, "line " + std::to_string(number) + ": unknown key `" + key +
                                         "` (known: body)");
        }
    }
    return defaults;
}

const ArchiveDefaults& ArchiveDefaultsLookup::for_directory(const fs::path& directory,
                                                            const ArchiveDefaults& fallback) {
    auto cached = cache_.find(directory);
    if (cached != cache_.end()) {
        return cached->second;
    }
    ArchiveDefaults found = fallback;
    fs::path file = directory / kArchiveDefaultsFile;
    std::error_code ec;
    if (fs::is_regular_file(file, ec)) {
        std::ifstream in(file);
        std::stringstream text;
        text << in.rdbuf();
        found = parse_archive_defaults(text.str(), file.string());
    } else if (directory != root_ && directory.has_parent_path() &&
               directory.parent_path() != directory &&
               directory.string().size() > root_.string().size()) {
        found = for_directory(directory.parent_path(), fallback);
    }
    return cache_.emplace(directory, std::move(found)).first->second;
}

} // namespace ratsarchiv::indexer
