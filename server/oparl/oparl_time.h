// OParl's date-time form (yyyy-mm-ddThh:mm:ss±hh:mm, chapter 2.4) for the archive's unix
// seconds, and the list filters' ISO 8601 date-times read back into unix seconds.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ratsarchiv::server::oparl {

/// `unix_seconds` as "yyyy-mm-ddThh:mm:ss+00:00" (UTC).
std::string format_date_time(std::int64_t unix_seconds);

/// An ISO 8601 date-time with time zone ("2014-01-01T00:00:00+01:00", "…Z", fractions of a
/// second allowed) as unix seconds; throws BadParameter naming `parameter` for anything else,
/// a date without time or zone included (the filters take a whole date-time, chapter 2.5).
std::int64_t parse_date_time(std::string_view parameter, std::string_view text);

} // namespace ratsarchiv::server::oparl
