// Offices named in running text (see office_mentions.h).
#include "indexer/extract/office_mentions.h"

#include <array>
#include <vector>

#include "indexer/extract/scan.h"

namespace ratsarchiv::indexer::extract {

namespace {
// Karlsruhe's Ortschaften, which "OV Wo" or "Ortsverwaltung Grö." abbreviate.
constexpr std::array<std::string_view, 8> kOrtschaften{
    "Durlach",    "Grötzingen",  "Hohenwettersbach", "Neureut",
    "Stupferich", "Wettersbach", "Wolfartsweier",    "Grünwettersbach"};

// Offices whose name does not end in "-amt"; a name matches in any case ending ("der
// Stadtwerke", "den Bäderbetrieben"). Multi-word names match word by word.
constexpr std::array<std::string_view, 16> kOfficeNames{"Branddirektion",
                                                        "Stadtwerke",
                                                        "Stadtkämmerei",
                                                        "Volkswohnung",
                                                        "Bäderbetriebe",
                                                        "Stadtjugendausschuss",
                                                        "Wirtschaftsförderung",
                                                        "KASIG",
                                                        "AVG",
                                                        "Verkehrsbetriebe Karlsruhe",
                                                        "Sozial- und Jugendbehörde",
                                                        "Umwelt- und Arbeitsschutz",
                                                        "Team Sauberes Karlsruhe",
                                                        "Stadtamt Durlach",
                                                        "Zentraler Juristischer Dienst",
                                                        "Gleichstellungsbeauftragte"};

// "-amt" words that are no municipal office: other authorities, the honorary office, the
// administration as a whole.
constexpr std::array<std::string_view, 12> kNotOffices{
    "Ehrenamt", "Bürgermeisteramt",  "Landratsamt",  "Finanzamt",  "Bundesamt",      "Landesamt",
    "Schulamt", "Einwohnermeldeamt", "Hauptzollamt", "Arbeitsamt", "Gesundheitsamt", "Amt"};

// A word of running text without the punctuation around it.
std::string_view bare(std::string_view word) {
    auto opening = [](std::string_view w) {
        for (std::string_view q : {"(", "\"", "'", "\xE2\x80\x9E", "\xE2\x80\x9A", "\xC2\xBB"}) {
            if (w.starts_with(q)) {
                return q.size();
            }
        }
        return std::size_t{0};
    };
    while (std::size_t n = opening(word)) {
        word.remove_prefix(n);
    }
    while (!word.empty() &&
           std::string_view(",.;:!?)\"'").find(word.back()) != std::string_view::npos) {
        word.remove_suffix(1);
    }
    for (std::string_view q : {"\xE2\x80\x9C", "\xE2\x80\x99", "\xC2\xAB"}) {
        if (word.ends_with(q)) {
            word.remove_suffix(q.size());
        }
    }
    return word;
}

// `word` is `name` in some case ending: "Stadtwerken", "Gartenbauamtes", "Amts".
bool inflected(std::string_view word, std::string_view name) {
    if (!word.starts_with(name)) {
        return false;
    }
    std::string_view ending = word.substr(name.size());
    return ending.empty() || ending == "s" || ending == "es" || ending == "n" || ending == "en";
}

// "Gartenbauamtes" -> "Gartenbauamt"; "" when the word is no office ending in "-amt".
std::string_view amt_word(std::string_view word) {
    if (!starts_upper(word)) {
        return {};
    }
    std::size_t at = word.rfind("amt");
    if (at == std::string_view::npos || at < 4 || !inflected(word.substr(at), "amt")) {
        return {};
    }
    std::string_view base = word.substr(0, at + 3);
    if (base.ends_with("gesamt") || base.ends_with("bundesamt") || base.ends_with("landesamt")) {
        return {};
    }
    for (std::string_view not_office : kNotOffices) {
        if (base == not_office) {
            return {};
        }
    }
    return base;
}

// A known multi-word or non-"-amt" office name at words[i]; its word count in `length`.
std::string_view known_office_at(const std::vector<std::string_view>& words, std::size_t i,
                                 std::size_t& length) {
    for (std::string_view name : kOfficeNames) {
        std::size_t k = 0;
        std::string_view rest = name;
        bool ok = true;
        while (ok && !rest.empty()) {
            std::size_t space = rest.find(' ');
            std::string_view part = rest.substr(0, space);
            rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
            ok = i + k < words.size() &&
                 (rest.empty() ? inflected(words[i + k], part) : words[i + k] == part);
            ++k;
        }
        // "Ausschuss für Wirtschaftsförderung" is a committee, not the office.
        if (ok && !(i > 0 && words[i - 1] == "f\xC3\xBCr")) {
            length = k;
            return name;
        }
    }
    return {};
}

// The office that starts at words[i], or "".
std::string office_at(const std::vector<std::string_view>& words, std::size_t i) {
    std::string_view w = words[i];
    std::string_view next = i + 1 < words.size() ? words[i + 1] : std::string_view();
    if (w == "Ortsverwaltung" && !next.empty()) {
        std::string_view place = ortschaft_named(next);
        std::string office;
        if (!place.empty()) {
            office.append("Ortsverwaltung ").append(place);
        }
        return office;
    }
    if (inflected(w, "Amt") && next == "f\xC3\xBCr") {
        // "Amt für Hochbau und Gebäudewirtschaft": capitalized words joined by "und".
        std::string name = "Amt f\xC3\xBCr";
        std::size_t k = i + 2;
        for (; k < words.size() && starts_upper(words[k]); k += 2) {
            name.append(" ").append(words[k]);
            if (k + 1 >= words.size() || words[k + 1] != "und") {
                break;
            }
            name += " und";
        }
        return name.ends_with(" und") ? name.substr(0, name.size() - 4) : name;
    }
    std::size_t length = 0;
    if (std::string_view known = known_office_at(words, i, length); !known.empty()) {
        return std::string(known);
    }
    // "Schul- und Sportamt", "Ordnungs- und Bürgeramtes".
    if (w.size() > 2 && w.ends_with("-") && starts_upper(w) && next == "und" &&
        i + 2 < words.size()) {
        std::string_view second = words[i + 2];
        std::size_t at = second.rfind("amt");
        if (at != std::string_view::npos && at > 0 && inflected(second.substr(at), "amt")) {
            std::string office(w);
            return office.append(" und ").append(second.substr(0, at + 3));
        }
    }
    return std::string(amt_word(w));
}
} // namespace

std::string_view ortschaft_named(std::string_view place) {
    if (place.ends_with(".")) {
        place.remove_suffix(1);
    }
    if (place.size() < 2) {
        return {};
    }
    std::string_view match;
    for (std::string_view o : kOrtschaften) {
        if (o.starts_with(place)) {
            if (!match.empty()) {
                return {}; // ambiguous
            }
            match = o;
        }
    }
    return match;
}

std::string first_office_mention(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) {
            ++i;
        }
        std::size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n') {
            ++i;
        }
        std::string_view word = bare(text.substr(start, i - start));
        if (!word.empty()) {
            words.push_back(word);
        }
    }
    for (std::size_t w = 0; w < words.size(); ++w) {
        std::string office = office_at(words, w);
        if (!office.empty()) {
            return office;
        }
    }
    return {};
}

std::string office_named_in_head(const Head& head) {
    std::string text;
    std::size_t from = head.type_line < head.lines.size() ? head.type_line + 1 : 0;
    for (std::size_t i = from; i < head.lines.size(); ++i) {
        if (head.lines[i].empty()) {
            text += '\n'; // a paragraph ends: no hyphen rejoin across it
            continue;
        }
        std::string paragraph;
        for (; i < head.lines.size() && !head.lines[i].empty(); ++i) {
            append_joined(paragraph, head.lines[i]);
        }
        text += paragraph + "\n";
    }
    return first_office_mention(text);
}

} // namespace ratsarchiv::indexer::extract
