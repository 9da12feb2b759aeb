// Known-item queries for tools/eval-search, built from the Karlsruhe labels: a query is two or
// three salient words of a document's thema, its targets are all files labeled with the same
// number. Variants: exact words, typed without umlauts/ß, a compound replaced by its last part,
// one pair of adjacent letters swapped. Deliberately independent of the analyzer under test
// (plain letter runs, word-list suffixes), so the evaluation cannot flatter it.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "schema/errors.h"

namespace ratsarchiv::eval {

/// One labeled paper: its number, title and the files that carry that number.
struct Paper {
    std::string number;
    std::string thema;
    std::set<std::string> files; ///< paths inside the archive, e.g. "karlsruhe/10023.txt"
};

/// One evaluation query.
struct KnownItemQuery {
    std::string variant; ///< exact | no-umlauts | compound-part | swapped-letters
    std::string text;
    const Paper* paper = nullptr;
};

/// A title compared without case, punctuation and spacing differences.
inline std::string folded_title(const std::string& thema) {
    std::string out;
    for (char c : thema) {
        if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return out;
}

/// Papers with a number and a unique thema, in label-file order (deterministic).
inline std::vector<Paper> read_papers(const std::string& labels_path) {
    std::ifstream in(labels_path);
    if (!in) {
        throw InputError(labels_path, "cannot open the label file");
    }
    std::vector<Paper> papers;
    std::map<std::string, std::size_t> by_number;
    std::string line;
    Poco::JSON::Parser parser;
    while (std::getline(in, line)) {
        auto object = parser.parse(line).extract<Poco::JSON::Object::Ptr>();
        parser.reset();
        std::string file = object->optValue<std::string>("file", "");
        std::string number = object->optValue<std::string>("number", "");
        std::string thema = object->optValue<std::string>("thema", "");
        if (number.empty() || file.empty()) {
            continue;
        }
        auto [it, fresh] = by_number.emplace(number, papers.size());
        if (fresh) {
            papers.push_back({number, thema, {}});
        }
        Paper& paper = papers[it->second];
        paper.files.insert(file);
        if (paper.thema.empty()) {
            paper.thema = thema;
        }
    }
    std::erase_if(papers, [](const Paper& p) { return p.thema.empty(); });
    // A title shared by several papers ("Stadthalle Modernisierung" in 2020, 2021 and 2023)
    // names no single item: no query made from it can tell the papers apart, so they are left
    // out of a known-item evaluation.
    std::map<std::string, int> title_count;
    for (const auto& p : papers) {
        ++title_count[folded_title(p.thema)];
    }
    std::erase_if(papers, [&](const Paper& p) { return title_count[folded_title(p.thema)] > 1; });
    return papers;
}

/// Adds to each paper's targets the files whose document number (as the index stores it,
/// `number_of` maps archive path -> number) is the paper's: "any file with that number",
/// also files the label sample does not cover. The same targets count for every system.
inline void add_targets(std::vector<Paper>& papers,
                        const std::map<std::string, std::string>& number_of) {
    std::map<std::string, Paper*> by_number;
    for (auto& p : papers) {
        by_number[p.number] = &p;
    }
    for (const auto& [file, number] : number_of) {
        auto it = by_number.find(number);
        if (it != by_number.end()) {
            it->second->files.insert(file);
        }
    }
}

/// UTF-8 <-> UTF-32 for letter-level edits.
inline std::u32string to_u32(const std::string& s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
        for (int k = 1; k < len && i + k < s.size(); ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        }
        out += cp;
        i += len;
    }
    return out;
}

inline std::string to_utf8(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

inline bool is_letter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == U'ä' || c == U'ö' ||
           c == U'ü' || c == U'Ä' || c == U'Ö' || c == U'Ü' || c == U'ß' || c == U'é';
}

inline char32_t lower(char32_t c) {
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 'a';
    }
    return c == U'Ä' ? U'ä' : c == U'Ö' ? U'ö' : c == U'Ü' ? U'ü' : c;
}

