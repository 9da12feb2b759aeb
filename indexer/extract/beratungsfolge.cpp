// The Beratungsfolge: the head's consultation table ("Gremium Termin TOP ö nö",
// "Gremien Termin TOP Ö / N Zuständigkeit", Magdeburg's "Beratung Tag Behandlung" and
// "Verteiler Tag", Aschersleben's "Nr. Gremium Datum ja nein Enth."). A row's public status
// column is read by beratung_status.h; heads without a table (label blocks, column blocks, a
// row without a header, a session sentence) by beratung_blocks.h.
#include <algorithm>
#include <array>
#include <cctype>

#include "indexer/extract/beratung_blocks.h"
#include "indexer/extract/beratung_status.h"
#include "indexer/extract/document_date.h"
#include "indexer/extract/field_extractors.h"
#include "indexer/extract/scan.h"
#include "schema/gremium_names.h"

namespace ratsarchiv::indexer::extract {

namespace {
constexpr std::size_t kMaxTableLines = 24;
// Committee names are short; a longer line is prose after the table.
constexpr std::size_t kMaxGremiumLength = 80;
// A Gremium name wrapped over lines has short parts; a longer line without a date is prose.
constexpr std::size_t kMaxWrappedGremium = 50;

// Words that start a sentence but no committee name: "Am 9. Juni 2024 stehen ...", "Zum
// 12.12.2017 erhielten wir ...", "Wie viele Personen haben seit dem 1. August 2024 ...".
constexpr std::array<std::string_view, 16> kSentenceStarts{
    "Am",  "Zum", "Zur",  "Im",   "Vom", "Seit", "Bis",  "Ab",
    "Wie", "Was", "Wann", "Nach", "Bei", "Mit",  "Laut", "Gem\xC3\xA4\xC3\x9F"};

// Words in lower case: a committee name has at most three ("Ausschuss für kommunale Rechts-
// und Bürgerangelegenheiten"), a sentence has more.
// A joint session ("Haupt- und Finanzausschuss gemeinsam mit dem Sportausschuss") names two.
std::size_t lower_case_words(std::string_view s) {
    if (s.find(" gemeinsam mit ") != std::string_view::npos) {
        return 0;
    }
    std::size_t count = 0;
    for (std::size_t start = 0; start < s.size();) {
        std::size_t space = s.find(' ', start);
        std::size_t end = space == std::string_view::npos ? s.size() : space;
        count += starts_lower(s.substr(start, end - start)) ? 1 : 0;
        start = end + 1;
    }
    return count;
}

bool is_table_header(std::string_view line) {
    // "GremiumTerminTOPönö": PDF text that lost the spaces between the column titles.
    constexpr std::array<std::string_view, 8> kHeaders{
        "Beratungsfolge", "Verteiler",    "Nr.\tGremium",  "Nr. Gremium",
        "Beratung\tTag",  "Beratung Tag", "GremiumTermin", "GremienTermin"};
    for (std::string_view h : kHeaders) {
        if (starts_with_ci(line, h)) {
            return true;
        }
    }
    // "Gremium Termin TOP ö nö", "Gremien\tSitzungstermin", "Gremium\tDatum": a committee
    // column followed by a date column.
    bool committee = starts_with_ci(line, "Gremium ") || starts_with_ci(line, "Gremien ") ||
                     starts_with_ci(line, "Gremium\t") || starts_with_ci(line, "Gremien\t");
    // "Gemeinderat Termin TOP ö nö": the PDF put a row's name over the column title.
    if (line.size() < 60 && find_ci(line, " Termin TOP") != std::string_view::npos) {
        return true;
    }
    return committee && line.size() < 80 &&
           (find_ci(line, "termin") != std::string_view::npos ||
            find_ci(line, "Datum") != std::string_view::npos ||
            find_ci(line, "Tag") != std::string_view::npos);
}

// "1 .", "2." numbering before the Gremium in Aschersleben tables.
std::string_view strip_enumeration(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && is_digit(s[i])) {
        ++i;
    }
    if (i > 0 && i < s.size()) {
        std::size_t j = i;
        while (j < s.size() && s[j] == ' ') {
            ++j;
        }
        if (j < s.size() && s[j] == '.') {
            return trim(s.substr(j + 1));
        }
    }
    return s;
}

// Reads what follows the date in a row: status, role, result, votes.
void read_row_rest(std::string_view rest, bool votes_table, BeratungStep& step) {
    auto parts = cells(trim(rest));
    if (votes_table && parts.size() >= 3) {
        int values[3] = {0, 0, 0};
        bool ok = true;
        for (int k = 0; k < 3 && ok; ++k) {
            std::string_view p = parts[static_cast<std::size_t>(k)];
            if (p == "/" || p == "-") {
                continue;
            }
            ok = !p.empty() && p.size() <= 3;
            for (char c : p) {
                ok = ok && is_digit(c);
            }
            if (ok) {
                values[k] = std::stoi(std::string(p));
            }
        }
        if (ok) {
            step.votes = Votes{values[0], values[1], values[2]};
            return;
        }
    }
    std::string_view r = trim(rest);
    if (find_ci(r, "nicht \xC3\xB6"
                   "ffentlich") != std::string_view::npos ||
        find_ci(r, "nicht\xC3\xB6"
                   "ffentlich") != std::string_view::npos) {
        step.is_public = false;
    } else if (find_ci(r, "\xC3\xB6"
                          "ffentlich") != std::string_view::npos) {
        step.is_public = true;
    }
    for (std::string_view role : {"Entscheidung", "Vorberatung", "Kenntnisnahme", "Anhörung"}) {
        if (find_ci(r, role) != std::string_view::npos) {
            step.role = std::string(role);
        }
    }
    if (r.size() > 4 && r.front() == '-' && r.back() == '-') {
        step.result = std::string(trim(r.substr(1, r.size() - 2)));
    }
}

// Whether a table's column header has a TOP column ("Beratungsfolge Sitzung am TOP ö nö
// Ergebnis").
bool has_top_column(std::string_view columns) {
    for (std::size_t at = columns.find("TOP"); at != std::string_view::npos;
         at = columns.find("TOP", at + 3)) {
        const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(columns[at - 1]));
        const bool ends =
            at + 3 >= columns.size() || !std::isalpha(static_cast<unsigned char>(columns[at + 3]));
        if (starts && ends) {
            return true;
        }
    }
    return false;
}

