// relatedPaper, superordinatedPaper and subordinatedPaper from the extracted references: what a
// paper answers or amends is above it, what answers or amends it below, other citations either
// way are related. Every lookup goes through the audience's view and filter.
#include <set>

#include "schema/document_json.h"
#include "schema/fields.h"
#include "schema/text_fold.h"
#include "server/oparl/paper_objects.h"
#include "server/search/document_lookup.h"

namespace ratsarchiv::server::oparl {

namespace {
constexpr Xapian::doccount kPapersPerNumber = 10;
constexpr Xapian::doccount kCitingPapers = 100;

// The id from its slot; an index from before the slot has it in the data only.
std::string id_of(const Xapian::Document& doc) {
    std::string id = doc.get_value(schema::kSlotDocumentId);
    return id.empty() ? schema::document_from_json_text(doc.get_data()).id : id;
}

bool ranks_papers(const std::string& relation) {
    return relation == "answers" || relation == "amends";
}
} // namespace

PaperLinks paper_links(Xapian::Database& db, const Audience& audience, const CouncilDocument& doc) {
    std::set<std::string> related;
    std::set<std::string> above;
    std::set<std::string> below;
    for (const auto& ref : doc.refs) {
        for (const auto& target :
             documents_with_number(db, audience, ref.number, kPapersPerNumber)) {
            const std::string cited = id_of(target);
            if (cited != doc.id) {
                (ranks_papers(ref.relation) ? above : related).insert(cited);
            }
        }
    }
    const std::string number = schema::fold_keyword(doc.number);
    for (const auto& citing_doc : documents_citing(db, audience, doc.number, kCitingPapers)) {
        const CouncilDocument citing =
            schema::document_from_json_text(stored_json(audience, citing_doc));
        if (citing.id == doc.id) {
            continue;
        }
        bool ranked = false;
        for (const auto& ref : citing.refs) {
            ranked = ranked ||
                     (ranks_papers(ref.relation) && schema::fold_keyword(ref.number) == number);
        }
        (ranked ? below : related).insert(citing.id);
    }
    PaperLinks links;
    links.superordinated.assign(above.begin(), above.end());
    links.subordinated.assign(below.begin(), below.end());
    for (const auto& id : related) {
        if (!above.count(id) && !below.count(id)) {
            links.related.push_back(id);
        }
    }
    return links;
}

} // namespace ratsarchiv::server::oparl
