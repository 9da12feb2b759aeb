// Completion as the user types (/api/suggest): words from the public completion terms (XC,
// written for public documents only), document numbers and titles of visible documents.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "schema/analysis/german_analyzer.h"
#include "server/access/audience.h"
#include "server/search/search_request.h"

namespace ratsarchiv::server {

/// What completes the typed text.
struct Suggestions {
    std::vector<std::string> words;   ///< the whole input with its last word completed
    std::vector<std::string> numbers; ///< document numbers starting with the last word
    std::vector<SearchHit> titles;    ///< documents whose title matches what was typed
};

/// Completions of `typed` (its last word is the prefix), at most `limit` of each kind.
Suggestions suggest(Xapian::Database& db, const Audience& audience,
                    const analysis::GermanAnalyzer& analyzer, const std::string& typed,
                    std::size_t limit);

} // namespace ratsarchiv::server