// The agenda item a row gives right after its date ("Gemeinderat 21.07.2009 5 Zustimmung"):
// a number of up to three digits, or an item and a sub-item ("12.1", "6 a").
std::string row_top(std::string_view rest) {
    std::string_view r = trim(rest);
    std::string_view cell = r.substr(0, std::min(r.find_first_of(" \t"), r.size()));
    std::size_t digits = 0, dots = 0;
    for (char c : cell) {
        digits += is_digit(c);
        dots += c == '.';
    }
    const bool item = !cell.empty() && is_digit(cell.front()) && is_digit(cell.back()) &&
                      digits + dots == cell.size() && dots <= 1 && digits <= 4 &&
                      (dots == 1 || digits <= 3);
    if (!item) {
        return {};
    }
    // A sub-item by letter ("6 a", "6 b"): the letter stands alone before the next cell.
    std::string_view after = r.substr(cell.size());
    if (after.size() >= 2 && after[0] == ' ' && after[1] >= 'a' && after[1] <= 'z' &&
        (after.size() == 2 || after[2] == ' ' || after[2] == '\t')) {
        return std::string(cell) + " " + after[1];
    }
    return std::string(cell);
}

// Section headings that follow the table; a line like these ends it.
bool ends_table(std::string_view line) {
    for (std::string_view h :
         {"Kurzfassung", "Beschlussantrag", "Beschlussvorschlag", "Sachverhalt", "Begründung",
          "Die Verwaltung", "Der Gemeinderat", "Antrag:"}) {
        if (starts_with_ci(line, h)) {
            return true;
        }
    }
    return false;
}

// A line the PDF wrapped from a committee name ("Ausschuss für öffentliche" / "Einrichtungen",
// "Ausschuss für Umwelt und Ge-" / "sundheit"); a note between rows ends in a participle
// ("Liste 2 beanstandet", "Verwiesen in den Ausschuss vertagt").
bool is_name_part(std::string_view line, const std::vector<std::string_view>& pending) {
    if (!pending.empty() && pending.back().ends_with("-")) {
        return true;
    }
    // A name starts with a capital and has a word of three letters or more; "ermin", "OP I ö"
    // are column titles the PDF broke apart.
    bool word = false;
    for (std::size_t start = 0; start < line.size() && !word;) {
        std::size_t end = std::min(line.find(' ', start), line.size());
        word = end - start > 2;
        start = end + 1;
    }
    if (!word || (pending.empty() && !starts_upper(line))) {
        return false;
    }
    std::size_t space = line.rfind(' ');
    std::string_view last = space == std::string_view::npos ? line : line.substr(space + 1);
    return !starts_upper(line) || !starts_lower(last) ||
           !(last.ends_with("t") || last.ends_with("en"));
}

