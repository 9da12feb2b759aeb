// How many documents an extraction gives each field: the share with a type, a number, a date
// (by the source it came from, document_date.h), a year, a Gremium, an Amt and a thema. Counted
// over documents that have text; a scan without text can state nothing. Printed by
// `ratsarchiv-eval-extract --coverage`.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "indexer/extract/file_order_years.h"
#include "schema/council_document.h"

namespace ratsarchiv::indexer::extract {

class Coverage {
public:
    /// Counts one extracted document (documents without text only in without_text()).
    void add(const CouncilDocument& doc);

    long documents() const { return documents_; }
    long without_text() const { return without_text_; }
    /// Documents with text that have the field ("type", "number", "date", "year", "gremium",
    /// "amt", "thema"), or a date from this source ("date:beratungsfolge").
    long with(const std::string& field) const;
    /// with(field) as a share of documents().
    double share(const std::string& field) const;

    /// Dates the undated documents added so far by file order, as `ratsarchiv-index
    /// --file-order sequence` does, and measures the rule on the dated ones: the share of them
    /// that their neighbours would give their own year (file_order_agreement()).
    void date_by_file_order();
    /// Of the documents with a year that dates neighbours and that file order would date, the
    /// share it gives their own year (0 before date_by_file_order()).
    double file_order_agreement() const { return file_order_agreement_; }

    /// A printable table: field, documents with it, share; dates broken down by source.
    std::string report() const;

private:
    long documents_ = 0;
    long without_text_ = 0;
    std::map<std::string, long> counts_;
    std::vector<FileOrderEntry> file_order_;
    std::vector<bool> file_order_undated_; ///< per file_order_ entry: the document has no year
    double file_order_agreement_ = 0;
    long file_order_checked_ = 0;
};

/// Whether an extracted document has text (not empty, not only white space).
bool has_text(const CouncilDocument& doc);

} // namespace ratsarchiv::indexer::extract
