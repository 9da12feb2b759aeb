// The thema (title): "Thema: ..." or Magdeburg's "Bezeichnung" cell; otherwise the paragraph
// after the label block (and after a Beratungsfolge table that directly follows it), up to a
// blank line, a table or a label. A title wrapped by the PDF continues only from a long line.
// Karlsruhe Stellungnahmen then get the name the city gives their paper (thema_composition.h).
#include <algorithm>
#include <array>

#include "indexer/extract/field_extractors.h"
#include "indexer/extract/scan.h"
#include "indexer/extract/text_clean.h"
#include "indexer/extract/thema_composition.h"
#include "schema/document_types.h"

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

bool ends_title(std::string_view line) {
    std::string_view rest;
    return line.empty() || !label_key(line, rest).empty() || is_status_word(line) ||
           line.find("Zuordnung im Haushaltsplan") != std::string_view::npos ||
           is_committee_column(line) || starts_with_ci(line, "Beratungsfolge") ||
           starts_with_ci(line, "- Kurzfassung") || starts_with_ci(line, "Kurzfassung") ||
           line.ends_with("(Kurzfassung)");
}

std::size_t chars(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) {
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return n;
}

// The text width of the page in characters: the longest ordinary line of the head. A title
// line is wrapped by the PDF when the next line's first word would not have fit behind it.
std::size_t page_width(const Head& head) {
    std::size_t width = 0;
    for (const auto& line : head.lines) {
        std::size_t n = chars(line);
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
    std::size_t word = chars(next.substr(0, next.find(' ')));
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

std::string title_from(const Head& head, std::size_t start, bool keep_topic = false) {
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
        previous_length = chars(head.lines[i]);
        if (line.ends_with(":") && chars(line) >= kTopicWidth) {
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
              wrapped_before(chars(head.lines[i - 1]), next, width))) {
            break;
        }
        append_joined(title, next);
    }
    strip_trailing_submitter(title);
    trim_title(title);
    return title;
}

// "Thema: Hochwasserschutz" where the newer layout prints its title, after a label block of
// "Vorlage Nr.:" with "Eingang:" or "Verantwortlich:" (no Gremium column): the submitter typed
// the word into the title, and the city's names keep it (5 of 5 Karlsruhe labels of such heads).
// Under other label blocks "Thema:" is a label, no part of the title.
bool typed_in_title_place(const Head& head, std::size_t line_index) {
    const auto& labels = head.labels;
    bool newer_block = labels.count("vorlage") != 0 && labels.count("gremium") == 0 &&
                       (labels.count("eingang") != 0 || labels.count("verantwortlich") != 0);
    return newer_block && head.block_end > 0 && line_index >= head.block_end &&
           starts_with_ci(head.lines[line_index], "Thema:");
}

// "Transferaufwendungen", "Personalaufwendungen (Sperrvermerk)", "Auszahlungen für
// Baumaßnahmen": the kind of expense a budget motion is about.
bool is_expense_kind(std::string_view line) {
    constexpr std::size_t kMaxKind = 60;
    return line.size() <= kMaxKind &&
           (find_ci(line, "aufwendungen") != std::string_view::npos ||
            starts_with_ci(line, "Auszahlungen") || starts_with_ci(line, "Einzahlungen") ||
            starts_with_ci(line, "Ertr\xC3\xA4ge") || starts_with_ci(line, "Erl\xC3\xB6se"));
}

// A budget motion's form ("Seite HH-Plan" / "Erlös-/Aufwandsart | Ein-/Auszahlungsart" / the
// kinds of expense / the budget item it is about): the item is the title. (The forms from 2022
// on put amounts and selection fields there instead; their item is not found this way.)
std::string budget_item_title(const Head& head, std::size_t label_line) {
    std::size_t k = label_line + 1;
    while (k < head.lines.size() && (head.lines[k].empty() || is_expense_kind(head.lines[k]))) {
        ++k;
    }
    return title_from(head, k);
}

// A Fraktion's budget motion ("HAUSHALT 2031" / "Antrag zum Thema" / "Thema  Ausbau des ÖPNV
// beschleunigen" or the title alone / "Zuordnung im Haushaltsplan"): the form's Thema field.
std::string budget_motion_title(const Head& head, std::size_t form_line) {
    std::size_t k = form_line + 1;
    while (k < head.lines.size() && head.lines[k].empty()) {
        ++k;
    }
    if (k < head.lines.size() && head.lines[k] == "Thema") {
        return title_from(head, k + 1);
    }
    if (k >= head.lines.size()) {
        return {};
    }
    std::string_view first = cells(head.lines[k]).front();
    for (std::string_view label : {"Thema:", "Thema "}) {
        if (first.starts_with(label)) {
            first = trim(first.substr(label.size())); // the field's label on the value's line
            break;
        }
    }
    return continued_title(head, k, first);
}

std::string labeled_title(const Head& head) {
    for (std::size_t i = 0; i < head.lines.size() && i < 60; ++i) {
        std::string_view line = head.lines[i];
        if (head.type.empty() && equals_ci(line, "Antrag zum Thema")) {
            return budget_motion_title(head, i);
        }
        if (starts_with_ci(line, "Erl\xC3\xB6s-/Aufwandsart")) {
            return budget_item_title(head, i);
        }
        // The label on a line of its own, without colon, over a title of three words or more
        // (a table's column title "Thema" stands over a short cell), in the head (prose may
        // end a line with the word).
        constexpr std::size_t kHeadLines = 20;
        if (line == "Thema" && i < std::max(head.block_end, kHeadLines) &&
            i + 1 < head.lines.size() &&
            std::count(head.lines[i + 1].begin(), head.lines[i + 1].end(), ' ') >= 2) {
            return title_from(head, i + 1);
        }
        if (starts_with_ci(line, "Thema:") || starts_with_ci(line, "Betreff:")) {
            std::string_view rest = trim(line.substr(line.find(':') + 1));
            if (!rest.empty() && typed_in_title_place(head, i)) {
                return continued_title(head, i, cells(line).front());
            }
            if (!rest.empty()) {
                return continued_title(head, i, cells(rest).front());
            }
            return title_from(head, i + 1);
        }
    }
    for (std::string_view label : {"Bezeichnung", "Kurztitel", "Betreff"}) {
        if (auto value = cell_below(head, label)) {
            return *value;
        }
    }
    return {};
}