// What follows a row's date is cells (TOP, cross, status, role, result); a sentence goes on
// with words in lower case: "hat der Gemeinderat beschlossen, zum 01.01.2017 ...".
bool is_prose(std::string_view rest) {
    return lower_case_words(trim(rest)) > 3;
}

// The Gremium of a row: its own text before the date, after up to three short lines the PDF
// wrapped it from ("Betriebsausschuss Eigenbetrieb" / "Abfallwirtschaft und" / "Stadtreinigung").
std::string row_gremium(const std::vector<std::string_view>& pending, std::string_view name) {
    std::string joined;
    for (std::string_view p : pending) {
        append_joined(joined, p);
    }
    append_joined(joined, name);
    return joined;
}

// "Hauptausschuss16.04.20135": older PDF text runs the cells of a row together, so the year
// is followed by the TOP. The date is read right after the name, with a four-digit year.
std::optional<DateMatch> glued_row_date(std::string_view line) {
    for (std::size_t p = 1; p + 10 <= line.size(); ++p) {
        std::string_view d = line.substr(p, 10);
        bool shape = d[2] == '.' && d[5] == '.';
        for (std::size_t k : {0, 1, 3, 4, 6, 7, 8, 9}) {
            shape = shape && is_digit(d[k]);
        }
        char before = line[p - 1];
        if (!shape || is_digit(before) || before == ' ' || before == '.' || before == '\t') {
            continue;
        }
        int day = (d[0] - '0') * 10 + (d[1] - '0');
        int month = (d[3] - '0') * 10 + (d[4] - '0');
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            continue;
        }
        std::string iso = std::string(d.substr(6, 4)) + "-" + std::string(d.substr(3, 2));
        iso.append("-").append(d.substr(0, 2));
        return DateMatch{iso, p, p + 10};
    }
    return std::nullopt;
}

// "Gemeinderat 07./08.11.2021", "16./17./18.12.2025": a session over several days of one month
// is dated by its first day.
std::string first_session_day(std::string_view line, const DateMatch& date) {
    std::size_t p = date.begin;
    std::string_view day;
    while (p >= 4 && line[p - 1] == '/' && line[p - 2] == '.' && is_digit(line[p - 3]) &&
           is_digit(line[p - 4])) {
        day = line.substr(p - 4, 2);
        p -= 4;
    }
    if (day.empty() || date.iso.size() != 10 || day >= std::string_view(date.iso).substr(8)) {
        return date.iso;
    }
    return date.iso.substr(0, 8) + std::string(day);
}

// A row's date: a German date, or one glued to the name and the TOP.
std::optional<DateMatch> row_date(std::string_view line) {
    auto date = find_date(line);
    return date ? date : glued_row_date(line);
}

// The number of consecutive lines from `i` that hold only a date (column markers skipped).
std::size_t date_lines_from(const Head& head, std::size_t i) {
    std::size_t count = 0;
    for (; i < head.lines.size(); ++i) {
        std::string_view line = head.lines[i];
        if (line.empty() || is_beratung_marker(line)) {
            continue;
        }
        auto date = find_date(line);
        if (!date || date->begin != 0) {
            break;
        }
        ++count;
    }
    return count;
}

// The names of a Gremium column: a line ending in a lower-case word or a hyphen was wrapped from
// the name before ("Ausschuss für öffentliche" / "Einrichtungen").
std::vector<std::string> column_names(const std::vector<std::string_view>& lines) {
    std::vector<std::string> names;
    bool continues = false;
    for (std::string_view line : lines) {
        if (continues && !names.empty()) {
            append_joined(names.back(), line);
        } else {
            names.emplace_back(line);
        }
        std::size_t last_space = line.rfind(' ');
        std::string_view last_word =
            last_space == std::string_view::npos ? line : line.substr(last_space + 1);
        continues = starts_lower(last_word) || line.ends_with("-");
    }
    return names;
}

