// The filter for documents discussed in a period: a Beratungsfolge step dated inside it, in any
// committee or in the ones the request filters by. The index holds one term per dated step
// (schema::session_date_term, schema::gremium_session_term); a range becomes the fewest term
// prefixes that cover it (whole years, whole months, single days), each a Xapian wildcard that
// the database expands, so the filter works the same on one database, shards and remote ones.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

namespace ratsarchiv::server {

/// The prefixes ("2023", "202401", "20240215") of day strings yyyymmdd that cover the days from
/// `from` to `to` (inclusive, "yyyymmdd", clamped to 1900..2100).
std::vector<std::string> covering_date_prefixes(const std::string& from, const std::string& to);

/// Documents with a step dated from `from` to `to`; with `gremien`, a step of one of them.
Xapian::Query session_range_query(const std::string& from, const std::string& to,
                                  const std::vector<std::string>& gremien);

} // namespace ratsarchiv::server
