// Reads the few top-level fields a search hit shows (and the text for its snippet) from the
// JSON document data stored in the index, without building a JSON tree: the general parser
// costs about a million instructions per stored document, paid for every hit of every search.
// Anything it does not understand falls back to the full parser, so results never differ.
#pragma once

#include <string>
#include <string_view>

namespace ratsarchiv::server {

/// The hit fields of stored document data.
struct StoredFields {
    std::string id, source, number, type, date, date_source, thema, body, amt;
    std::string text; ///< only when asked for
};

/// The hit fields of `json` (document data as schema::document_to_json writes it).
StoredFields read_stored_fields(std::string_view json, bool with_text);

} // namespace ratsarchiv::server
