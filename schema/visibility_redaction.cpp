// Splits a public document into its public view and the hidden lines (see the header).
#include "schema/visibility_redaction.h"

#include <algorithm>
#include <regex>
#include <vector>

#include "schema/text_fold.h"

namespace ratsarchiv::schema {

namespace {

// Titles shorter than this ("Anlage", "1") would hide unrelated lines.
constexpr std::size_t kMinTitleChars = 6;

// Folded forms of "nicht öffentlich" as PDF text spells it (fold_keyword turns ö into oe).
constexpr std::string_view kMarkers[] = {"nichtoeffentlich", "nicht oeffentlich",
                                         "nicht-oeffentlich", "nicht - oeffentlich"};

bool has_marker(const std::string& folded) {
    for (std::string_view m : kMarkers) {
        if (folded.find(m) != std::string::npos) {
            return true;
        }
    }
    return false;
}

// Beratungsfolge rows are short ("Ausschuss für Umwelt und Gesundheit 05.12.2023 nicht
// öffentlich Vorberatung"); sentences are longer.
constexpr std::size_t kMaxRowWords = 12;

std::size_t word_count(const std::string& folded) {
    return static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' ')) + 1;
}

// A wrapped title's pieces shorter than this ("und", "2024") would hide unrelated lines.
constexpr std::size_t kMinPieceChars = 12;

// The folded line without its nichtöffentlich markers and the brackets around them.
std::string without_markers(std::string folded) {
    for (std::string_view m : kMarkers) {
        for (std::size_t at = folded.find(m); at != std::string::npos; at = folded.find(m)) {
            folded.erase(at, m.size());
        }
    }
    std::size_t end = folded.find_last_not_of(" ()[]-–,;:.");
    std::size_t begin = folded.find_first_not_of(" ()[]-–,;:.");
    return end == std::string::npos ? std::string() : folded.substr(begin, end - begin + 1);
}

bool has_date(std::string_view line) {
    static const std::regex kDate(R"(\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b)");
    return std::regex_search(line.begin(), line.end(), kDate);
}

// "2023-12-05" -> "05.12.2023": how the Beratungsfolge tables write a step's date.
std::string german_date(const std::optional<std::string>& iso) {
    if (!iso || iso->size() != 10) {
        return {};
    }
    return iso->substr(8, 2) + "." + iso->substr(5, 2) + "." + iso->substr(0, 4);
}

// Folded needles that identify lines about hidden parts of one document.
struct HiddenNeedles {
    std::vector<std::string> titles;  ///< folded hidden attachment titles
    std::vector<std::string> gremien; ///< folded gremium of each hidden step
    std::vector<std::string> dates;   ///< its date as written in tables
    bool empty() const { return titles.empty() && gremien.empty(); }
};

HiddenNeedles needles_of(const CouncilDocument& doc) {
    HiddenNeedles n;
    for (const auto& a : doc.attachments) {
        std::string title = fold_keyword(a.title);
        if (is_hidden_attachment(a) && title.size() >= kMinTitleChars) {
            n.titles.push_back(title);
        }
    }
    for (const auto& step : doc.beratungsfolge) {
        if (is_hidden_step(step) && !step.gremium.empty()) {
            n.gremien.push_back(fold_keyword(step.gremium));
            n.dates.push_back(german_date(step.date));
        }
    }
    return n;
}

bool line_is_hidden(std::string_view line, const HiddenNeedles& needles) {
    // Cheap byte test first: almost no line mentions (nicht)öffentlich or a hidden title.
    bool may_mark = line.find("ffentlich") != std::string_view::npos ||
                    line.find("FFENTLICH") != std::string_view::npos;
    if (!may_mark && needles.empty()) {
        return false;
    }
    std::string folded = fold_keyword(line);
    bool marker = may_mark && has_marker(folded);
    std::string bare = marker ? without_markers(folded) : folded;
    for (const auto& title : needles.titles) {
        // The title on this line, or this line a piece of a title that PDF text wrapped.
        if (folded.find(title) != std::string::npos ||
            (bare.size() >= kMinPieceChars && title.find(bare) != std::string::npos)) {
            return true;
        }
    }
    for (std::size_t i = 0; i < needles.gremien.size(); ++i) {
        if (folded.find(needles.gremien[i]) != std::string::npos &&
            (marker || (!needles.dates[i].empty() &&
                        line.find(needles.dates[i]) != std::string_view::npos))) {
            return true;
        }
    }
    return marker && line_marks_hidden_part(line);
}

// Removes hidden lines from `text`, appending them to `hidden`.
std::string split_text(const std::string& text, const HiddenNeedles& needles, std::string& hidden) {
    std::string kept;
    kept.reserve(text.size());
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        std::size_t stop = end == std::string::npos ? text.size() : end + 1;
        std::string_view line(text.data() + start, stop - start);
        if (line_is_hidden(line, needles)) {
            hidden.append(line);
            if (hidden.back() != '\n') {
                hidden.push_back('\n');
            }
            kept.push_back('\n'); // keeps line numbers of the rest stable
        } else {
            kept.append(line);
        }
        if (end == std::string::npos) {
            break;
        }
        start = stop;
    }
    return kept;
}

} // namespace

bool is_hidden_attachment(const Attachment& attachment) {
    return attachment.is_public.has_value() && !*attachment.is_public;
}

bool is_hidden_step(const BeratungStep& step) {
    return step.is_public.has_value() && !*step.is_public;
}

bool line_marks_hidden_part(std::string_view line) {
    std::string folded = fold_keyword(line);
    if (!has_marker(folded)) {
        return false;
    }
    // A dated line carrying the marker is a Beratungsfolge row or a chronology entry when it
    // is short; a long sentence about a non-public session is the public document's own prose.
    return folded.rfind("anlage", 0) == 0 || (has_date(line) && word_count(folded) <= kMaxRowWords);
}

PublicView public_view(const CouncilDocument& doc) {
    PublicView view;
    view.document = doc;
    CouncilDocument& out = view.document;
    HiddenNeedles needles = needles_of(doc);

    out.attachments.clear();
    for (const auto& a : doc.attachments) {
        if (is_hidden_attachment(a)) {
            view.redacted = true;
        } else {
            out.attachments.push_back(a);
        }
    }
    for (auto& step : out.beratungsfolge) {
        if (is_hidden_step(step)) {
            step = BeratungStep{};
            step.is_public = false;
            view.redacted = true;
        }
    }
    out.text = split_text(doc.text, needles, view.hidden_text);
    if (!view.hidden_text.empty()) {
        view.redacted = true;
        // Diagnostics may quote hidden lines.
        out.diagnostics.clear();
        std::string public_folded = fold_keyword(out.text + "\n" + out.thema);
        std::string hidden_folded = fold_keyword(view.hidden_text);
        std::erase_if(out.refs, [&](const Reference& ref) {
            std::string number = fold_keyword(ref.number);
            return hidden_folded.find(number) != std::string::npos &&
                   public_folded.find(number) == std::string::npos;
        });
    }
    if (view.redacted) {
        // The hash of the whole file would let anyone confirm a guess of the hidden parts.
        out.content_hash.clear();
    }
    return view;
}

} // namespace ratsarchiv::schema
