// Dating an index's undated documents by file order (see file_order_dates.h).
#include "indexer/file_order_dates.h"

#include <string>
#include <unordered_set>
#include <vector>

#include "indexer/document_builder.h"
#include "indexer/extract/file_order_years.h"
#include "schema/document_json.h"
#include "schema/fields.h"
#include "schema/hit_summary.h"
#include "schema/stored_document.h"

namespace ratsarchiv::indexer {

namespace {

using extract::FileOrderEntry;

constexpr const char* kEvidenceSources[] = {"document", "session", "beratungsfolge",
                                            "number",   "budget",  "path"};

std::string date_source_term(std::string_view source) {
    return std::string(schema::kPrefixDateSource) + std::string(source);
}

std::unordered_set<Xapian::docid> documents_with(const Xapian::Database& db,
                                                 const std::string& term) {
    std::unordered_set<Xapian::docid> ids;
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
        ids.insert(*it);
    }
    return ids;
}

// The documents of one part in file order, with what they know of their year.
struct PartFiles {
    std::vector<FileOrderEntry> entries;
    std::vector<Xapian::docid> ids;
    std::vector<bool> may_redate; ///< no date of its own, or one from file order
};

PartFiles files_of(const Xapian::Database& db) {
    std::unordered_set<Xapian::docid> evidence;
    for (const char* source : kEvidenceSources) {
        for (Xapian::docid id : documents_with(db, date_source_term(source))) {
            evidence.insert(id);
        }
    }
    const auto guessed = documents_with(db, date_source_term(extract::kFileOrderDateSource));
    PartFiles files;
    const std::string prefix(schema::kPrefixSource);
    for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
        const std::string archive_source = (*term).substr(prefix.size());
        const std::size_t colon = archive_source.find(':');
        if (colon == std::string::npos) {
            continue;
        }
        auto key = extract::file_order_key(archive_source.substr(0, colon),
                                           archive_source.substr(colon + 1));
        if (!key) {
            continue;
        }
        const Xapian::docid id = *db.postlist_begin(*term);
        const std::string year = db.get_document(id).get_value(schema::kSlotYear);
        files.entries.push_back({std::move(*key), evidence.count(id) ? year : std::string()});
        files.ids.push_back(id);
        files.may_redate.push_back(year.empty() || guessed.count(id) > 0);
    }
    return files;
}

void replace_value(Xapian::Document& xdoc, Xapian::valueno slot, const std::string& value) {
    if (value.empty()) {
        xdoc.remove_value(slot);
    } else {
        xdoc.add_value(slot, value);
    }
}

void remove_term_if_present(Xapian::Document& xdoc, const std::string& term) {
    auto it = xdoc.termlist_begin();
    it.skip_to(term);
    if (it != xdoc.termlist_end() && *it == term) {
        xdoc.remove_term(term);
    }
}

// Sets the stored document's date to `year` from file order ("": no date), with every term and
// value that carries the date.
void set_file_order_year(Xapian::WritableDatabase& db, Xapian::docid id, const std::string& year) {
    Xapian::Document xdoc = db.get_document(id);
    CouncilDocument doc = schema::stored_document(xdoc);
    const schema::FieldSpec& year_field = *schema::field_by_name("year");
    if (doc.date.size() >= 4) {
        remove_term_if_present(xdoc, schema::keyword_term(year_field, doc.date.substr(0, 4)));
    }
    if (!doc.date_source.empty()) {
        remove_term_if_present(xdoc, date_source_term(doc.date_source));
    }
    doc.date = year;
    doc.date_source = year.empty() ? std::string() : std::string(extract::kFileOrderDateSource);
    if (!year.empty()) {
        xdoc.add_boolean_term(schema::keyword_term(year_field, year));
        xdoc.add_boolean_term(date_source_term(doc.date_source));
    }
    replace_value(xdoc, schema::kSlotYear, year);
    replace_value(xdoc, schema::kSlotDate, date_slot_value(year));
    schema::store_document(xdoc, doc);
    xdoc.add_value(schema::kSlotHitFields, schema::hit_fields_json(doc));
    const std::string staff_data = xdoc.get_value(schema::kSlotStaffData);
    if (!staff_data.empty()) {
        CouncilDocument full = schema::document_from_json_text(staff_data);
        full.date = doc.date;
        full.date_source = doc.date_source;
        xdoc.add_value(schema::kSlotStaffData,
                       schema::to_json_line(schema::document_to_json(full)));
    }
    db.replace_document(id, xdoc);
}

// Dates the part's own documents (those after `own_from` in `files`).
void redate(Xapian::WritableDatabase& db, const PartFiles& files, std::size_t own_from,
            FileOrderDating& result) {
    const std::vector<std::string> years = extract::years_from_file_order(files.entries);
    for (std::size_t i = own_from; i < files.ids.size(); ++i) {
        if (!files.may_redate[i]) {
            continue;
        }
        const std::string current = db.get_document(files.ids[i]).get_value(schema::kSlotYear);
        if (current == years[i]) {
            continue;
        }
        set_file_order_year(db, files.ids[i], years[i]);
        ++(years[i].empty() ? result.undated : result.dated);
    }
}

} // namespace

FileOrderDating date_by_file_order(Xapian::WritableDatabase& public_part,
                                   Xapian::WritableDatabase& restricted_part) {
    FileOrderDating result;
    PartFiles public_files = files_of(public_part);
    redate(public_part, public_files, 0, result);
    // The restricted part learns from the public documents too (their evidence only: they are
    // not redated here). Read after the public redating, whose guesses are no evidence anyway.
    PartFiles both = files_of(public_part);
    const std::size_t own_from = both.entries.size();
    PartFiles restricted = files_of(restricted_part);
    both.entries.insert(both.entries.end(), restricted.entries.begin(), restricted.entries.end());
    both.ids.insert(both.ids.end(), restricted.ids.begin(), restricted.ids.end());
    both.may_redate.insert(both.may_redate.end(), restricted.may_redate.begin(),
                           restricted.may_redate.end());
    redate(restricted_part, both, own_from, result);
    return result;
}

} // namespace ratsarchiv::indexer
