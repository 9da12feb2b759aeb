// Beratungsfolge steps outside a consultation table (see beratung_blocks.h).
#include "indexer/extract/beratung_blocks.h"

#include <algorithm>

#include "indexer/extract/beratung_status.h"
#include "indexer/extract/scan.h"
#include "schema/gremium_names.h"
#include "schema/text_fold.h"

namespace ratsarchiv::indexer::extract {

namespace {
// A Gremium name wrapped over lines has short parts; a longer line is prose.
constexpr std::size_t kMaxWrappedGremium = 50;

// "Beratung in öffentlicher Sitzung: ja|nein" (Bremerhaven).
std::optional<bool> public_session_answer(const Head& head) {
    for (std::size_t i = 0; i < head.lines.size() && i < 12; ++i) {
        auto row = cells(head.lines[i]);
        for (std::size_t c = 0; c + 1 < row.size(); ++c) {
            if (starts_with_ci(row[c], "Beratung in \xC3\xB6"
                                       "ffentlicher Sitzung")) {
                if (equals_ci(row[c + 1], "ja")) {
                    return true;
                }
                if (equals_ci(row[c + 1], "nein")) {
                    return false;
                }
            }
        }
    }
    return std::nullopt;
}

// The Gremium of a label block, without a session name before it: "Öffentliche Sitzung des
// Ortschaftsrates Wolfartsweier" is the Ortschaftsrat Wolfartsweier (its first word in the
// nominative, the place kept).
std::string block_gremium(std::string_view value, std::optional<bool>& session_status) {
    std::string folded = schema::fold_whitespace(value);
    std::string_view name = strip_session_status(folded, session_status);
    if (name.size() == folded.size()) {
        return schema::normalize_gremium(folded);
    }
    std::size_t space = name.find(' ');
    std::string first = schema::normalize_gremium(name.substr(0, space));
    return space == std::string_view::npos ? first : first + std::string(name.substr(space));
}

// The cells after the name of a one-row table emitted column by column: the date, a TOP number
// and the status word ("16.06.2020" / "8" / "Öffentlich"), in this order, each optional.
// Column titles between the cells ("Termin", "TOP Ö / N") are skipped; an "Ö" or "N" cell is
// the status too.
void read_column_cells(const Head& head, std::size_t i, BeratungStep& step) {
    for (std::size_t end = std::min(head.lines.size(), i + 8); i < end; ++i) {
        std::string_view line = head.lines[i];
        auto letter = line.size() <= 3 ? status_letter(line) : std::nullopt;
        if (letter || is_status_word(line)) {
            step.is_public =
                letter ? letter
                       : std::optional<bool>(find_ci(line, "nicht") == std::string_view::npos);
            return;
        }
        if (line.empty() || is_beratung_marker(line)) {
            continue;
        }
        if (auto date = find_date(line); date && date->begin == 0 && !step.date) {
            step.date = date->iso;
        } else if (!is_digit(line.front()) || line.size() > 6) {
            return;
        }
    }
}

// "Gremium" / "Termin" / "TOP" / "Status" / "Öffentliche Sitzung des" / "Ortschaftsrates
// Wolfartsweier" / "16.06.2020" / "8" / "Öffentlich": a one-row table the PDF emitted column
// by column, titles first. The name is the lines between the titles and the first cell.
bool read_column_block(const Head& head, CouncilDocument& doc) {
    constexpr std::size_t kBlockReach = 60;
    for (std::size_t i = 0; i < head.lines.size() && i < kBlockReach; ++i) {
        if (head.lines[i] != "Gremium" && head.lines[i] != "Gremien") {
            continue;
        }
        std::size_t k = i + 1;
        while (k < head.lines.size() &&
               (head.lines[k].empty() || is_beratung_marker(head.lines[k]))) {
            ++k;
        }
        std::string name;
        for (std::size_t parts = 0; k < head.lines.size() && parts < 3; ++k, ++parts) {
            std::string_view line = head.lines[k];
            if (line.empty() || is_beratung_marker(line) || find_date(line) ||
                is_status_word(line) || line.size() > kMaxWrappedGremium ||
                (!starts_upper(line) && line.find(" Sitzung ") == std::string_view::npos)) {
                break;
            }
            append_joined(name, line);
        }
        if (k == i + 1 || name.empty() || !is_gremium_name(name)) {
            return false;
        }
        BeratungStep step;
        std::optional<bool> session_status;
        step.gremium = block_gremium(name, session_status);
        step.is_public = session_status;
        read_column_cells(head, k, step);
        if (!step.date && !step.is_public) {
            return false; // no cell of a row: a misspelt title ("Temin"), not a name
        }
        doc.beratungsfolge.push_back(std::move(step));
        return true;
    }
    return false;
}

// "Ortschaftsrat Wolfartsweier 04.03.2026 TOP 1 Ö Beschluss": one row without a column header;
// the word TOP and a status letter after the date make the line a Beratungsfolge row.
bool read_headless_row(const Head& head, CouncilDocument& doc) {
    constexpr std::size_t kRowReach = 40;
    for (std::size_t i = 0; i < head.lines.size() && i < kRowReach; ++i) {
        std::string_view line = head.lines[i];
        auto date = find_date(line);
        if (!date || date->begin == 0) {
            continue;
        }
        std::string_view rest = trim(line.substr(date->end));
        std::string_view name = trim(line.substr(0, date->begin));
        auto status = rest.starts_with("TOP ") ? status_letter(rest.substr(4)) : std::nullopt;
        if (!status || name.empty() || !is_gremium_name(name)) {
            continue;
        }
        BeratungStep step;
        step.gremium = schema::normalize_gremium(name);
        step.date = date->iso;
        step.is_public = status;
        doc.beratungsfolge.push_back(std::move(step));
        return true;
    }
    return false;
}

// A step without a date: "für die Sitzung des Personal- und Organisationsausschusses."
void read_session_sentence(const Head& head, CouncilDocument& doc) {
    for (std::size_t i = 0; i < head.lines.size() && i < 12; ++i) {
        std::string_view line = cells(head.lines[i]).front();
        for (std::string_view lead : {"für die Sitzung des ", "für die Sitzung der "}) {
            if (starts_with_ci(line, lead)) {
                BeratungStep step;
                step.gremium = schema::normalize_gremium(line.substr(lead.size()));
                step.is_public = public_session_answer(head);
                doc.beratungsfolge.push_back(std::move(step));
                return;
            }
        }
    }
}

// "Gremium: 36. Plenarsitzung Gemeinderat" / "Termin: 26.06.2012": the label block names the
// session of this TOP; its "öffentlich" / "nicht öffentlich" is the step's status, else what the
// session name says ("Öffentliche Sitzung des Ortschaftsrates").
bool read_label_block(const Head& head, CouncilDocument& doc) {
    auto gremium = head.labels.find("gremium");
    auto termin = head.labels.find("termin");
    if (gremium != head.labels.end() && termin != head.labels.end()) {
        auto date = find_date(termin->second);
        BeratungStep step;
        std::optional<bool> session_status;
        step.gremium = block_gremium(gremium->second, session_status);
        if (date) {
            step.date = date->iso;
        }
        // The block's "öffentlich" / "nicht öffentlich" is the status of this TOP, else what
        // its session name says ("Öffentliche Sitzung des Ortschaftsrates").
        if (find_ci(head.block_status, "nicht") != std::string::npos) {
            step.is_public = false;
        } else if (find_ci(head.block_status, "\xC3\xB6"
                                              "ffentlich") != std::string::npos) {
            step.is_public = true;
        } else {
            step.is_public = session_status;
        }
        if (!step.gremium.empty()) {
            doc.beratungsfolge.push_back(std::move(step));
        }
        return true;
    }
    return false;
}
} // namespace

void read_block_steps(const Head& head, CouncilDocument& doc) {
    if (!read_label_block(head, doc) && !read_column_block(head, doc) &&
        !read_headless_row(head, doc)) {
        read_session_sentence(head, doc);
    }
}

} // namespace ratsarchiv::indexer::extract
