// JSON form of a CouncilDocument: what ratsarchiv-extract prints (the shape of the label files),
// what the index stores as document data, and what /api/documents returns.
#pragma once

#include <string>

#include <Poco/JSON/Object.h>

#include "schema/council_document.h"

namespace ratsarchiv::schema {

/// Which parts to include.
struct JsonParts {
    bool text = true;        ///< the full text
    bool diagnostics = true; ///< extraction problems
};

/// The document as a JSON object; absent values are JSON null (as in the label files).
Poco::JSON::Object::Ptr document_to_json(const CouncilDocument& doc, JsonParts parts = {});

/// Reads back what document_to_json wrote (missing keys stay empty).
CouncilDocument document_from_json(const Poco::JSON::Object& json);

/// Compact one-line JSON text.
std::string to_json_line(const Poco::JSON::Object::Ptr& object);

/// Parses document data stored in the index.
CouncilDocument document_from_json_text(const std::string& text);

} // namespace ratsarchiv::schema