inline std::string lower_word(const std::string& w) {
    std::u32string u = to_u32(w);
    for (auto& c : u) {
        c = lower(c);
    }
    return to_utf8(u);
}

/// Runs of letters in `text`.
inline std::vector<std::string> letter_words(const std::string& text) {
    std::vector<std::string> words;
    std::u32string current;
    for (char32_t c : to_u32(text) + U' ') {
        if (is_letter(c)) {
            current += c;
        } else if (!current.empty()) {
            words.push_back(to_utf8(current));
            current.clear();
        }
    }
    return words;
}

/// The part of a thema that names the subject: Karlsruhe titles end in ": Antrag der
/// …-Fraktion" or ": Anfrage Stadtrat …", which says who asked, not what about.
inline std::string subject_of(const std::string& thema) {
    auto colon = thema.rfind(':');
    if (colon != std::string::npos && colon > 10) {
        std::string rest = thema.substr(colon);
        for (const char* marker : {"Antrag", "Anfrage", "Fraktion", "Stadtr", "Gemeinderat"}) {
            if (rest.find(marker) != std::string::npos) {
                return thema.substr(0, colon);
            }
        }
    }
    return thema;
}

inline const std::unordered_set<std::string>& stopwords() {
    static const std::unordered_set<std::string> words{
        "aber",       "alle",          "als",         "also",
        "auch",       "auf",           "aus",         "bei",
        "beim",       "bis",           "das",         "dass",
        "dem",        "den",           "der",         "des",
        "die",        "dies",          "diese",       "dieser",
        "durch",      "ein",           "eine",        "einem",
        "einen",      "einer",         "eines",       "für",
        "gegen",      "hat",           "ihre",        "im",
        "in",         "ist",           "mit",         "nach",
        "neue",       "neuen",         "nicht",       "noch",
        "oder",       "ohne",          "sich",        "sind",
        "sowie",      "über",          "und",         "unter",
        "vom",        "von",           "vor",         "werden",
        "wird",       "wie",           "zum",         "zur",
        "zwischen",   "karlsruhe",     "stadt",       "antrag",
        "anfrage",    "stellungnahme", "fraktion",    "stadtrat",
        "stadträtin", "gemeinderat",   "beschluss",   "vorlage",
        "sachstand",  "bericht",       "information", "änderungsantrag"};
    return words;
}

} // namespace ratsarchiv::eval

namespace ratsarchiv::eval {

/// How the title words of a query are chosen.
struct WordChoice {
    bool rarest = true;    ///< the rarest words among all titles; false: words drawn at random
    std::size_t count = 0; ///< words per query; 0: two or three, drawn per query
};

/// Builds the query set with a fixed seed.
class QueryBuilder {
public:
    /// `word_list`: capitalized German nouns (Debian's wngerman) for the compound variant.
    QueryBuilder(const std::vector<Paper>& papers, const std::string& word_list, std::uint32_t seed,
                 WordChoice choice = {})
        : papers_(papers), random_(seed), choice_(choice) {
        std::ifstream in(word_list);
        std::string line;
        while (std::getline(in, line)) {
            if (line.size() >= 4 && line[0] >= 'A' && line[0] <= 'Z') {
                nouns_.insert(line);
            }
            words_.insert(lower_word(line));
        }
        for (const auto& paper : papers_) {
            std::set<std::string> seen;
            for (const auto& w : letter_words(paper.thema)) {
                if (seen.insert(lower_word(w)).second) {
                    ++thema_df_[lower_word(w)];
                }
            }
        }
    }

