// Session date ranges as term prefixes (see session_range.h).
#include "server/search/session_range.h"

#include <algorithm>
#include <cstdio>

#include "schema/fields.h"

namespace ratsarchiv::server {

namespace {
struct Day {
    int year, month, day;
};

Day parse_day(const std::string& s) {
    return {std::stoi(s.substr(0, 4)), std::stoi(s.substr(4, 2)), std::stoi(s.substr(6, 2))};
}

std::string text(int value, int width) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
    return buffer;
}

int days_in_month(int year, int month) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

Day next_month(const Day& d) {
    return d.month == 12 ? Day{d.year + 1, 1, 1} : Day{d.year, d.month + 1, 1};
}

std::string day_text(const Day& d) {
    return text(d.year, 4) + text(d.month, 2) + text(d.day, 2);
}
} // namespace

std::vector<std::string> covering_date_prefixes(const std::string& from, const std::string& to) {
    const std::string low = std::max(from.empty() ? std::string("19000101") : from,
                                     std::string("19000101"));
    const std::string high = std::min(to.empty() ? std::string("21001231") : to,
                                      std::string("21001231"));
    std::vector<std::string> prefixes;
    if (low > high) {
        return prefixes;
    }
    Day d = parse_day(low);
    d.month = std::clamp(d.month, 1, 12);
    d.day = std::clamp(d.day, 1, days_in_month(d.year, d.month));
    while (day_text(d) <= high) {
        const std::string year = text(d.year, 4);
        const std::string month = year + text(d.month, 2);
        if (d.month == 1 && d.day == 1 && year + "1231" <= high) {
            prefixes.push_back(year);
            d = {d.year + 1, 1, 1};
        } else if (d.day == 1 && month + text(days_in_month(d.year, d.month), 2) <= high) {
            prefixes.push_back(month);
            d = next_month(d);
        } else {
            prefixes.push_back(day_text(d));
            d = d.day < days_in_month(d.year, d.month) ? Day{d.year, d.month, d.day + 1}
                                                       : next_month(d);
        }
    }
    return prefixes;
}

Xapian::Query session_range_query(const std::string& from, const std::string& to,
                                  const std::vector<std::string>& gremien) {
    std::vector<std::string> term_prefixes;
    if (gremien.empty()) {
        term_prefixes.emplace_back(schema::kPrefixSessionDate);
    }
    for (const auto& gremium : gremien) {
        term_prefixes.push_back(schema::gremium_session_prefix(gremium));
    }
    std::vector<Xapian::Query> parts;
    for (const auto& date_prefix : covering_date_prefixes(from, to)) {
        for (const auto& term_prefix : term_prefixes) {
            // A day's term is the whole term: an exact term is cheaper than a wildcard.
            if (date_prefix.size() == 8) {
                parts.emplace_back(term_prefix + date_prefix);
            } else {
                parts.emplace_back(Xapian::Query::OP_WILDCARD, term_prefix + date_prefix, 0,
                                   Xapian::Query::WILDCARD_LIMIT_ERROR, Xapian::Query::OP_OR);
            }
        }
    }
    if (parts.empty()) {
        return Xapian::Query::MatchNothing;
    }
    return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

} // namespace ratsarchiv::server
