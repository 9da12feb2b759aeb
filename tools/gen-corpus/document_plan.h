// What ratsarchiv-gen-corpus decides about each synthetic document before writing it: body,
// year, topic, number, type, Beratungsfolge, visibility, references. Deterministic: everything
// derives from (seed, case, slot) through a portable splitmix64 generator, so document i of a
// seed is the same on every machine and can be generated alone. Header-only so that the tool
// and its unit test share it without entering the core library.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "tools/gen-corpus/vocabulary.h"

namespace ratsarchiv::gen_corpus {

/// splitmix64: tiny, portable and good enough for test data (std distributions differ between
/// standard libraries, which would break determinism across machines).
class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, n) (the modulo bias is irrelevant here).
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
    int between(int low, int high) { return low + static_cast<int>(below(high - low + 1)); }
    bool percent(int chance) { return below(100) < static_cast<std::size_t>(chance); }
    template <typename Container> const auto& pick(const Container& items) {
        return items[below(std::size(items))];
    }
    template <typename T> T pick(std::initializer_list<T> items) {
        return *(items.begin() + below(items.size()));
    }

private:
    std::uint64_t state_;
};

/// The generator for one (seed, case, slot) triple.
inline Rng rng_for(std::uint64_t seed, std::uint64_t case_id, std::uint64_t slot) {
    Rng mix(seed ^ 0x5DEECE66DULL);
    const std::uint64_t a = mix.next();
    return Rng(a ^ (case_id * 0x2545F4914F6CDD1DULL) ^ (slot * 0x9E3779B97F4A7C15ULL));
}

using Day = std::chrono::sys_days;

/// The calendar day year-month-day.
inline Day make_day(int year, int month, int day) {
    return std::chrono::year{year} / std::chrono::month{static_cast<unsigned>(month)} /
           std::chrono::day{static_cast<unsigned>(day)};
}

/// dd.mm.yyyy, as the documents print dates.
inline std::string german_date(Day day) {
    const std::chrono::year_month_day ymd{day};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02u.%02u.%04d", unsigned(ymd.day()),
                  unsigned(ymd.month()), int(ymd.year()));
    return buffer;
}

/// yyyy-mm-dd, as the labels store dates.
inline std::string iso_date(Day day) {
    const std::chrono::year_month_day ymd{day};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return buffer;
}

/// An amount with German thousands separators: 1240000 -> "1.240.000".
inline std::string german_amount(long long value) {
    std::string digits = std::to_string(value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += '.';
        }
        out += digits[i];
    }
    return out;
}

/// One step of a Beratungsfolge.
struct PlannedStep {
    std::string gremium;
    Day date;
    bool is_public = true;
    bool dated = true; ///< Bremerhaven Vorlagen name the committee but not the date
    std::string role;
    std::string result; ///< "einstimmig bestätigt", where stated
    bool has_votes = false;
    int ja = 0, nein = 0, enthaltung = 0;
};

/// An attachment (Anlage) and whether it is public.
struct PlannedAttachment {
    std::string title;
    bool is_public = true;
};

/// Everything one synthetic document states.
struct DocumentPlan {
    const BodyVocabulary* body = nullptr;
    int year = 0;
    std::string type;      ///< Antrag, Anfrage, Stellungnahme, Information, Beschlussvorlage, ...
    std::string number;    ///< empty for Niederschriften
    std::string file_stem; ///< file name without extension
    std::string thema;
    Day date{};
    std::string amt;
    std::string dezernat;
    std::string signatory;
    std::string submitter; ///< Fraktion of an Antrag/Anfrage
    bool is_public = true;
    std::vector<PlannedStep> steps;
    std::vector<std::string> refs;
    std::vector<PlannedAttachment> attachments;
    std::vector<std::string> paragraphs;
    std::vector<std::string> questions;
    std::string answered_type; ///< for a Stellungnahme: Antrag or Anfrage
};

/// Replaces {amount}, {percent}, {count}, {place}, {year} and {year4} in a template.
inline std::string fill(std::string_view pattern, Rng& rng, const BodyVocabulary& body, int year) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size();) {
        const auto close = pattern.find('}', i);
        if (pattern[i] != '{' || close == std::string_view::npos) {
            out += pattern[i++];
            continue;
        }
        const std::string_view key = pattern.substr(i + 1, close - i - 1);
        if (key == "amount") {
            out += german_amount(static_cast<long long>(rng.between(50, 20000)) * 1000);
        } else if (key == "percent") {
            out += std::to_string(rng.between(5, 80));
        } else if (key == "count") {
            out += std::to_string(rng.between(3, 400));
        } else if (key == "place") {
            out += std::string(rng.pick(body.places));
        } else if (key == "year" || key == "year4") {
            out += std::to_string(key == "year" ? year : year + 3);
        } else {
            out += pattern.substr(i, close - i + 1);
        }
        i = close + 1;
    }
    return out;
}

/// A councillor's invented name.
inline std::string person(Rng& rng) {
    return std::string(rng.pick(kFirstNames)) + " " + std::string(rng.pick(kLastNames));
}

/// Three to five different filled sentences, grouped into two paragraphs.
inline std::vector<std::string> paragraphs(Rng& rng, const Topic& topic, const BodyVocabulary& body,
                                           int year) {
    std::vector<std::size_t> order(topic.sentences.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    for (std::size_t i = order.size(); i > 1; --i) {
        std::swap(order[i - 1], order[rng.below(i)]);
    }
    std::vector<std::string> out(2);
    const auto sentences = std::min<std::size_t>(order.size(), rng.between(3, 5));
    for (std::size_t i = 0; i < sentences; ++i) {
        std::string& target = out[i < 2 ? 0 : 1];
        target += (target.empty() ? "" : " ") + fill(topic.sentences[order[i]], rng, body, year);
    }
    return out;
}

/// Replaces '/' by '-' so a number can name a file: "A0031/21" -> "A0031-21".
inline std::string stem_of(std::string number) {
    for (char& c : number) {
        c = c == '/' ? '-' : c;
    }
    return number;
}

} // namespace ratsarchiv::gen_corpus
