// What a search hit shows, stored beside the full document data (in the value slot
// kSlotHitFields of schema/fields.h), so a page of hits without snippets never reads and
// inflates whole documents. Written by the indexer from the document as it is shown to the
// public, read by the server's searcher. A snippet is taken from the head of the text, which is
// stored once, in the compressed document data.
#pragma once

#include <string>
#include <string_view>

#include "schema/council_document.h"

namespace ratsarchiv::schema {

/// How much of a document's text its snippet is taken from: a match further in is rarely the
/// one worth showing, and the snippet generator reads every byte it is given.
inline constexpr std::size_t kSnippetTextBytes = 32000;

/// The hit fields of `doc` (id, source, number, type, date, thema, body, amt) as a JSON object
/// in the shape of schema::document_to_json, without anything else.
std::string hit_fields_json(const CouncilDocument& doc);

/// The part of `text` a snippet is taken from (cut on a character boundary).
std::string_view snippet_text(std::string_view text);

} // namespace ratsarchiv::schema
