// submitters of a paper as it names them itself (see submitter.h).
#include "indexer/extract/submitter.h"

#include <algorithm>
#include <array>

#include "indexer/extract/field_extractors.h"
#include "indexer/extract/scan.h"
#include "schema/document_types.h"

namespace ratsarchiv::indexer::extract {

namespace {
constexpr std::size_t kMaxListBytes = 400;
constexpr std::size_t kMaxItemBytes = 80;
// Head lines searched for the label line "Antrag: CDU, SPD" and a sender label.
constexpr std::size_t kLabelLineScan = 40;
// Submitter lines under the type heading at most (a joint Antrag of many groups and people).
constexpr std::size_t kMaxHeadLines = 14;
constexpr std::size_t kMaxSigners = 30;

// The offices a person is named with. After a plural one ("Stadträte A und B") the names that
// follow without an office are persons too; a local one over a single word is the body itself
// ("Ortschaftsrat Durlach").
struct Office {
    std::string_view word;
    bool plural;
    bool local;
};
constexpr std::array<Office, 18> kOffices{{
    {"Stadträtinnen", true, false},
    {"Stadträte", true, false},
    {"Stadträtin", false, false},
    {"Stadtrats", false, false},
    {"Stadtrat", false, false},
    {"Ortschaftsrätinnen", true, true},
    {"Ortschaftsräte", true, true},
    {"Ortschaftsrätin", false, true},
    {"Ortschaftsrats", false, true},
    {"Ortschaftsrat", false, true},
    {"StRin", false, false},
    {"StRn", false, false},
    {"StR", false, false},
    {"SR", false, false},
    {"Ratsfrau", false, false},
    {"Ratsherr", false, false},
    {"Frau", false, false},
    {"Herr", false, false},
}};

const Office* office_of(std::string_view item) {
    for (const auto& office : kOffices) {
        if (item.size() > office.word.size() + 1 && item.starts_with(office.word) &&
            item[office.word.size()] == ' ') {
            return &office;
        }
    }
    return nullptr;
}

bool is_all_caps_word(std::string_view word) {
    std::size_t letters = 0;
    for (std::size_t i = 0; i < word.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(word[i]);
        if (c >= 'a' && c <= 'z') {
            return false;
        }
        if (c == 0xC3 && i + 1 < word.size() &&
            static_cast<unsigned char>(word[i + 1]) >= 0x9F) { // ß, ä, ö, ü, ...
            return false;
        }
        letters += (c >= 'A' && c <= 'Z') || c == 0xC3 ? 1 : 0;
    }
    return letters >= 2;
}

// The words a council group is named with; a name with a word ending in one ("CDU-Fraktion",
// "Fraktion DIE LINKE", "AfD-Gruppe", not "Fraktionsvorsitzender") is a group as written.
bool names_group(std::string_view name) {
    for (std::size_t p = 0; p < name.size();) {
        std::size_t e = std::min(name.find(' ', p), name.size());
        std::string_view word = name.substr(p, e - p);
        if (ends_with_ci(word, "fraktion") || ends_with_ci(word, "gruppe")) {
            return true;
        }
        p = e + 1;
    }
    return false;
}

// "SPD", "FDP/FW", "FW|FÜR", "KAL-Die Partei", "Die Linke", "FÜR Karlsruhe", "Volt": a party's
// short name, which in a list of submitters stands for its group.
bool party_shaped(std::string_view name) {
    if (name.empty() || names_group(name) || !starts_upper(name) || name.starts_with("OV ") ||
        name.starts_with("Ortsverwaltung") || find_ci(name, "e. V.") != std::string_view::npos ||
        find_ci(name, "e.V.") != std::string_view::npos) {
        return false;
    }
    std::size_t words = 1;
    for (char c : name) {
        if (is_digit(c)) {
            return false;
        }
        words += c == ' ' ? 1 : 0;
    }
    if (words == 1) {
        return true;
    }
    std::string_view first = name.substr(0, name.find(' '));
    return words <= 3 && (is_all_caps_word(first.substr(0, first.find_first_of("-/|"))) ||
                          first == "Die" || first == "DIE");
}

// The party of a group written with a group word: "SPD" for "SPD-OR-Fraktion", "Fraktion der
// SPD"; "" when `name` is not written so.
std::string_view party_of_group(std::string_view name) {
    constexpr std::array<std::string_view, 10> kSuffixes{"-Ortschaftsratsfraktion",
                                                         " Ortschaftsratsfraktion",
                                                         "-OR-Fraktion",
                                                         " OR-Fraktion",
                                                         "-Gemeinderatsfraktion",
                                                         " Gemeinderatsfraktion",
                                                         "-Stadtratsfraktion",
                                                         "-Ratsfraktion",
                                                         "-Fraktion",
                                                         " Fraktion"};
    for (std::string_view suffix : kSuffixes) {
        if (name.size() > suffix.size() && ends_with_ci(name, suffix)) {
            std::string_view party = name.substr(0, name.size() - suffix.size());
            while (!party.empty() && (party.back() == '-' || party.back() == ' ')) {
                party.remove_suffix(1); // "SPD --Ortschaftsratsfraktion"
            }
            return party;
        }
    }
    for (std::string_view prefix : {"Fraktion der ", "Fraktion die ", "Fraktion "}) {
        if (name.size() > prefix.size() && name.starts_with(prefix)) {
            return trim(name.substr(prefix.size()));
        }
    }
    return {};
}

std::string group_value(std::string_view name, std::string_view ortschaft) {
    name = trim(name);
    if (ortschaft.empty()) {
        return names_group(name) || !party_shaped(name) ? std::string(name)
                                                        : std::string(name) + "-Fraktion";
    }
    std::string_view party = party_of_group(name);
    if (party.empty() && party_shaped(name)) {
        party = name;
    }
    if (party.empty()) {
        return std::string(name);
    }
    return std::string(party) + "-Ortschaftsratsfraktion " + std::string(ortschaft);
}

// Words of the layout that a list of submitters runs into ("Gedruckt auf 100 Prozent
// Recyclingpapier", "Gremium", a type heading): not submitters, left out of the list.
bool is_layout_word(std::string_view item) {
    for (std::string_view word : {"Gedruckt", "auf 100", "Gremi", "Termin", "TOP", "Herrn ",
                                  "Sachverhalt", "Ergänzende", "Vorlage", "Eingang"}) {
        if (starts_with_ci(item, word)) {
            return true;
        }
    }
    return find_ci(item, "Recyclingpapier") != std::string_view::npos ||
           !schema::normalize_document_type(item).empty();
}

// "der SPD-Fraktion" -> "SPD-Fraktion", "CDU-Fraktion vom 2. Mai" -> "CDU-Fraktion", "a) SPD",
// "CDU-Fraktion Vorlage Nr.: 2031/0508" (the label block run into the line) -> "SPD",
// "CDU-Fraktion". A capitalized article is part of a name ("Die Linke").
std::string_view bare_item(std::string_view item) {
    item = trim(item);
    for (std::string_view label : {" Vorlage Nr", " Vorlage:", " Eingang:", " Verantwortlich:"}) {
        if (std::size_t p = find_ci(item, label); p != std::string_view::npos) {
            item = trim(item.substr(0, p));
        }
    }
    if (item.size() > 3 && item[1] == ')' && item[2] == ' ') {
        item = trim(item.substr(3)); // "a) SPD-Fraktion"
    }
    while (!item.empty() && (item.front() == '-' || item.front() == '.' || item.front() == '*')) {
        item = trim(item.substr(1));
    }
    for (std::string_view article : {"der ", "des ", "dem ", "den ", "die "}) {
        if (item.starts_with(article)) {
            item = trim(item.substr(article.size()));
        }
    }
    if (std::size_t vom = item.find(" vom");
        vom != std::string_view::npos && (vom + 4 == item.size() || item[vom + 4] == ' ')) {
        item = trim(item.substr(0, vom));
    }
    return item;
}

// "CDU-Fraktion im Ortschaftsrat" -> "CDU-Ortschaftsratsfraktion", "SPD-Fraktion im
// Gemeinderat" -> "SPD-Fraktion": a group named with its council.
std::string group_phrases(std::string_view list) {
    std::string out(list);
    for (auto [phrase, name] : {std::pair<std::string_view, std::string_view>{
                                    "-Fraktion im Ortschaftsrat", "-Ortschaftsratsfraktion"},
                                {"-Fraktion im Gemeinderat", "-Fraktion"}}) {
        if (std::size_t p = out.find(phrase); p != std::string::npos) {
            std::size_t end = p + phrase.size();
            // the place after it is the paper's Ortschaft, which group_value adds
            while (end < out.size() && out[end] != ',' && out[end] != '(') {
                ++end;
            }
            out.replace(p, end - p, name);
        }
    }
    return out;
}

// The group in brackets at the end of `item`, which then holds the name before it: "Anna
// Beispiel (GRÜNE)", also with a bracket the PDF lost ("Anna Beispiel (GRÜNE", "Anna Beispiel
// GRÜNE)"); "" when there is none.
std::string_view bracket_group(std::string_view& item) {
    std::size_t open = item.rfind('(');
    std::string_view group;
    if (open != std::string_view::npos) {
        group = item.substr(open + 1);
        item = trim(item.substr(0, open));
    } else if (item.ends_with(")") && item.rfind(' ') != std::string_view::npos) {
        std::size_t space = item.rfind(' ');
        group = item.substr(space + 1);
        item = trim(item.substr(0, space));
    } else {
        return {};
    }
    while (!group.empty() && group.back() == ')') {
        group.remove_suffix(1);
    }
    return trim(group);
}

// The items of a list, split at ", ", "; ", " und ", " sowie " outside brackets; "CDU- und
// FDP-Fraktion" gives "CDU-Fraktion" and "FDP-Fraktion".
std::vector<std::string> list_items(std::string_view list) {
    std::vector<std::string> items;
    std::size_t depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= list.size(); ++i) {
        std::size_t skip = 0;
        if (i == list.size()) {
            skip = 1;
        } else if (list[i] == '(') {
            ++depth;
        } else if (list[i] == ')' && depth > 0) {
            --depth;
        } else if (depth == 0) {
            std::string_view rest = list.substr(i);
            for (std::string_view sep : {", ", "; ", " und ", " sowie "}) {
                if (rest.starts_with(sep)) {
                    skip = sep.size();
                    break;
                }
            }
        }
        if (skip == 0) {
            continue;
        }
        std::string_view item = trim(list.substr(start, i - start));
        if (!item.empty()) {
            items.emplace_back(item);
        }
        start = i + skip;
        i = start - 1;
    }
    for (std::size_t k = 0; k + 1 < items.size(); ++k) {
        std::size_t dash = items[k + 1].find('-');
        if (items[k].ends_with("-") && dash != std::string::npos) {
            items[k] += items[k + 1].substr(dash + 1);
        }
    }
    return items;
}

// A list of submitters holds names: no digits, no colon or quotes, no lower-case words outside
// brackets but particles ("von", "e. V.").
bool is_name_item(std::string_view item) {
    if (item.empty() || item.size() > kMaxItemBytes) {
        return false;
    }
    std::string_view outside = item.substr(0, item.find('('));
    const bool group = names_group(outside); // "B'90/DIE GRÜNEN-OR-Fraktion" has digits
    for (char c : outside) {
        if ((is_digit(c) && !group) || c == ':' || c == '"') {
            return false;
        }
    }
    if (outside.find("\xE2\x80\x9E") != std::string_view::npos || // „
        outside.find("\xE2\x80\x9C") != std::string_view::npos) { // “
        return false;
    }
    for (std::size_t p = 0; p < outside.size();) {
        std::size_t e = std::min(outside.find(' ', p), outside.size());
        std::string_view word = outside.substr(p, e - p);
        bool particle = word == "von" || word == "van" || word == "de" || word == "zu" ||
                        word == "e." || word == "e.V." || word == "der" || word == "des";
        if (!word.empty() && starts_lower(word) && !particle) {
            return false;
        }
        p = e + 1;
    }
    return true;
}

void add_unique(std::vector<std::string>& out, std::string value) {
    if (!value.empty() && std::find(out.begin(), out.end(), value) == out.end()) {
        out.push_back(std::move(value));
    }
}

// "Gedruckt auf 100 Prozent Recyclingpapier", also wrapped after "Gedruckt".
bool is_paper_note(std::string_view line) {
    return starts_with_ci(line, "Gedruckt") ||
           find_ci(line, "Recyclingpapier") != std::string_view::npos;
}

// The rest of a line that starts with a type of paper that submits itself and then names who
// submitted it: "Antrag: CDU" and "Anfrage von Stadtrat Max Muster" give the list; "Antrag
// der BSP-Fraktion" too where `with_article`. Empty when the line does not.
std::string_view submitter_label(std::string_view line, bool with_article) {
    std::vector<std::string_view> joints{": ", " von "};
    if (with_article) {
        joints.insert(joints.end(), {" der ", " des "});
    }
    for (std::string_view joint : joints) {
        std::size_t p = line.find(joint);
        if (p != std::string_view::npos && p > 0 && p < 45 &&
            schema::submits_itself(schema::normalize_document_type(line.substr(0, p)))) {
            return trim(line.substr(p + joint.size()));
        }
    }
    return {};
}

// A list wrapped by the PDF ("…, Volt," / "Stadtrat Kalmbach (FW)"): the lines it runs over.
std::string joined_list(const Head& head, std::size_t line, std::string_view first) {
    std::string list(first);
    for (std::size_t i = line + 1; i < head.lines.size() && i < line + 3; ++i) {
        bool open =
            std::count(list.begin(), list.end(), '(') > std::count(list.begin(), list.end(), ')');
        if (!open && !list.ends_with(",") && !list.ends_with(" und")) {
            break;
        }
        list += " ";
        list += trim(head.lines[i]);
    }
    return list;
}

// A line of the head that names a submitter: a group, a person with office, an Ortschaftsrat.
bool is_head_submitter_line(std::string_view line) {
    return names_group(line) || office_of(line) != nullptr;
}

// True when the next line after `line` that is not blank is a label ("Eingang:", "Vorlage
// Nr.:"): a party's short name alone over the label block is the submitting group.
bool label_follows(const Head& head, std::size_t line) {
    for (std::size_t i = line + 1; i < head.lines.size(); ++i) {
        std::string_view next = trim(head.lines[i]);
        std::string_view rest;
        if (!next.empty()) {
            return !label_key(next, rest).empty();
        }
    }
    return false;
}

void read_head(const Head& head, std::string_view ortschaft, std::vector<std::string>& out) {
    if (head.type_line >= head.lines.size()) {
        return;
    }
    // "Antrag der SPD-Ortschaftsratsfraktion", "ANFRAGE" over "CDU-Gemeinderatsfraktion".
    std::string_view heading = trim(head.lines[head.type_line]);
    if (std::string_view list = submitter_label(heading, true); !list.empty()) {
        for (auto& v : read_submitter_list(joined_list(head, head.type_line, list), ortschaft)) {
            add_unique(out, std::move(v));
        }
    }
    std::size_t taken = 0;
    for (std::size_t i = head.type_line + 1; i < head.lines.size() && taken < kMaxHeadLines; ++i) {
        std::string_view line = trim(head.lines[i]);
        if (line.empty() || is_paper_note(line) || is_letterhead(line)) {
            continue;
        }
        bool short_name = taken == 0 && party_shaped(line) && label_follows(head, i);
        if (!is_head_submitter_line(line) && !short_name) {
            break;
        }
        ++taken;
        for (auto& v : read_submitter_list(line, ortschaft)) {
            add_unique(out, std::move(v));
        }
    }
}

// "Eingang: 03.01.2031, Antrag der BSP-Fraktion" and "Eingang 26.09.2031: BSP-Fraktion": the
// submitter after the date of receipt, as a label line ("Antrag der BSP-Fraktion") or alone
// ("Antrag: BSP-Fraktion" is returned as it is for submitter_label); other lines as they are.
std::string received_rest(std::string_view line) {
    if (!starts_with_ci(line, "Eingang")) {
        return std::string(line);
    }
    auto date = find_date(line);
    if (!date) {
        return std::string(line);
    }
    std::string_view rest = trim(line.substr(date->end));
    while (!rest.empty() && (rest.front() == ':' || rest.front() == ',')) {
        rest = trim(rest.substr(1));
    }
    if (rest.empty() || !submitter_label(rest, true).empty()) {
        return std::string(rest);
    }
    return "Antrag: " + std::string(rest); // the submitter alone after the date
}

// An Ortschaftsrat's newer layout: the group on the line over the Beratungsfolge table, under
// the title ("CDU-OR-Fraktion", "(Antrag der GLG-Ortschaftsratsfraktion)").
void read_line_over_table(const Head& head, std::size_t table, std::string_view ortschaft,
                          std::vector<std::string>& out) {
    std::size_t i = table;
    while (i > 0 && trim(head.lines[i - 1]).empty()) {
        --i;
    }
    if (i == 0 || i - 1 == head.type_line) {
        return;
    }
    std::string_view line = trim(head.lines[i - 1]);
    if (line.size() > 2 && line.front() == '(' && line.back() == ')') {
        line = trim(line.substr(1, line.size() - 2));
    }
    std::string_view list = submitter_label(line, true);
    if (std::size_t comma = line.rfind(", "); list.empty() && comma != std::string_view::npos) {
        list = submitter_label(line.substr(comma + 2), true); // "<title>, Anfrage der BSP"
    }
    if (list.empty() && is_head_submitter_line(line)) {
        list = line;
    }
    for (auto& v : read_submitter_list(list, ortschaft)) {
        add_unique(out, std::move(v));
    }
}

// The newer layout's "Interfraktioneller Antrag: GRÜNE, SPD" under the title, and a sender
// label: "Absender" over its lines, "Antragsteller: …".
// A letter's sender line over the address: "BSP Gemeinderatsfraktion, Beispielweg 21, 76133
// Beispielstadt" names the group before its address (a postcode of five digits).
std::string_view letter_sender(std::string_view line) {
    std::size_t comma = line.find(", ");
    std::size_t digits = 0;
    for (std::size_t i = comma == std::string_view::npos ? line.size() : comma; i < line.size();
         ++i) {
        digits = is_digit(line[i]) ? digits + 1 : 0;
        if (digits == 5) {
            return trim(line.substr(0, comma));
        }
    }
    return {};
}

void read_labels(const Head& head, std::string_view ortschaft, std::vector<std::string>& out) {
    for (std::size_t i = 0; i < head.lines.size(); ++i) {
        if (!trim(head.lines[i]).empty()) {
            for (auto& v : read_submitter_list(letter_sender(trim(head.lines[i])), ortschaft)) {
                add_unique(out, std::move(v));
            }
            break;
        }
    }
    bool label_line_read = false;
    bool before_table = true; // the label line stands above the Beratungsfolge, not in the text
    for (std::size_t i = 0; i < head.lines.size() && i < kLabelLineScan; ++i) {
        std::string_view line = trim(head.lines[i]);
        if (before_table && starts_with_ci(line, "Gremi")) {
            before_table = false;
            read_line_over_table(head, i, ortschaft, out);
        }
        const std::string received = received_rest(line);
        if (!label_line_read && before_table && i != head.type_line) {
            if (std::string_view list = submitter_label(received, true); !list.empty()) {
                auto values = read_submitter_list(joined_list(head, i, list), ortschaft);
                label_line_read = !values.empty();
                for (auto& v : values) {
                    add_unique(out, std::move(v));
                }
            }
        }
        for (std::string_view label : {"Antragsteller:", "Antragstellerin:", "Antragstellende:",
                                       "Fragesteller:", "Einreicher:"}) {
            if (starts_with_ci(line, label) && line.size() > label.size()) {
                for (auto& v : read_submitter_list(line.substr(label.size()), ortschaft)) {
                    add_unique(out, std::move(v));
                }
            }
        }
        if (equals_ci(line, "Absender")) {
            for (std::size_t j = i + 1; j < head.lines.size() && j < i + 4; ++j) {
                std::string_view value = trim(head.lines[j]);
                std::string_view rest;
                if (value.empty() || equals_ci(value, "Adressat") ||
                    !label_key(value, rest).empty()) {
                    break;
                }
                for (auto& v : read_submitter_list(value, ortschaft)) {
                    add_unique(out, std::move(v));
                }
            }
        }
    }
}

constexpr std::string_view kSigned = "Unterzeichnet";

// What a signature block names: its signers, and the groups named with them ("Erika Beispiel
// und BSP-Fraktion", a group's name printed over its signers).
struct Signature {
    std::vector<std::string> names;
    std::vector<std::string> groups;
};

// A group as a signature block names it beside its people: a party's short name and the group
// word ("BSP-Fraktion", "BSP Fraktion"), not a name run into it ("Erika Beispiel BSP-Fraktion").
bool is_signed_group(std::string_view part) {
    std::string_view party = party_of_group(part);
    return !party.empty() && party_shaped(party) && is_name_item(part);
}

// One line of the signature block: "Erika Beispiel", "Erika Beispiel, Hans Probe und
// BSP-Fraktion"; false for a line that holds anything but names and groups.
bool read_signature_line(std::string_view line, Signature& signature) {
    if (looks_like_person_name(line) && !names_group(line)) {
        signature.names.emplace_back(line);
        return true;
    }
    if (line.starts_with("und ")) {
        line = line.substr(4); // "und die BSP-Fraktion" under the last signer
    }
    std::vector<std::string> parts;
    for (const auto& part : list_items(line)) {
        parts.emplace_back(bare_item(part));
        if (!is_signed_group(parts.back()) && !looks_like_person_name(parts.back())) {
            return false;
        }
    }
    for (auto& part : parts) {
        (names_group(part) ? signature.groups : signature.names).push_back(std::move(part));
    }
    return !parts.empty();
}

// The rest of a line that opens the signature block ("Unterzeichnet von: …", "Unterzeichnet:",
// "unterzeichnet von"); false for any other line.
bool signature_opening(std::string_view line, std::string_view& rest) {
    if (!starts_with_ci(line, kSigned)) {
        return false;
    }
    rest = trim(line.substr(kSigned.size()));
    bool von = starts_with_ci(rest, "von");
    if (von) {
        rest = trim(rest.substr(3));
    }
    if (rest.starts_with(":")) {
        rest = trim(rest.substr(1));
        return true;
    }
    return von || rest.empty();
}

// The last signature block of the text and the names under it, one or a list a line.
Signature signers(std::string_view cleaned) {
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start <= cleaned.size();) {
        std::size_t end = std::min(cleaned.find('\n', start), cleaned.size());
        std::string_view line = trim(cleaned.substr(start, end - start));
        lines.push_back(trim(line.substr(0, line.find('\t'))));
        start = end + 1;
    }
    Signature signature;
    std::size_t at = lines.size();
    std::string_view rest;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view opening_rest;
        if (signature_opening(lines[i], opening_rest)) {
            at = i;
            rest = opening_rest;
        }
    }
    if (at == lines.size()) {
        return signature;
    }
    if (!rest.empty()) {
        read_signature_line(rest, signature); // "Unterzeichnet von: Erika Beispiel"
    }
    for (std::size_t i = at + 1; i < lines.size() && signature.names.size() < kMaxSigners; ++i) {
        if (lines[i].empty()) {
            if (!signature.names.empty()) {
                break;
            }
            continue;
        }
        if (!read_signature_line(lines[i], signature)) {
            if (names_group(lines[i])) {
                continue; // a group printed over or between its signers in its own words
            }
            break;
        }
    }
    return signature;
}