// Older PDFs emit the Gremium column, then the Termin column: "Gemeinderat", "Hauptausschuss",
// "29.09.2020", "17.11.2020". The n names pair with the n dates in order.
std::size_t read_split_columns(const Head& head, std::size_t i,
                               const std::vector<std::string>& names, CouncilDocument& doc) {
    std::size_t next = 0;
    for (; i < head.lines.size() && next < names.size(); ++i) {
        std::string_view line = head.lines[i];
        auto date = find_date(line);
        if (line.empty() || is_beratung_marker(line) || !date) {
            continue;
        }
        BeratungStep step;
        step.gremium = schema::normalize_gremium(names[next++]);
        step.date = date->iso;
        doc.beratungsfolge.push_back(std::move(step));
    }
    return i;
}

// A Fraktion (a party's group) never deliberates on a paper: "Gemeinderatsfraktion" in a row's
// Gremium cell is the council picked from the wrong entry of the form's word list.
std::string council_of_fraktion_entry(std::string gremium) {
    for (std::string_view council : {"Gemeinderat", "Ortschaftsrat"}) {
        if (gremium.size() == council.size() + 9 && gremium.starts_with(council) &&
            gremium.ends_with("sfraktion")) {
            return std::string(council);
        }
    }
    return gremium;
}

// A row printed whole after split columns may repeat a step those columns gave without its
// cells ("Gemeinderat" / "17.11.2020" ... "Gemeinderat 17.11.2020 21 x"): the row replaces it.
void add_row_step(CouncilDocument& doc, BeratungStep&& step) {
    for (BeratungStep& earlier : doc.beratungsfolge) {
        bool bare =
            !earlier.is_public && earlier.role.empty() && earlier.result.empty() && !earlier.votes;
        if (bare && earlier.gremium == step.gremium && earlier.date == step.date) {
            earlier = std::move(step);
            return;
        }
    }
    doc.beratungsfolge.push_back(std::move(step));
}

std::size_t read_table(const Head& head, std::size_t header, CouncilDocument& doc) {
    // The column header may follow a title line ("Beratungsfolge dieser Vorlage").
    std::string columns;
    for (std::size_t i = header; i < head.lines.size() && i < header + 3; ++i) {
        columns += head.lines[i] + "\n";
    }
    bool votes_table = find_ci(head.lines[header], "nein") != std::string_view::npos;
    const bool top_column = !votes_table && has_top_column(columns);
    std::vector<std::string_view> pending; // Gremium lines whose date is on a later line
    bool previous_row_open = false;        // the last row was a bare date or ended in "/"
    std::size_t end = header + 1;
    for (std::size_t i = header + 1; i < head.lines.size() && i < header + kMaxTableLines; ++i) {
        std::string_view line = head.lines[i];
        if (line.empty() || is_beratung_marker(line)) {
            continue;
        }
        if (ends_table(line)) {
            break;
        }
        auto date = row_date(line);
        if (!date) {
            if (pending.size() == 3 || line.size() > kMaxWrappedGremium || line.ends_with(":")) {
                break; // "Die CDU-Gemeinderatsfraktion Karlsruhe beantragt:"
            }
            if (!is_name_part(line, pending)) {
                continue; // a note between rows: "Liste 2 beanstandet"
            }
            pending.push_back(line);
            continue;
        }
        std::string_view name = strip_enumeration(trim(line.substr(0, date->begin)));
        if (!is_gremium_name(name) || is_prose(line.substr(date->end))) {
            break; // prose under the table: "... erhielt das Jobcenter im Zeitraum vom 01.06.2015"
        }
        auto names = column_names(pending);
        if (name.empty() && names.size() > 1 && date_lines_from(head, i) == names.size()) {
            // Rows printed whole may follow the split columns ("AföE 29.10.2015 5").
            end = read_split_columns(head, i, names, doc);
            i = end - 1;
            pending.clear();
            continue;
        }
        std::string gremium = row_gremium(pending, name);
        if (gremium.empty() && previous_row_open && !doc.beratungsfolge.empty()) {
            // A date without a name after a row that left its date open: the same committee met
            // again ("Gremium X 06.03.2024 /" / "08.07.2024"; "Ausschuss für öffentliche" /
            // "Einrichtungen" / "17.02.2011" / "12.05.2011 5").
            gremium = doc.beratungsfolge.back().gremium;
        }
        previous_row_open = name.empty() || trim(line).ends_with("/");
        if (lower_case_words(gremium) > 3) {
            break; // sentences above a date: not a wrapped committee name
        }
        BeratungStep step;
        step.gremium = council_of_fraktion_entry(schema::normalize_gremium(gremium));
        step.date = first_session_day(line, *date);
        std::string_view rest = line.substr(date->end);
        if (!rest.empty() && rest.front() == ')') {
            rest.remove_prefix(1); // "12.\t07.2022)": a stray parenthesis of the PDF table
        }
        read_row_rest(rest, votes_table, step);
        if (top_column) {
            step.top = row_top(rest);
        }
        read_public_column(head, i, rest, columns, step);
        pending.clear();
        if (!step.gremium.empty()) {
            add_row_step(doc, std::move(step));
        }
        end = i + 1;
    }
    return doc.beratungsfolge.empty() ? 0 : end;
}

} // namespace

