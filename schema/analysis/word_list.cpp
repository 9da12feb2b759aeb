// Loading and sharing the German word list (see word_list.h).
#include "schema/analysis/word_list.h"

#include <fstream>
#include <map>
#include <mutex>

#include "schema/text_fold.h"

namespace ratsarchiv::analysis {

namespace {
bool is_ascii(std::string_view s) {
    for (unsigned char c : s) {
        if (c >= 0x80) {
            return false;
        }
    }
    return true;
}

std::string fold_word(std::string_view word) {
    if (is_ascii(word)) {
        std::string out(word);
        for (auto& c : out) {
            if (c >= 'A' && c <= 'Z') {
                c = static_cast<char>(c - 'A' + 'a');
            }
        }
        return out;
    }
    return schema::case_fold(word);
}
} // namespace

WordList::WordList(const std::vector<std::string>& paths) : filter_(kFilterBits / 64) {
    for (const auto& path : paths) {
        std::ifstream in(path);
        std::string line;
        bool first = true;
        while (std::getline(in, line)) {
            std::string_view word(line);
            word = word.substr(0, word.find('/'));
            while (!word.empty() && (word.back() == '\r' || word.back() == ' ')) {
                word.remove_suffix(1);
            }
            // hunspell .dic files start with the entry count
            bool count_line = first && !word.empty() && word[0] >= '0' && word[0] <= '9';
            first = false;
            if (count_line || word.size() < 3 || word.find(' ') != std::string_view::npos) {
                continue;
            }
            std::string folded = fold_word(word);
            std::size_t bit = Hash{}(folded) % kFilterBits;
            filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
            words_.insert(std::move(folded));
        }
    }
}

std::shared_ptr<const WordList> WordList::shared(const std::vector<std::string>& paths) {
    static std::mutex mutex;
    static std::map<std::vector<std::string>, std::shared_ptr<const WordList>> loaded;
    std::lock_guard lock(mutex);
    auto& slot = loaded[paths];
    if (!slot) {
        slot = std::make_shared<const WordList>(paths);
    }
    return slot;
}

bool WordList::contains(std::string_view folded_word) const {
    std::size_t bit = Hash{}(folded_word) % kFilterBits;
    if ((filter_[bit / 64] & (std::uint64_t{1} << (bit % 64))) == 0) {
        return false;
    }
    return words_.find(folded_word) != words_.end();
}

bool WordList::knows_inflected(std::string_view w) const {
    if (contains(w)) {
        return true;
    }
    for (std::string_view ending : {"e", "n", "en", "s", "es", "er", "ern", "em"}) {
        if (w.size() > ending.size() + 3 && w.ends_with(ending) &&
            contains(w.substr(0, w.size() - ending.size()))) {
            return true;
        }
    }
    return false;
}

} // namespace ratsarchiv::analysis
