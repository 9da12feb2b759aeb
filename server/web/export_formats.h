// CSV and JSON export of a result set (issue 7: journalists take the whole result set into a
// spreadsheet or script). Both are built from ResultRow only, so nothing a search hit does not
// show (and so nothing non-public for anonymous users) can reach an export.
#pragma once

#include <string>
#include <string_view>

#include "server/web/result_row.h"

namespace ratsarchiv::server::web {

/// The CSV columns, in order (the header line).
inline constexpr std::string_view kCsvColumns[] = {
    "id", "number", "type", "date", "thema", "body", "amt", "gremien", "source", "url", "public"};

/// RFC 4180 CSV (CRLF line ends, fields quoted when needed) with a UTF-8 byte order mark so
/// spreadsheet programs read umlauts right. Cells that a spreadsheet would run as a formula
/// (=, +, @, or - not followed by a digit) get a leading apostrophe. `base_url` (e.g.
/// "http://host:8080") makes the url column absolute.
std::string render_csv(const ResultSet& set, std::string_view base_url);

/// One CSV field, quoted and guarded as render_csv does it.
std::string csv_field(std::string_view value);

/// JSON: {"total", "exported", "truncated", "hits": [{id, source, number, type, date, thema,
/// body, amt, gremien, url, public}]}, built with Poco::JSON.
std::string render_json(const ResultSet& set, std::string_view base_url);

/// The page address of a document, as the web page routes it: base_url + "/dokument/" + id.
std::string document_page_url(std::string_view base_url, std::string_view id);

} // namespace ratsarchiv::server::web
