// The type field: the heading names it; papers headed only "Vorlage Nr. ..." are Vorlagen.
#include "indexer/extract/field_extractors.h"

namespace ratsarchiv::indexer::extract {

void extract_type(const Head& head, CouncilDocument& doc) {
    if (!head.type.empty()) {
        doc.type = head.type;
        return;
    }
    if (head.labels.count("vorlage") != 0) {
        doc.type = "Vorlage";
    }
}

} // namespace ratsarchiv::indexer::extract
