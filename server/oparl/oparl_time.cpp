// Formatting and strict parsing of OParl date-times.
#include "server/oparl/oparl_time.h"

#include <chrono>
#include <cstdio>

#include "schema/errors.h"

namespace ratsarchiv::server::oparl {

namespace {
namespace chr = std::chrono;

// Digits of `text` at [at, at + count) as a number, or -1.
int digits_at(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) {
        return -1;
    }
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return -1;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

bool is_at(std::string_view text, std::size_t at, char c) {
    return at < text.size() && text[at] == c;
}

[[noreturn]] void bad(std::string_view parameter) {
    throw BadParameter(std::string(parameter), "must be an ISO 8601 date-time with time zone, like "
                                               "2014-01-01T00:00:00+01:00");
}

// Seconds east of UTC of the zone at `at` ("Z", "+hh:mm", "-hhmm"), which must end the text.
int zone_offset(std::string_view parameter, std::string_view text, std::size_t at) {
    if (at + 1 == text.size() && (text[at] == 'Z' || text[at] == 'z')) {
        return 0;
    }
    if (at >= text.size() || (text[at] != '+' && text[at] != '-')) {
        bad(parameter);
    }
    const int sign = text[at] == '-' ? -1 : 1;
    const int hours = digits_at(text, at + 1, 2);
    const std::size_t minutes_at = is_at(text, at + 3, ':') ? at + 4 : at + 3;
    const int minutes = digits_at(text, minutes_at, 2);
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || minutes_at + 2 != text.size()) {
        bad(parameter);
    }
    return sign * (hours * 3600 + minutes * 60);
}
} // namespace

std::string format_date_time(std::int64_t unix_seconds) {
    const chr::sys_seconds time{chr::seconds(unix_seconds)};
    const chr::sys_days day = chr::floor<chr::days>(time);
    const chr::year_month_day ymd{day};
    const chr::hh_mm_ss<chr::seconds> clock{time - day};
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02u-%02uT%02d:%02d:%02d+00:00", int(ymd.year()),
                  unsigned(ymd.month()), unsigned(ymd.day()), int(clock.hours().count()),
                  int(clock.minutes().count()), int(clock.seconds().count()));
    return out;
}

std::int64_t parse_date_time(std::string_view parameter, std::string_view text) {
    const int year = digits_at(text, 0, 4);
    const int month = digits_at(text, 5, 2);
    const int day = digits_at(text, 8, 2);
    const int hour = digits_at(text, 11, 2);
    const int minute = digits_at(text, 14, 2);
    const int second = digits_at(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 ||
        !is_at(text, 4, '-') || !is_at(text, 7, '-') ||
        !(is_at(text, 10, 'T') || is_at(text, 10, 't')) || !is_at(text, 13, ':') ||
        !is_at(text, 16, ':') || hour > 23 || minute > 59 || second > 60) {
        bad(parameter);
    }
    const chr::year_month_day ymd{chr::year(year), chr::month(unsigned(month)),
                                  chr::day(unsigned(day))};
    if (!ymd.ok()) {
        bad(parameter);
    }
    std::size_t zone_at = 19;
    if (is_at(text, zone_at, '.')) { // fractions of a second: the filters count whole seconds
        ++zone_at;
        while (zone_at < text.size() && text[zone_at] >= '0' && text[zone_at] <= '9') {
            ++zone_at;
        }
    }
    const int offset = zone_offset(parameter, text, zone_at);
    const std::int64_t local = chr::sys_days(ymd).time_since_epoch() / chr::seconds(1) +
                               hour * 3600 + minute * 60 + second;
    return local - offset;
}

} // namespace ratsarchiv::server::oparl
