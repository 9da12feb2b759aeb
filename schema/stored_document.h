// How a document is kept in the index: its JSON (schema/document_json.h) in the document data,
// which Xapian compresses, with only the head of the text, the part snippets are taken from;
// the rest of a long text, deflated, in the value slot kSlotTextTail. A search hit's snippet so
// inflates at most kSnippetTextBytes of text instead of a whole long Niederschrift (inflating
// whole texts was 40 % of the time of the slowest queries, and their p99); the document page
// and the indexer read both parts. Indexes written before the split hold the whole text in
// the data, and read the same.
#pragma once

#include <string>

#include <xapian.h>

#include "schema/council_document.h"

namespace ratsarchiv::schema {

/// Sets the data of `xdoc` to `doc` with the head of its text, and kSlotTextTail to the rest.
void store_document(Xapian::Document& xdoc, const CouncilDocument& doc);

/// The document stored in `xdoc`, with its whole text.
CouncilDocument stored_document(const Xapian::Document& xdoc);

/// The text after the head, as stored in `xdoc` (empty for a short text or an older index).
std::string stored_text_tail(const Xapian::Document& xdoc);

} // namespace ratsarchiv::schema
