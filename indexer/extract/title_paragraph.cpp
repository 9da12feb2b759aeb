// Reading a title paragraph in a head: where it starts (past preambles, dates and submitter
// lines), which following lines the PDF wrapped from it, and which line ends it. thema.cpp decides
// where in a head to look.
#include "indexer/extract/title_paragraph.h"

#include <algorithm>
#include <array>

#include "indexer/extract/scan.h"
#include "indexer/extract/text_clean.h"
#include "schema/document_types.h"
#include "schema/text_fold.h"

namespace ratsarchiv::indexer::extract {

namespace {
// Lines longer than this are paragraphs the PDF did not wrap (Magdeburg), not page width.
constexpr std::size_t kMaxLineChars = 140;
// How full (percent of the page width) a line plus the next word must be to count as wrapped.
constexpr std::size_t kWrapPercent = 75;
// A first title line ending in ':' and shorter than this names a topic, not the title.
constexpr std::size_t kTopicWidth = 45;

// The value column of "Verantwortlich:"/"Dienststelle:" printed after the label column:
// "VBK / Dez. 1", "KA i. B. m. StK / Dez. 1, 2, 4", or an office name's wrapped rest
// ("/ Stadtplanungsamt").
bool is_office_value(std::string_view line) {
    std::size_t dez = line.rfind("Dez. ");
    bool ends_in_dezernat =
        dez != std::string_view::npos && dez > 0 &&
        line.substr(dez + 5).find_first_not_of("0123456789, ") == std::string_view::npos;
    return ends_in_dezernat || line.starts_with("/ ") || find_ci(line, "i. B. m.") == 0 ||
           find_ci(line, "i.B.m.") == 0;
}

// "4", "12.1", "22 a - d", "32 a) + b)": the TOP value of a label column ("TOP:" printed apart
// from its value); "282, 283, 284, 285", "1477 / 1478": the numbers of a Stellungnahme to several
// papers. Digits and joining marks, with single letters for the parts of a TOP.
bool is_value_list(std::string_view line) {
    constexpr std::size_t kMaxValueList = 40;
    if (line.empty() || line.size() > kMaxValueList || !is_digit(line.front())) {
        return false;
    }
    for (std::size_t k = 0; k < line.size(); ++k) {
        char c = line[k];
        bool lone_letter = c >= 'a' && c <= 'h' &&
                           (k + 1 == line.size() || line[k + 1] == ' ' || line[k + 1] == ')');
        if (!is_digit(c) && std::string_view(" .,/+-()").find(c) == std::string_view::npos &&
            !lone_letter) {
            return false;
        }
    }
    return true;
}

} // namespace

// Lines between the label block and the title that belong to neither.
bool is_preamble(std::string_view line) {
    constexpr std::array<std::string_view, 9> kPreambles{
        "für die Sitzung", "Beratung in ", "Anzahl Anlagen", "Tagesordnungspunkt",
        "- Kurzfassung -", "Kurzfassung",  "Gedruckt auf",   "Prozent Recyclingpapier",
        "Recyclingpapier"};
    for (std::string_view p : kPreambles) {
        if (starts_with_ci(line, p)) {
            return true;
        }
    }
    // The print note broken over lines: "Gedruckt" / "auf 100 Prozent Recyclingpapier".
    if (line == "Gedruckt" || starts_with_ci(line, "auf 100 Prozent Recyclingpapier")) {
        return true;
    }
    // "G e d r u ck t a u f 100": the print note letter-spaced by the PDF.
    std::string compact;
    for (std::size_t k = 0; k < line.size() && compact.size() < 8; ++k) {
        if (line[k] != ' ') {
            compact += line[k];
        }
    }
    if (compact == "Gedruckt" && line.starts_with("G e ")) {
        return true;
    }
    if (auto number = number_at(line, 0); number && number->end == line.size()) {
        return true; // a second Vorlage number of a Stellungnahme to several Anträge
    }
    // ".": a cell the PDF left with a mark and no word.
    constexpr std::size_t kMaxMark = 2;
    bool has_word = std::any_of(line.begin(), line.end(), [](char c) {
        return is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
               static_cast<unsigned char>(c) >= 0x80;
    });
    if (is_value_list(line) || (!line.empty() && line.size() <= kMaxMark && !has_word)) {
        return true;
    }
    // "zur Anfrage" under "zum Antrag ...": a Stellungnahme's heading going on.
    for (std::string_view joint : {"zum ", "zur "}) {
        if (line.starts_with(joint) &&
            !schema::normalize_document_type(line.substr(joint.size())).empty()) {
            return true;
        }
    }
    // "Verantwortlich:" after a second Vorlage number that ended the label block.
    std::string_view rest;
    return is_page_furniture(line) || is_status_word(line) || starts_with_ci(line, "Dez. ") ||
           starts_with_ci(line, "TOP ") || is_office_value(line) ||
           label_key(line, rest) == "verantwortlich";
}

namespace {

// "22.07.2026", "Eingang 26.09.2023, SPD-Fraktion", "eingegangen am: 24.04.2020": a date of
// the head, not a title.
bool is_date_line(std::string_view line) {
    auto date = find_date(line);
    return date && (date->begin == 0 || starts_with_ci(line, "Eingang") ||
                    starts_with_ci(line, "eingegangen"));
}

// "Anfrage: GRÜNE", "Interfraktioneller Antrag: SPD, CDU", "Prüfantrag der SPD-Fraktion",
// "(Antrag der FDP)": the submitter line under a title names a paper type first.
bool is_submitter_line(std::string_view line) {
    if (line.starts_with("(")) {
        line.remove_prefix(1);
    }
    std::size_t end = line.find_first_of(":;");
    for (std::string_view joint : {" der ", " des ", " von ", " vom "}) {
        end = std::min(end, line.find(joint));
    }
    if (end == std::string_view::npos || end > 40) {
        return false;
    }
    // "Ergänzungantrag: DIE LINKE", "Änderungantrag: FW|FÜR": misspelt kinds of motion too.
    std::string_view kind = line.substr(0, end);
    bool motion = kind.find(' ') == std::string_view::npos && kind.ends_with("antrag");
    return motion || !schema::normalize_document_type(kind).empty();
}

// True when `rest` reads as a phrase ("Jährlich 2 Bürgerfragestunden in der Geschäftsordnung
// verbindlich"), not a list of submitters ("SPD, CDU", "Antrag der SPD- und CDU-Fraktionen"):
// five words or more, one of them a lower-case word other than a joining article.
bool reads_as_phrase(std::string_view rest) {
    constexpr std::array<std::string_view, 7> kJoining{"und", "der", "des",  "von",
                                                       "vom", "im",  "sowie"};
    std::size_t words = 0;
    bool lower_word = false;
    for (std::size_t p = 0; p < rest.size();) {
        std::size_t e = std::min(rest.find(' ', p), rest.size());
        std::string_view word = rest.substr(p, e - p);
        if (!word.empty()) {
            ++words;
            lower_word =
                lower_word || (starts_lower(word) &&
                               std::find(kJoining.begin(), kJoining.end(), word) == kJoining.end());
        }
        p = e + 1;
    }
    // "Sanierungsgebiet Grünwinkel - Ergebnisse der ...": a dash between words joins title parts.
    bool title_dash = rest.find(" - ") != std::string_view::npos;
    return words >= 5 && (lower_word || title_dash);
}

// "Anfrage: SPD" above the title: exactly a paper type before the colon. "Änderungsantrag:
// Jährlich 2 Bürgerfragestunden ..." is the title itself, as the city names such papers.
bool is_submitter_heading(std::string_view line) {
    std::size_t colon = line.find(':');
    return colon != std::string_view::npos && colon < 40 &&
           !schema::normalize_document_type(line.substr(0, colon)).empty() &&
           !reads_as_phrase(trim(line.substr(colon + 1)));
}

// "CDU-OR-Fraktion", "B'90/DIE GRÜNEN-OR-Fraktion", "Anfrage SPD-Ortschaftsratsfraktion": a
// short line naming a Fraktion (after an optional paper type) is the submitter, not title.
bool is_fraktion_line(std::string_view line) {
    if (line.ends_with(",")) {
        line.remove_suffix(1); // "SPD-OR-Fraktion," before a second submitter
    }
    std::size_t words = std::count(line.begin(), line.end(), ' ') + 1;
    std::size_t last = line.rfind(' ');
    std::string_view tail = last == std::string_view::npos ? line : line.substr(last + 1);
    bool fraktion =
        tail.ends_with("Fraktion") || tail.ends_with("fraktion") || tail.ends_with("fraktionen");
    return fraktion && words <= 4 && line.find(':') == std::string_view::npos &&
           (words == 1 || tail.find('-') != std::string_view::npos ||
            !schema::normalize_document_type(line.substr(0, line.find(' '))).empty());
}

// "Antrag der BFW-Ortschaftsratsfraktion Wettersbach": a submitter line that names the Fraktion
// with its Ortschaft is part of the city's title (45 of 51 Karlsruhe labels with such a line
// include it; a line ending in "...fraktion" is left out by all 100 labels with one).
bool is_placed_submitter_line(std::string_view line) {
    std::string_view rest = line;
    if (rest.ends_with(" (interfraktionell)")) {
        rest.remove_suffix(19);
    }
    std::size_t last = rest.rfind(' ');
    if (last == std::string_view::npos || !is_submitter_line(line)) {
        return false;
    }
    std::string_view before = rest.substr(0, last);
    std::string_view place = rest.substr(last + 1);
    return (before.ends_with("fraktion") || before.ends_with("fraktionen")) &&
           starts_upper(place) && place.find_first_of("-/") == std::string_view::npos;
}

// "... (CDU-Gemeinderatsfraktion)": a council Fraktion in parentheses after the title.
// "(Antrag der Ortschaftsräte ...)", "(Anfrage von Ortschaftsrat ...)", "(Antrag SPD-Fraktion)"
// and "(MfG-Fraktion)" are kept as the city keeps them in its titles (6 of 7 Karlsruhe labels
// with a paper type in the parentheses).
void strip_trailing_submitter(std::string& title) {
    if (title.empty() || title.back() != ')') {
        return;
    }
    std::size_t open = title.rfind(" (");
    if (open == std::string::npos) {
        return;
    }
    std::string_view inside = std::string_view(title).substr(open + 2);
    inside.remove_suffix(1);
    bool council_fraktion =
        is_fraktion_line(inside) && inside.ends_with("fraktion") &&
        schema::normalize_document_type(inside.substr(0, inside.find(' '))).empty();
    if (council_fraktion) {
        title.erase(open);
    }
}

// "Gremien Termin TOP", "Gremium" alone: the Beratungsfolge table starts (but "Gremien: ..."
// continues a title).
bool is_committee_column(std::string_view line) {
    if (!starts_with_ci(line, "Gremium") && !starts_with_ci(line, "Gremien")) {
        return false;
    }
    return line.size() == 7 || find_ci(line, "Termin") != std::string_view::npos ||
           find_ci(line, "Datum") != std::string_view::npos || line[7] == '\t';
}

} // namespace

bool ends_title(std::string_view line) {
    std::string_view rest;
    return line.empty() || !label_key(line, rest).empty() || is_status_word(line) ||
           line.find("Zuordnung im Haushaltsplan") != std::string_view::npos ||
           is_committee_column(line) || starts_with_ci(line, "Beratungsfolge") ||
           starts_with_ci(line, "- Kurzfassung") || starts_with_ci(line, "Kurzfassung") ||
           line.ends_with("(Kurzfassung)");
}

namespace {

// The text width of the page in characters: the longest ordinary line of the head. A title
// line is wrapped by the PDF when the next line's first word would not have fit behind it.
std::size_t page_width(const Head& head) {
    std::size_t width = 0;
    for (const auto& line : head.lines) {
        std::size_t n = schema::utf8_length(line);
        if (n <= kMaxLineChars && line.find('\t') == std::string::npos) {
            width = std::max(width, n);
        }
    }
    return width;
}

// A line ending in a dash, comma or function word cannot end a title.
bool open_ended(std::string_view title) {
    constexpr std::array<std::string_view, 20> kOpenEnds{
        " -",   " \xE2\x80\x93", ",",    ";",    "/",    " und", " oder", " der", " die", " das",
        " des", " f\xC3\xBCr",   " zum", " zur", " von", " im",  " in",   " mit", " auf", " an"};
    for (std::string_view end : kOpenEnds) {
        if (title.ends_with(end)) {
            return true;
        }
    }
    return false;
}

bool wrapped_before(std::size_t previous_chars, std::string_view next, std::size_t width) {
    std::size_t word = schema::utf8_length(next.substr(0, next.find(' ')));
    return (previous_chars + 1 + word) * 100 > width * kWrapPercent;
}

// Leading dashes ("---Aufstellungsbeschluss"), a trailing dash and quotes around the whole title
// are typography, not title.
void trim_title(std::string& title) {
    std::size_t lead = 0;
    while (lead < title.size() && (title[lead] == '-' || title[lead] == ' ')) {
        ++lead;
    }
    title.erase(0, lead);
    while (title.size() > 1 && (title.back() == '-' || title.back() == ' ')) {
        title.pop_back();
    }
    if (title.size() > 2 && title.front() == '"' && title.back() == '"' &&
        title.find('"', 1) == title.size() - 1) {
        title = title.substr(1, title.size() - 2);
    }
}

// "Vergabe von Tiefbauarbeiten", "Abschluss einer Rahmenvereinbarung über ...": the procedure
// line under a building project's title, which the city leaves out of its names (82 of 99
// Karlsruhe labels with such a line).
bool is_procedure_line(const std::string& title, std::string_view line) {
    bool open_paren =
        std::count(title.begin(), title.end(), '(') > std::count(title.begin(), title.end(), ')');
    return (line.starts_with("Vergabe ") ||
            line.starts_with("Abschluss einer Rahmenvereinbarung")) &&
           !open_ended(title) && !open_paren;
}

// A submitter, procedure or Fraktion line under the title, or a line that ends every title.
bool stops_title(const std::string& title, std::string_view line) {
    return ends_title(line) ||
           (!title.empty() &&
            (is_submitter_line(line) || is_procedure_line(title, line) ||
             (is_fraktion_line(line) && !open_ended(title) && !line.starts_with("/"))));
}

// "Baubeschluss", "Konzeptbeschluss": the kind of decision on a line of its own. Above the
// title the city's title starts with it ("Baubeschluss: Umfahrung ...").
bool is_decision_word(std::string_view line) {
    return line.size() > 10 && line.find(' ') == std::string_view::npos && starts_upper(line) &&
           line.ends_with("beschluss");
}

// "Änderungsantrag: BSP", "Ergänzungsantrag: BSP, MUS": the submitter line of an amendment.
bool is_amendment_submitter(std::string_view line) {
    return (line.starts_with("\xC3\x84nderung") || line.starts_with("Erg\xC3\xA4nzung") ||
            line.starts_with("Zusatzantrag")) &&
           is_submitter_line(line);
}

// "<title of the amended paper>:" / "<the amendment's own demand>" / "Änderungsantrag: BSP":
// the city names an amendment after the paper it amends, the title up to a colon that ends a
// printed line (7 of 8 Karlsruhe labels of such heads). `colon_end` is the title's length up
// to that colon (npos when no line ends in one).
void cut_at_amended_title(std::string& title, std::size_t colon_end, std::string_view stop) {
    if (colon_end != std::string::npos && colon_end < title.size() &&
        is_amendment_submitter(stop)) {
        title.resize(colon_end - 1);
    }
}

} // namespace

// The first line from `start` on that is no preamble, date or submitter line. A label value or
// preamble line ending in a comma continues on the next line ("Eingang: 03.01.2031,
// Interfraktioneller Antrag der BSP-Fraktion," / "MUS-Fraktion und Stadtrat Muster (XYZ)").
std::size_t first_title_line(const Head& head, std::size_t start) {
    std::size_t i = start;
    auto continues_above = [&](std::size_t line) {
        return line > 0 && (line == head.block_end || line > start) &&
               head.lines[line - 1].ends_with(",") && !head.lines[line].empty();
    };
    while (i < head.lines.size() &&
           (head.lines[i].empty() || is_preamble(head.lines[i]) ||
            is_submitter_heading(head.lines[i]) || is_date_line(head.lines[i]) ||
            is_fraktion_line(head.lines[i]) || continues_above(i))) {
        ++i;
    }
    return i;
}

std::string title_from(const Head& head, std::size_t start, bool keep_topic) {
    const std::size_t width = page_width(head);
    std::size_t i = first_title_line(head, start);
    std::string title;
    std::size_t previous_length = 0;
    bool first_line_topic = false;
    std::size_t colon_end = std::string::npos;
    for (; i < head.lines.size(); ++i) {
        std::string_view line = cells(head.lines[i]).front();
        // "Sportfördermittel für Sportvereine Vorlage Nr.:", "SPD-Gemeinderatsfraktion Vorlage
        // Nr.: 2031/1208": the label column printed on the title's or submitter's line.
        std::size_t label = find_ci(line, " Vorlage Nr.:");
        bool label_follows_on_line = label != std::string_view::npos;
        if (label_follows_on_line) {
            line = trim(line.substr(0, label));
        }
        if (!title.empty() && is_placed_submitter_line(line)) {
            append_joined(title, line);
            break;
        }
        bool next_ends = i + 1 >= head.lines.size() || ends_title(head.lines[i + 1]);
        if (stops_title(title, line)) {
            cut_at_amended_title(title, colon_end, line);
            break;
        }
        if (title.empty() && is_decision_word(line) && !next_ends) {
            title = std::string(line) + ":"; // "Baubeschluss" over the title: "Baubeschluss: ..."
            continue;
        }
        bool wrapped =
            title.empty() || wrapped_before(previous_length, line, width) || open_ended(title) ||
            (!title.empty() && (title.back() == '-' || title.back() == ':')) || starts_lower(line);
        if (!wrapped) {
            break;
        }
        if (title.empty()) {
            first_line_topic = line.ends_with(":");
        }
        append_joined(title, line);
        previous_length = schema::utf8_length(head.lines[i]);
        if (line.ends_with(":") && schema::utf8_length(line) >= kTopicWidth) {
            colon_end = title.size(); // not a short topic line ("Kombilösung:")
        }
        if (label_follows_on_line) {
            break;
        }
    }
    strip_trailing_submitter(title);
    trim_title(title);
    if (title.size() > 1 && title.back() == '.' && title[title.size() - 2] != '.') {
        title.pop_back(); // titles carry no full stop; "ff." and "schaffen." lose theirs too
    }
    // "Kombilösung:" / "BUND-Gutachten ...": a short topic line heads the actual title.
    std::size_t colon = title.find(": ");
    // Only older papers (label column with "Gremium:") head their title with a topic line.
    // Sessions before 2014 keep it in the city's names ("Kombilösung: ...").
    bool topic_layout = head.labels.count("gremium") != 0 && !keep_topic;
    if (colon != std::string::npos && colon + 1 < kTopicWidth && first_line_topic && topic_layout) {
        title.erase(0, colon + 2);
    }
    return title;
}

// "Thema: ... (Antrag" + "der SPD-Fraktion)": a labeled title wrapped onto the next lines.
std::string continued_title(const Head& head, std::size_t line_index, std::string_view first) {
    const std::size_t width = page_width(head);
    std::string title(first);
    for (std::size_t i = line_index + 1; i < head.lines.size(); ++i) {
        std::string_view next = cells(head.lines[i]).front();
        bool open_paren = std::count(title.begin(), title.end(), '(') >
                          std::count(title.begin(), title.end(), ')');
        if (ends_title(next) || is_submitter_line(next) ||
            !(open_paren || open_ended(title) || starts_lower(next) ||
              wrapped_before(schema::utf8_length(head.lines[i - 1]), next, width))) {
            break;
        }
        append_joined(title, next);
    }
    strip_trailing_submitter(title);
    trim_title(title);
    return title;
}

} // namespace ratsarchiv::indexer::extract