// "Information: Sanierungsgebiet ...": the paper's own kind typed before the title of an
// Informationsvorlage says nothing the type does not; the title starts after it.
void strip_own_kind(const Head& head, std::string& title) {
    constexpr std::string_view kInformation = "Information: ";
    bool information = head.type == "Informationsvorlage" || head.type == "Information";
    if (information && title.starts_with(kInformation) && title.size() > kInformation.size()) {
        title.erase(0, kInformation.size());
    }
}

// "TOP 5: Poollösung bei Schulbegleitung", "TOP21: Südumfahrung Hagsfeld" among the first lines
// of a paper that is no Niederschrift: an excerpt or an attachment names the agenda item it
// belongs to. A single word ("TOP 3: Mitteilungen") names a section, not the item.
std::string agenda_item_title(const Head& head) {
    constexpr std::size_t kHeadLines = 8;
    std::size_t seen = 0;
    for (std::size_t i = 0; i < head.lines.size() && seen < kHeadLines; ++i) {
        std::string_view line = head.lines[i];
        if (line.empty()) {
            continue;
        }
        ++seen;
        if (!line.starts_with("TOP")) {
            continue;
        }
        std::size_t p = 3;
        while (p < line.size() && line[p] == ' ') {
            ++p;
        }
        std::size_t digits = p;
        while (p < line.size() && (is_digit(line[p]) || line[p] == '.')) {
            ++p;
        }
        if (p == digits || p >= line.size() || line[p] != ':') {
            continue;
        }
        std::string_view rest = trim(line.substr(p + 1));
        if (rest.find(' ') != std::string_view::npos) {
            return continued_title(head, i, rest);
        }
    }
    return {};
}

// A paper without a heading that opens with its title ("Gedruckt auf ..." / "Kostenlose
// FFP2-Masken für ..." / "SPD-Gemeinderatsfraktion" / "Eingang: ..." / "Vorlage Nr.: ..." /
// Gremium table / body): the title stands above the label block, the body follows the table.
// "" when the first title line is no line above the block.
std::string title_above_block(const Head& head, bool keep_topic) {
    std::size_t block_start = head.block_end;
    for (const auto& [key, line] : head.label_value_line) {
        block_start = std::min(block_start, line);
    }
    std::size_t first = first_title_line(head, 0);
    while (first < block_start && is_letterhead(head.lines[first])) {
        first = first_title_line(head, first + 1); // "STADT ASCHERSLEBEN" over the labels
    }
    std::string_view rest;
    if (first >= block_start || first >= head.lines.size() ||
        !label_key(head.lines[first], rest).empty()) {
        return {};
    }
    return title_from(head, first, keep_topic);
}

// The title as the head prints it.
void printed_thema(const Head& head, std::size_t table_end, CouncilDocument& doc) {
    doc.thema = labeled_title(head);
    if (doc.thema.empty() && head.type != "Niederschrift") {
        doc.thema = agenda_item_title(head);
    }
    if (!doc.thema.empty()) {
        return;
    }
    if (head.type == "Niederschrift") {
        // "Niederschrift 58. Plenarsitzung Gemeinderat", or the session from the label block.
        std::string_view heading = cells(head.lines[head.type_line]).front();
        if (heading.size() > 14) {
            doc.thema = std::string(heading);
        } else if (auto it = head.labels.find("gremium"); it != head.labels.end()) {
            doc.thema = "Niederschrift " + it->second;
        }
        return;
    }
    std::size_t start = head.block_end;
    if (start == 0) {
        start = head.type_line < head.lines.size() ? head.type_line + 1 : 0;
    }
    // A Beratungsfolge table right after the labels (Aschersleben) comes before the title.
    std::size_t i = start;
    while (i < head.lines.size() && (head.lines[i].empty() || is_preamble(head.lines[i]))) {
        ++i;
    }
    bool table_after_block = i < head.lines.size() && table_end > i &&
                             (ends_title(head.lines[i]) || starts_with_ci(head.lines[i], "Nr."));
    if (table_after_block) {
        start = table_end;
    }
    bool keep_topic = city_keeps_topic_line(first_session_date(doc));
    if (table_after_block && head.type.empty()) {
        doc.thema = title_above_block(head, keep_topic);
        if (!doc.thema.empty()) {
            return;
        }
    }
    doc.thema = title_from(head, start, keep_topic);
    strip_own_kind(head, doc.thema);
    if (doc.thema.empty() && head.type_line + 1 < start) {
        // "Informationsvorlage" / paper note / "Audit European Energy Award" / "Vorlage Nr.:":
        // a title printed above the label block.
        doc.thema = title_from(head, head.type_line + 1, keep_topic);
    }
}
} // namespace

void extract_thema(const Head& head, std::size_t table_end, CouncilDocument& doc) {
    printed_thema(head, table_end, doc);
    compose_thema(head, doc); // the city's name of a Stellungnahme's paper
}

} // namespace ratsarchiv::indexer::extract
