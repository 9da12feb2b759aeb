// How many documents an extraction gives each field: the share with a type, a number, a date
// (by the source it came from, document_date.h), a year, a Gremium, an Amt and a thema. Counted
// over documents that have text; a scan without text can state nothing. Printed by
// `ratsarchiv-eval-extract --coverage`.
#pragma once

#include <map>
#include <string>

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

    /// A printable table: field, documents with it, share; dates broken down by source.
    std::string report() const;

private:
    long documents_ = 0;
    long without_text_ = 0;
    std::map<std::string, long> counts_;
};

/// Whether an extracted document has text (not empty, not only white space).
bool has_text(const CouncilDocument& doc);

} // namespace ratsarchiv::indexer::extract
