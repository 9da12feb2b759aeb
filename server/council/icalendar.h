// iCalendar (RFC 5545) text of a list of sessions: one all-day VEVENT per session (the archive
// knows the day, not the time), with a UID derived from the session id alone, so that a
// subscribed calendar updates an event instead of adding a second one.
#pragma once

#include <string>
#include <vector>

namespace ratsarchiv::server::council {

/// One event of the feed.
struct CalendarEvent {
    std::string uid;         ///< stable, e.g. "sitzung-1a2b…@ratsarchiv"
    std::string day;         ///< yyyymmdd
    std::string summary;     ///< e.g. "Hauptausschuss"
    std::string description; ///< plain text, escaped on output
    std::string location;    ///< the body, e.g. "Stadt Karlsruhe"
    std::string url;         ///< absolute link to the session page
};

/// The VCALENDAR with these events; `name` is the calendar's display name (X-WR-CALNAME).
std::string render_calendar(const std::string& name, const std::vector<CalendarEvent>& events);

/// `text` escaped as an RFC 5545 TEXT value (backslash, semicolon, comma, newline).
std::string escape_text(const std::string& text);

/// A content line folded to lines of at most 75 octets, never inside a UTF-8 sequence, each
/// ended by CRLF.
std::string fold_line(const std::string& line);

/// The day after `yyyymmdd` (an all-day event's exclusive DTEND).
std::string next_day(const std::string& yyyymmdd);

} // namespace ratsarchiv::server::council
