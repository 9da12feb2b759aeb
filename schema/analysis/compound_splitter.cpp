// Compound splitting by dynamic programming over dictionary words (see compound_splitter.h).
#include "schema/analysis/compound_splitter.h"

#include <array>
#include <limits>
#include <unordered_map>

namespace ratsarchiv::analysis {

namespace {
// Parts shorter than this are too often accidental dictionary hits ("ehe", "ort" inside other
// words); a head (last part) may be one character shorter ("amt", "rat", "weg").
constexpr std::size_t kMinPart = 4;
constexpr std::size_t kMinHead = 3;
// Words shorter than this are hardly ever compounds worth splitting.
constexpr std::size_t kMinCompound = 7;
constexpr std::size_t kMaxWord = 60;
constexpr std::size_t kMemoLimit = 200000;

constexpr std::array<std::string_view, 5> kLinks{"", "s", "es", "n", "en"};

bool char_boundary(std::string_view w, std::size_t i) {
    return i == 0 || i >= w.size() || (static_cast<unsigned char>(w[i]) & 0xC0) != 0x80;
}

bool alphabetic_ascii_or_utf8(std::string_view w) {
    for (unsigned char c : w) {
        bool letter = (c >= 'a' && c <= 'z') || c >= 0x80;
        if (!letter) {
            return false;
        }
    }
    return true;
}

// The costs of linking elements. Word lists hold genitive forms ("haushalts"), so the linking
// reading is preferred over a part that ends in the link ("haushalt-s-sicherung"); after these
// endings German compounds always take a Fugen-s ("Ordnungsamt" is ordnung-s-amt, not
// ordnung-samt).
int link_cost(std::string_view part, std::string_view link) {
    if (link == "s") {
        for (std::string_view ending :
             {"ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ling", "tum"}) {
            if (part.ends_with(ending)) {
                return -1;
            }
        }
        return 0;
    }
    return link.empty() ? 1 : static_cast<int>(link.size());
}

struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using Memo = std::unordered_map<std::string, std::vector<std::string>, ViewHash, std::equal_to<>>;

// Cost of a split: fewer parts first, then fewer linking letters.
struct Best {
    int cost = std::numeric_limits<int>::max();
    std::size_t part_end = 0; ///< end of the first part (exclusive)
    std::size_t next = 0;     ///< where the rest starts (after the link)
};
} // namespace

CompoundSplitter::CompoundSplitter(std::shared_ptr<const WordList> words)
    : words_(std::move(words)) {}

std::vector<std::string> CompoundSplitter::split(std::string_view word) const {
    if (word.size() < kMinCompound || word.size() > kMaxWord || !words_ ||
        !alphabetic_ascii_or_utf8(word)) {
        return {};
    }
    thread_local std::unordered_map<const WordList*, Memo> memos;
    auto& memo = memos[words_.get()];
    auto found = memo.find(word);
    if (found != memo.end()) {
        return found->second;
    }
    if (memo.size() > kMemoLimit) {
        memo.clear();
    }
    auto parts = split_feminine(word);
    memo.emplace(std::string(word), parts);
    return parts;
}

std::vector<std::string> CompoundSplitter::index_parts(std::string_view word) const {
    std::vector<std::string> parts = split(word);
    const std::size_t count = parts.size();
    std::size_t at = 0; // where part i starts in the word
    for (std::size_t i = 0; i + 1 < count; ++i) {
        at = word.find(parts[i], at);
        if (at == std::string_view::npos) {
            break; // a feminine ending moved letters; no links to reread
        }
        at += parts[i].size();
        std::string_view rest = word.substr(at);
        if (rest.starts_with("s") && rest.substr(1).starts_with(parts[i + 1])) {
            std::string with_s = "s" + parts[i + 1];
            if (with_s.size() >= kMinHead && words_->contains(with_s)) {
                parts.push_back(std::move(with_s));
            }
        }
    }
    return parts;
}

// Feminine forms are derivations, not compounds: "bürgerinnen" is bürger + -innen (never
// bürge + rinnen), "bürgermeisterinnen" splits as bürger + meisterinnen.
std::vector<std::string> CompoundSplitter::split_feminine(std::string_view word) const {
    for (std::string_view suffix : {"innen", "in"}) {
        if (!word.ends_with(suffix) || word.size() < suffix.size() + 4) {
            continue;
        }
        std::string_view base = word.substr(0, word.size() - suffix.size());
        if (!words_->contains(base)) {
            continue;
        }
        auto parts = base.size() >= kMinCompound ? compute(base) : std::vector<std::string>{};
        if (!parts.empty()) {
            parts.back().append(suffix);
        }
        return parts;
    }
    return compute(word);
}

// best[i] is the cheapest split of word[i..] into dictionary parts, each but the last followed
// by a linking element. Only positions where a split of the rest exists are tried as part ends,
// which keeps dictionary lookups to a few per character.
std::vector<std::string> CompoundSplitter::compute(std::string_view w) const {
    const std::size_t n = w.size();
    std::vector<Best> best(n + 1);
    std::vector<std::size_t> splittable; // positions j > i with a finite best[j], descending
    for (std::size_t i = n; i-- > 0;) {
        if (!char_boundary(w, i)) {
            continue;
        }
        if (i > 0 && n - i >= kMinHead && words_->contains(w.substr(i))) {
            best[i] = {1, n, n};
        }
        for (std::size_t next : splittable) {
            for (auto link : kLinks) {
                if (next < i + kMinPart + link.size()) {
                    continue;
                }
                std::size_t end = next - link.size();
                if (w.substr(end, link.size()) != link || !char_boundary(w, end)) {
                    continue;
                }
                int cost = best[next].cost + 10 + link_cost(w.substr(i, end - i), link);
                if (cost < best[i].cost && words_->contains(w.substr(i, end - i))) {
                    best[i] = {cost, end, next};
                }
            }
        }
        if (best[i].cost != std::numeric_limits<int>::max() && i > 0) {
            splittable.push_back(i);
        }
    }
    if (best[0].cost == std::numeric_limits<int>::max() || best[0].part_end == n) {
        return head_only(w);
    }
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < n;) {
        parts.emplace_back(w.substr(i, best[i].part_end - i));
        i = best[i].next;
    }
    return parts;
}

// Compounds whose modifier no word list knows (names, places: "Werderplatz", "Kombilösung")
// still have a known head: split off the longest listed word ending the word. Words the list
// knows as a whole ("Gemeinschaft") are left alone, so a head like "schaft" is not invented.
std::vector<std::string> CompoundSplitter::head_only(std::string_view w) const {
    if (words_->knows_inflected(w)) {
        return {};
    }
    for (std::size_t i = kMinPart; i + kMinPart <= w.size(); ++i) {
        if (char_boundary(w, i) && words_->contains(w.substr(i))) {
            return {std::string(w.substr(0, i)), std::string(w.substr(i))};
        }
    }
    return {};
}

} // namespace ratsarchiv::analysis
