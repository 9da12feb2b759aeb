// RFC 5545 output: content lines, TEXT escaping, folding, all-day events.
#include "server/council/icalendar.h"

#include <chrono>
#include <cstdio>

namespace ratsarchiv::server::council {

std::string escape_text(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ';':
            out += "\\;";
            break;
        case ',':
            out += "\\,";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            break;
        default:
            out += static_cast<unsigned char>(c) < 0x20 && c != '\t' ? ' ' : c;
        }
    }
    return out;
}

std::string fold_line(const std::string& line) {
    std::string out;
    std::size_t width = 0; // octets on the current output line
    for (std::size_t i = 0; i < line.size();) {
        std::size_t length = 1; // the whole UTF-8 sequence starting at i
        while (i + length < line.size() &&
               (static_cast<unsigned char>(line[i + length]) & 0xC0) == 0x80) {
            ++length;
        }
        if (width + length > 75) {
            out += "\r\n ";
            width = 1;
        }
        out.append(line, i, length);
        width += length;
        i += length;
    }
    return out + "\r\n";
}

std::string next_day(const std::string& yyyymmdd) {
    using namespace std::chrono;
    const year_month_day day{
        year{std::stoi(yyyymmdd.substr(0, 4))},
        month{static_cast<unsigned>(std::stoi(yyyymmdd.substr(4, 2)))},
        std::chrono::day{static_cast<unsigned>(std::stoi(yyyymmdd.substr(6, 2)))}};
    const year_month_day next{sys_days{day} + days{1}};
    char out[9];
    std::snprintf(out, sizeof out, "%04d%02u%02u", static_cast<int>(next.year()),
                  static_cast<unsigned>(next.month()), static_cast<unsigned>(next.day()));
    return out;
}

std::string render_calendar(const std::string& name, const std::vector<CalendarEvent>& events) {
    std::string out;
    out += fold_line("BEGIN:VCALENDAR");
    out += fold_line("VERSION:2.0");
    out += fold_line("PRODID:-//ratsarchiv//Sitzungen//DE");
    out += fold_line("CALSCALE:GREGORIAN");
    out += fold_line("METHOD:PUBLISH");
    out += fold_line("X-WR-CALNAME:" + escape_text(name));
    for (const auto& event : events) {
        out += fold_line("BEGIN:VEVENT");
        out += fold_line("UID:" + event.uid);
        // The session's day, not the indexing time: the same archive gives the same feed, and
        // no answer depends on when (or alongside what non-public papers) it was indexed.
        out += fold_line("DTSTAMP:" + event.day + "T000000Z");
        out += fold_line("DTSTART;VALUE=DATE:" + event.day);
        out += fold_line("DTEND;VALUE=DATE:" + next_day(event.day));
        out += fold_line("SUMMARY:" + escape_text(event.summary));
        if (!event.description.empty()) {
            out += fold_line("DESCRIPTION:" + escape_text(event.description));
        }
        if (!event.location.empty()) {
            out += fold_line("LOCATION:" + escape_text(event.location));
        }
        out += fold_line("URL:" + event.url);
        out += fold_line("TRANSP:TRANSPARENT");
        out += fold_line("END:VEVENT");
    }
    out += fold_line("END:VCALENDAR");
    return out;
}

} // namespace ratsarchiv::server::council
