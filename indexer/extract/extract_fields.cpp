// First version: the title is the first non-empty line; the status follows "nichtöffentlich".
#include "indexer/extract/extract_fields.h"

#include "schema/text_fold.h"

namespace ratsarchiv::indexer {

void extract_fields(std::string_view text, CouncilDocument& doc) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string line = schema::fold_whitespace(text.substr(start, end - start));
        if (!line.empty()) {
            doc.thema = line;
            break;
        }
        start = end + 1;
    }
    doc.is_public = text.find("nichtöffentlich") == std::string_view::npos;
}

} // namespace ratsarchiv::indexer
