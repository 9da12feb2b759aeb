// Reach ceilings of a label file (see reach_ceilings.h).
#include "indexer/extract/reach_ceilings.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

#include <Poco/JSON/Array.h>

#include "indexer/extract/evaluation.h"

namespace ratsarchiv::indexer::extract {

namespace {
// The kinds of paper the city's names add to a printed title.
constexpr std::array<std::string_view, 7> kKinds{"Interfraktioneller ",
                                                 "Gemeinsamer ",
                                                 "\xC3\x84nderungsantrag",
                                                 "Erg\xC3\xA4nzungsantrag",
                                                 "Zusatzantrag",
                                                 "Antrag",
                                                 "Anfrage"};
// How far into a name the colon after "Änderungsantrag GRÜNE, KULT, Die Linke" may stand.
constexpr std::size_t kPrefixReach = 80;
// The part of a text a label's value is looked for in (as thema_in_head does).
constexpr std::size_t kHeadChars = 4000;

bool starts_with_kind(std::string_view s) {
    return std::any_of(kKinds.begin(), kKinds.end(),
                       [&](std::string_view kind) { return s.starts_with(kind); });
}

// "Änderungsantrag AfD: <title>" -> "<title>"; "<title>: Anfrage ..." or "<title> - Antrag
// ..." -> "<title>"; "" when the name has neither form.
std::string printed_part(const std::string& name) {
    std::size_t colon = name.find(": ");
    if (starts_with_kind(name) && colon != std::string::npos && colon < kPrefixReach) {
        return name.substr(colon + 2);
    }
    for (std::string_view separator : {": ", " - "}) {
        for (std::size_t p = name.rfind(separator); p != std::string::npos && p > 0;
             p = name.rfind(separator, p - 1)) {
            if (starts_with_kind(std::string_view(name).substr(p + separator.size()))) {
                return name.substr(0, p);
            }
        }
    }
    return {};
}

std::string refs_key(const Poco::JSON::Array& refs) {
    std::vector<std::string> numbers;
    for (std::size_t i = 0; i < refs.size(); ++i) {
        auto object = refs.getObject(static_cast<unsigned>(i));
        numbers.push_back(object ? object->optValue<std::string>("number", "")
                                 : refs.get(static_cast<unsigned>(i)).toString());
    }
    std::sort(numbers.begin(), numbers.end());
    std::string key;
    for (const auto& n : numbers) {
        key += n + " ";
    }
    return key;
}
} // namespace

bool text_prints_thema(const std::string& text, const std::string& thema) {
    // The labels were kept where the head states them (the first 4,000 characters).
    std::string head = text.substr(0, std::min<std::size_t>(text.size(), kHeadChars));
    auto spaced = [](const std::string& s) {
        std::string out(" ");
        return out.append(normalize_for_match(s, true)).append(" ");
    };
    std::string printed = spaced(head);
    auto prints = [&](const std::string& words) {
        std::string wanted = spaced(words);
        return wanted.size() > 2 && printed.find(wanted) != std::string::npos;
    };
    std::string part = printed_part(thema);
    return prints(thema) || (!part.empty() && prints(part));
}

bool text_contains_words(const std::string& text, const std::string& thema) {
    const std::string all = " " + normalize_for_match(text, true) + " ";
    const std::string words = normalize_for_match(thema, true);
    for (std::size_t p = 0; p < words.size();) {
        std::size_t end = std::min(words.find(' ', p), words.size());
        if (end > p && all.find(" " + words.substr(p, end - p) + " ") == std::string::npos) {
            return false;
        }
        p = end + 1;
    }
    return true;
}

void ReachCeilings::add(const CouncilDocument& doc, const Poco::JSON::Object& label) {
    if (label.has("thema") && !label.isNull("thema")) {
        ++thema_labels_;
        const auto thema = label.getValue<std::string>("thema");
        if (!text_prints_thema(doc.text, thema)) {
            ++thema_unprinted_;
            thema_foreign_words_ += text_contains_words(doc.text, thema) ? 0 : 1;
        }
    }
    if (auto refs = label.getArray("refs"); refs && refs->size() > 0) {
        ++refs_labels_;
        ++refs_by_text_[doc.content_hash][refs_key(*refs)];
    } else {
        add_unlabeled(doc.content_hash);
    }
}

void ReachCeilings::add_unlabeled(const std::string& content_hash) {
    unlabeled_texts_.insert(content_hash);
}

void ReachCeilings::add_refs_miss(const std::string& content_hash) {
    refs_miss_texts_.push_back(content_hash);
}

ReachCeilings::RefsMisses ReachCeilings::refs_misses() const {
    RefsMisses misses;
    for (const auto& hash : refs_miss_texts_) {
        auto labels = refs_by_text_.find(hash);
        if (labels != refs_by_text_.end() && labels->second.size() > 1) {
            ++misses.contradicted_copies;
        } else if (unlabeled_texts_.count(hash) != 0) {
            ++misses.unlabeled_copies;
        } else {
            ++misses.others;
        }
    }
    return misses;
}

long ReachCeilings::refs_contradicted() const {
    long contradicted = 0;
    for (const auto& [hash, labels] : refs_by_text_) {
        long files = 0;
        long most = 0;
        for (const auto& [key, count] : labels) {
            files += count;
            most = std::max(most, count);
        }
        contradicted += labels.size() > 1 ? files - most : 0;
    }
    return contradicted;
}

std::string ReachCeilings::report() const {
    std::string out;
    char line[240];
    if (thema_labels_ > 0) {
        std::snprintf(line, sizeof line,
                      "thema labels whose words the text does not print (also not as printed "
                      "title + paper kind/submitter): %ld of %ld (recall ceiling %.4f)\n",
                      thema_unprinted_, thema_labels_,
                      1.0 - double(thema_unprinted_) / double(thema_labels_));
        out += line;
        std::snprintf(line, sizeof line,
                      "  of these, with a word the file does not contain anywhere: %ld (recall "
                      "ceiling %.4f for any extractor that takes its words from the file)\n",
                      thema_foreign_words_,
                      1.0 - double(thema_foreign_words_) / double(thema_labels_));
        out += line;
    }
    if (refs_labels_ > 0) {
        long contradicted = refs_contradicted();
        std::snprintf(line, sizeof line,
                      "refs labels a byte-identical file contradicts (same text, other paper): "
                      "%ld of %ld (ceiling %.4f with one paper per file)\n",
                      contradicted, refs_labels_,
                      1.0 - double(contradicted) / double(refs_labels_));
        out += line;
    }
    if (!refs_miss_texts_.empty()) {
        auto misses = refs_misses();
        std::snprintf(line, sizeof line,
                      "refs misses: %zu; %ld in groups of byte-identical files labeled with "
                      "different papers, %ld with a byte-identical copy that carries no refs "
                      "label, %ld without a byte-identical copy\n",
                      refs_miss_texts_.size(), misses.contradicted_copies, misses.unlabeled_copies,
                      misses.others);
        out += line;
    }
    return out;
}

} // namespace ratsarchiv::indexer::extract