// A committee name, not a sentence (see beratung_blocks.h).
bool is_gremium_name(std::string_view name) {
    if (name.empty()) {
        return true; // the name stands on the line before
    }
    if (name.size() > kMaxGremiumLength || !starts_upper(name)) {
        return false;
    }
    // "I. Am": an enumerated paragraph of prose.
    if (name.size() > 3 && name[1] == '.' && name[2] == ' ') {
        name.remove_prefix(3);
    }
    std::string_view first = name.substr(0, name.find(' '));
    for (std::string_view start : kSentenceStarts) {
        if (first == start) {
            return false;
        }
    }
    if (lower_case_words(name) > 3) {
        return false;
    }
    for (std::string_view tail : {" vom", " am", " bis", " ab", " seit", " zum", " den"}) {
        if (name.ends_with(tail)) {
            return false;
        }
    }
    if (name.find(':') != std::string_view::npos ||
        (name.find(')') != std::string_view::npos && name.find('(') == std::string_view::npos)) {
        return false;
    }
    // Verbs and prepositions of a sentence: "Der Oberbürgermeister wird beauftragt, ab dem".
    for (std::string_view word : {" wird ", " werden ", " ist ", " sind ", " hat ", " haben ",
                                  " dem ", " den ", " an ", " seit ", " wir "}) {
        if (name.find(word) != std::string_view::npos) {
            return false;
        }
    }
    return true;
}

// Column markers and header remnants between rows: "x", "ö", "nö", "Ergebnis", ...
bool is_beratung_marker(std::string_view line) {
    if (line.size() <= 3) {
        return true;
    }
    constexpr std::array<std::string_view, 7> kMarkers{
        "Ergebnis", "Zuständigkeit", "Ö / N", "ö nö", "TOP", "Gremium Termin", "Gremien Termin"};
    for (std::string_view m : kMarkers) {
        if (starts_with_ci(line, m)) {
            return true;
        }
    }
    // Column titles the PDF put on lines of their own ("Beratungsfolge" / "dieser" / "Vorlage" /
    // "Gremium" / "Termin" / "TOP" / "ö" / "nö Ergebnis"): no row, no part of a name.
    constexpr std::array<std::string_view, 7> kTitles{"Gremium", "Gremien", "Termin", "Termin TOP",
                                                      "Status",  "dieser",  "Vorlage"};
    for (std::string_view title : kTitles) {
        if (line == title) {
            return true;
        }
    }
    return starts_with_ci(line, "n\xC3\xB6 ");
}

namespace {
// A step dated in a year no council sat ("20./21.11.1018": a digit lost in the PDF) would make
// a session a thousand years ago and date the paper by it; the step keeps its Gremium. Steps
// may lie ahead (a paper's coming sessions), so only years before plausible_year's first are out.
void drop_impossible_step_dates(CouncilDocument& doc) {
    for (auto& step : doc.beratungsfolge) {
        if (!step.date || step.date->size() < 4) {
            continue;
        }
        const int year = std::stoi(step.date->substr(0, 4));
        if (year < 2000 && !plausible_year(year)) {
            doc.diagnostics.push_back(
                {"beratungsfolge",
                 "date " + *step.date + " of " + step.gremium + " has an impossible year: left out",
                 0, Severity::Note});
            step.date.reset();
        }
    }
}
} // namespace

std::size_t extract_beratungsfolge(const Head& head, CouncilDocument& doc) {
    if (head.type == "Niederschrift") {
        return 0; // a Niederschrift records a session; it has no consultation sequence
    }
    for (std::size_t i = 0; i < head.lines.size() && i < 90; ++i) {
        if (is_table_header(head.lines[i])) {
            std::size_t end = read_table(head, i, doc);
            if (end > 0) {
                drop_impossible_step_dates(doc);
                return end;
            }
        }
    }
    read_block_steps(head, doc);
    drop_impossible_step_dates(doc);
    return 0;
}

} // namespace ratsarchiv::indexer::extract