    /// `per_variant` queries for each variant, papers drawn in one seeded order.
    std::vector<KnownItemQuery> build(std::size_t per_variant) {
        std::vector<std::size_t> order(papers_.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        for (std::size_t i = order.size(); i > 1; --i) { // Fisher-Yates, portable
            std::swap(order[i - 1], order[random_() % i]);
        }
        std::vector<KnownItemQuery> queries;
        std::map<std::string, std::size_t> made;
        for (std::size_t index : order) {
            const Paper& paper = papers_[index];
            auto words = salient_words(paper.thema);
            if (words.size() < 2) {
                continue;
            }
            auto add = [&](const std::string& variant, const std::vector<std::string>& q) {
                if (q.empty() || made[variant] >= per_variant) {
                    return;
                }
                ++made[variant];
                queries.push_back({variant, join(q), &paper});
            };
            add("exact", words);
            add("no-umlauts", without_umlauts(words));
            add("compound-part", compound_replaced(words));
            add("swapped-letters", swapped(words));
        }
        return queries;
    }

    /// `per_variant` queries for each way people type a paper's number (papers drawn in one
    /// seeded order): as printed ("2024/0902"), without the leading zeros of a digit group
    /// ("2024/902"), with a space or a dash for the slash ("2024 0902", "2024-0902"), and after a
    /// label ("Nr. 2024/0902"). Only numbers with a digit group after a slash or a prefix.
    std::vector<KnownItemQuery> build_numbers(std::size_t per_variant) {
        std::vector<std::size_t> order(papers_.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        for (std::size_t i = order.size(); i > 1; --i) {
            std::swap(order[i - 1], order[random_() % i]);
        }
        std::vector<KnownItemQuery> queries;
        std::map<std::string, std::size_t> made;
        for (std::size_t index : order) {
            const Paper& paper = papers_[index];
            const std::string& number = paper.number;
            if (number.find('/') == std::string::npos) {
                continue;
            }
            auto add = [&](const std::string& variant, const std::string& q) {
                if (q.empty() || made[variant] >= per_variant) {
                    return;
                }
                ++made[variant];
                queries.push_back({variant, q, &paper});
            };
            add("number", number);
            std::string short_groups = without_group_zeros(number);
            add("number-no-zeros", short_groups != number ? short_groups : "");
            add("number-spaced", replaced(number, '/', ' '));
            add("number-dashed", replaced(number, '/', '-'));
            add("number-labeled", "Nr. " + number);
        }
        return queries;
    }

private:
    // "2024/0902" -> "2024/902": each digit group without its leading zeros.
    static std::string without_group_zeros(const std::string& number) {
        std::string out;
        for (std::size_t i = 0; i < number.size(); ++i) {
            bool group_start = i == 0 || !std::isdigit(static_cast<unsigned char>(number[i - 1]));
            if (group_start && number[i] == '0' && i + 1 < number.size() &&
                std::isdigit(static_cast<unsigned char>(number[i + 1]))) {
                std::size_t j = i;
                while (j + 1 < number.size() && number[j] == '0' &&
                       std::isdigit(static_cast<unsigned char>(number[j + 1]))) {
                    ++j;
                }
                i = j;
            }
            out += number[i];
        }
        return out;
    }

    static std::string replaced(std::string s, char from, char to) {
        std::replace(s.begin(), s.end(), from, to);
        return s;
    }

    static std::string join(const std::vector<std::string>& words) {
        std::string out;
        for (const auto& w : words) {
            out += (out.empty() ? "" : " ") + w;
        }
        return out;
    }

    // Two or three (or choice_.count) of the thema's rarest words among all themas, or words
    // drawn at random, in their thema order.
    std::vector<std::string> salient_words(const std::string& thema) {
        std::vector<std::string> candidates;
        std::set<std::string> seen;
        for (const auto& w : letter_words(subject_of(thema))) {
            std::string l = lower_word(w);
            if (to_u32(w).size() >= 4 && !stopwords().count(l) && seen.insert(l).second) {
                candidates.push_back(w);
            }
        }
        std::size_t want = choice_.count > 0 ? choice_.count : 2 + random_() % 2;
        if (candidates.size() <= want) {
            return candidates.size() == want || choice_.count == 0 ? candidates
                                                                   : std::vector<std::string>{};
        }
        std::vector<std::string> by_rarity = candidates;
        if (choice_.rarest) {
            std::stable_sort(by_rarity.begin(), by_rarity.end(), [&](const auto& a, const auto& b) {
                return thema_df_[lower_word(a)] < thema_df_[lower_word(b)];
            });
        } else {
            for (std::size_t i = by_rarity.size(); i > 1; --i) {
                std::swap(by_rarity[i - 1], by_rarity[random_() % i]);
            }
        }
        std::set<std::string> chosen(by_rarity.begin(), by_rarity.begin() + want);
        std::vector<std::string> words;
        for (const auto& w : candidates) {
            if (chosen.count(w)) {
                words.push_back(w);
            }
        }
        return words;
    }

    static std::vector<std::string> without_umlauts(const std::vector<std::string>& words) {
        bool changed = false;
        std::vector<std::string> out;
        for (const auto& w : words) {
            std::u32string typed;
            for (char32_t c : to_u32(w)) {
                const char32_t* ascii = c == U'ä'   ? U"ae"
                                        : c == U'ö' ? U"oe"
                                        : c == U'ü' ? U"ue"
                                        : c == U'Ä' ? U"Ae"
                                        : c == U'Ö' ? U"Oe"
                                        : c == U'Ü' ? U"Ue"
                                        : c == U'ß' ? U"ss"
                                                    : nullptr;
                changed = changed || ascii != nullptr;
                typed += ascii != nullptr ? std::u32string(ascii) : std::u32string(1, c);
            }
            out.push_back(to_utf8(typed));
        }
        return changed ? out : std::vector<std::string>{};
    }

    // The first word that is a compound of a listed word (plus Fuge) and a listed noun of at
    // least 4 letters, replaced by that (longest such) noun: Haushaltssicherung -> Sicherung.
    std::vector<std::string> compound_replaced(const std::vector<std::string>& words) const {
        for (std::size_t i = 0; i < words.size(); ++i) {
            std::u32string w = to_u32(words[i]);
            for (std::size_t start = 4; start + 4 <= w.size(); ++start) {
                std::u32string head = w.substr(start);
                head[0] = head[0] == U'ä'                    ? U'Ä'
                          : head[0] == U'ö'                  ? U'Ö'
                          : head[0] == U'ü'                  ? U'Ü'
                          : head[0] >= 'a' && head[0] <= 'z' ? head[0] - 32
                                                             : head[0];
                if (nouns_.count(to_utf8(head)) &&
                    is_modifier(lower_word(to_utf8(w.substr(0, start))))) {
                    auto out = words;
                    out[i] = to_utf8(head);
                    return out;
                }
            }
        }
        return {};
    }

    // The front of a compound is a listed word, possibly with a linking element (Fuge).
    bool is_modifier(const std::string& front) const {
        for (std::string link : {"", "s", "es", "n", "en", "e", "er"}) {
            if (front.size() > link.size() + 2 && front.ends_with(link) &&
                words_.count(front.substr(0, front.size() - link.size()))) {
                return true;
            }
        }
        return false;
    }

    // One pair of adjacent, different letters swapped in one word of five letters or more.
    std::vector<std::string> swapped(const std::vector<std::string>& words) {
        std::vector<std::size_t> long_words;
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (to_u32(words[i]).size() >= 5) {
                long_words.push_back(i);
            }
        }
        if (long_words.empty()) {
            return {};
        }
        std::size_t which = long_words[random_() % long_words.size()];
        std::u32string w = to_u32(words[which]);
        for (std::size_t attempt = 0; attempt < 8; ++attempt) {
            std::size_t k = random_() % (w.size() - 1);
            if (lower(w[k]) != lower(w[k + 1])) {
                std::swap(w[k], w[k + 1]);
                auto out = words;
                out[which] = to_utf8(w);
                return out;
            }
        }
        return {};
    }

    const std::vector<Paper>& papers_;
    std::mt19937 random_;
    WordChoice choice_;
    std::unordered_set<std::string> nouns_;
    std::unordered_set<std::string> words_; ///< all listed words, lower case
    std::map<std::string, std::size_t> thema_df_;
};

} // namespace ratsarchiv::eval
