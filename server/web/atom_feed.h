// The Atom feed (RFC 4287) of a search, newest first, so feed readers can alert journalists
// when a new document matches. Built from ResultRow only: the feed shows what the search shows.
#pragma once

#include <ctime>
#include <string>
#include <string_view>

#include "server/web/result_row.h"

namespace ratsarchiv::server::web {

/// What the feed says about itself.
struct FeedInfo {
    std::string title;           ///< e.g. "Ratsarchiv: Digitalisierung"
    std::string self_url;        ///< absolute address of this feed (with its query)
    std::string page_url;        ///< absolute address of the same search on the web page
    std::string base_url;        ///< e.g. "http://127.0.0.1:8080", for entry links
    std::string updated_default; ///< RFC 3339 time (the index's last change) when no date is known
};

/// The feed as UTF-8 XML. Entries keep the order of `set.rows` (the caller sorts newest first).
std::string render_atom_feed(const FeedInfo& info, const ResultSet& set);

/// Text escaped for XML character data and attributes; characters XML 1.0 forbids are dropped.
std::string xml_escape(std::string_view text);

/// The snippet's plain text: <mark> tags removed and HTML entities decoded.
std::string snippet_text(std::string_view snippet);

/// "yyyy-mm-dd" -> "yyyy-mm-ddT00:00:00Z", a year "yyyy" -> "yyyy-01-01T00:00:00Z"; anything
/// else -> "".
std::string rfc3339_date(std::string_view iso_date);

/// A point in time as RFC 3339 in UTC ("2026-12-07T11:00:00Z").
std::string rfc3339_time(std::time_t when);

} // namespace ratsarchiv::server::web
