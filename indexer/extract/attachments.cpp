// attachments: the Anlagen a paper lists at its end: "Anlage 1 – Title nichtöffentlich",
// "Anlage: Title", or "Anlage(n):" followed by one title per line.
#include "indexer/extract/field_extractors.h"
#include "indexer/extract/scan.h"

namespace ratsarchiv::indexer::extract {

namespace {
constexpr std::size_t kTailBytes = 3000;
constexpr std::size_t kMaxListed = 20;

// Splits a trailing status word off a title; "1. " list numbering goes too.
Attachment with_status(std::string_view title) {
    Attachment a;
    title = trim(title);
    std::size_t digits = 0;
    while (digits < title.size() && is_digit(title[digits])) {
        ++digits;
    }
    if (digits > 0 && digits + 1 < title.size() && title[digits] == '.' &&
        title[digits + 1] == ' ') {
        title = trim(title.substr(digits + 1));
    }
    for (std::string_view status : {" (nichtöffentlich)", " (nicht öffentlich)", " nichtöffentlich",
                                    " nicht öffentlich", " (öffentlich)", " öffentlich"}) {
        if (title.size() > status.size() && title.ends_with(status)) {
            a.is_public = status.find("nicht") == std::string_view::npos;
            title = trim(title.substr(0, title.size() - status.size()));
            break;
        }
    }
    a.title = std::string(title);
    return a;
}

// "Anlage 3 – ...", "Anlage 3: ..." (numbered) or "Anlage:"/"Anlagen:" (a list follows).
enum class AnlageLine { kNone, kNumbered, kListHead };

AnlageLine classify(std::string_view line, std::string_view& rest) {
    if (!starts_with_ci(line, "Anlage")) {
        return AnlageLine::kNone;
    }
    std::string_view after = line.substr(6);
    if (starts_with_ci(after, "n")) {
        after.remove_prefix(1);
    }
    if (!after.empty() && after.front() == ':') {
        rest = trim(after.substr(1));
        return AnlageLine::kListHead;
    }
    after = trim(after);
    std::size_t digits = 0;
    while (digits < after.size() && is_digit(after[digits])) {
        ++digits;
    }
    if (digits == 0) {
        return AnlageLine::kNone;
    }
    std::string_view sep = trim(after.substr(digits));
    if (sep.empty() || sep.front() == ':' || sep.starts_with("\xE2\x80\x93") ||
        sep.starts_with("-")) {
        rest = line;
        return AnlageLine::kNumbered;
    }
    return AnlageLine::kNone;
}
} // namespace

// The Anlagen as the closing lines list them (defined below extract_attachments).
void list_attachments(const Head& head, CouncilDocument& doc);

void extract_attachments(const Head& head, CouncilDocument& doc) {
    list_attachments(head, doc);
    // An attachment not marked otherwise shares the status of the paper it belongs to.
    for (auto& a : doc.attachments) {
        if (!a.is_public && doc.is_public) {
            a.is_public = doc.is_public;
        }
    }
}

void list_attachments(const Head& head, CouncilDocument& doc) {
    auto lines = tail_lines(head.cleaned, kTailBytes);
    for (std::size_t i = 0; i < lines.size() && doc.attachments.size() < kMaxListed; ++i) {
        std::string_view rest;
        AnlageLine kind = classify(lines[i], rest);
        if (kind == AnlageLine::kNumbered) {
            doc.attachments.push_back(with_status(rest));
        } else if (kind == AnlageLine::kListHead && !rest.empty()) {
            doc.attachments.push_back(with_status(rest));
        } else if (kind == AnlageLine::kListHead) {
            bool started = false;
            for (std::size_t j = i + 1; j < lines.size() && doc.attachments.size() < kMaxListed;
                 ++j) {
                std::string_view item = trim(lines[j]);
                if (item.empty()) {
                    if (started) {
                        break;
                    }
                    continue;
                }
                if (item.starts_with("- ") || item.starts_with("\xE2\x80\xA2 ")) {
                    item = trim(item.substr(item.find(' ')));
                }
                started = true;
                doc.attachments.push_back(with_status(item));
                i = j;
            }
        }
    }
}

} // namespace ratsarchiv::indexer::extract