// "Braun" (from "SR Braun") is the one signer whose name ends in it.
void complete_surnames(std::vector<std::string>& values, const std::vector<std::string>& names) {
    for (auto& value : values) {
        if (value.find(' ') != std::string::npos) {
            continue;
        }
        const std::string* match = nullptr;
        std::size_t matches = 0;
        for (const auto& name : names) {
            if (name.size() > value.size() && name.ends_with(value) &&
                name[name.size() - value.size() - 1] == ' ') {
                match = &name;
                ++matches;
            }
        }
        if (matches == 1) {
            value = *match;
        }
    }
}
} // namespace

std::string first_ortschaft(const CouncilDocument& doc) {
    constexpr std::string_view kOrtschaftsrat = "Ortschaftsrat ";
    if (doc.beratungsfolge.empty() ||
        !doc.beratungsfolge.front().gremium.starts_with(kOrtschaftsrat)) {
        return {};
    }
    return std::string(trim(doc.beratungsfolge.front().gremium.substr(kOrtschaftsrat.size())));
}

std::vector<std::string> read_submitter_list(std::string_view list, std::string_view ortschaft) {
    std::vector<std::string> out;
    list = trim(list);
    while (!list.empty() && (list.back() == ',' || list.back() == '.' || list.back() == ';')) {
        if (list.back() == '.' && list.size() > 1 && list[list.size() - 2] != ' ' &&
            party_shaped(list.substr(list.rfind(' ') + 1))) {
            break; // "DIE LINKE." keeps its point
        }
        list = trim(list.substr(0, list.size() - 1));
    }
    if (list.empty() || list.size() > kMaxListBytes) {
        return out;
    }
    std::vector<std::string> items;
    for (auto& item : list_items(group_phrases(list))) {
        if (!bare_item(item).empty() && !is_layout_word(bare_item(item))) {
            items.push_back(std::move(item));
        }
    }
    for (const auto& item : items) {
        if (!is_name_item(bare_item(item))) {
            return {};
        }
    }
    bool persons_follow = false;
    for (const auto& written : items) {
        std::string_view item = bare_item(written);
        if (std::string_view inner = submitter_label(item, true); !inner.empty()) {
            item = inner; // "Interfraktioneller Antrag der CDU" inside a list
        } else if (std::size_t space = item.find(' ');
                   space != std::string_view::npos &&
                   schema::submits_itself(schema::normalize_document_type(item.substr(0, space))) &&
                   names_group(item.substr(space + 1))) {
            item = trim(item.substr(space + 1)); // "Antrag BSP-Ortschaftsratsfraktion"
        }
        std::string_view group = bracket_group(item);
        if (const Office* office = office_of(item)) {
            std::string_view name = trim(item.substr(office->word.size()));
            // "Ortschaftsrat Beispielheim" is the body, "Ortschaftsrat Probe" a person.
            bool body = office->local && name.find(' ') == std::string_view::npos &&
                        (ortschaft.empty() || name == ortschaft);
            add_unique(out, std::string(body ? item : name));
            persons_follow = persons_follow || office->plural;
        } else if (!group.empty() || (persons_follow && !names_group(item))) {
            add_unique(out, std::string(item)); // a name with its group, or after "Stadträte"
        } else {
            add_unique(out, group_value(item, ortschaft));
        }
        // The group in brackets is the councillor's group in the council ("(GRÜNE)",
        // "(FDP/Aufbruch)"), named as the lists name it; "(pl)" (parteilos) names none.
        if (!group.empty() && is_name_item(group) && !equals_ci(group, "parteilos") &&
            !equals_ci(group, "fraktionslos")) {
            add_unique(out, group_value(group, ortschaft));
        }
    }
    return out;
}

void extract_submitters(const Head& head, CouncilDocument& doc) {
    if (!schema::submits_itself(doc.type)) {
        return;
    }
    const std::string ortschaft = first_ortschaft(doc);
    std::vector<std::string> out;
    read_head(head, ortschaft, out);
    read_labels(head, ortschaft, out);
    Signature signature = signers(head.cleaned);
    complete_surnames(out, signature.names);
    for (auto& name : signature.names) {
        add_unique(out, std::move(name));
    }
    for (const auto& group : signature.groups) {
        add_unique(out, group_value(group, ortschaft));
    }
    doc.submitters = std::move(out);
}

} // namespace ratsarchiv::indexer::extract
