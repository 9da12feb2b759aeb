// Where in a hit's text its snippet is looked for. Xapian's snippet generator reads, segments and
// stems every word it is given, so handing it the whole head of a long text costs about a
// millisecond per hit when the query words are in the title only. A plain byte search for the
// first letters of the query words (in their umlaut and ß spellings, lower case and capitalized)
// finds where the text mentions them; the generator then only sees a window from there.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ratsarchiv::server {

/// Case-folded word beginnings to look for in texts, from the free words and phrases of a query.
class SnippetNeedles {
public:
    explicit SnippetNeedles(const std::vector<std::string>& free_words);

    /// The part of `text` worth giving the snippet generator: from shortly before the first
    /// mention of a query word, or the beginning of the text when no word is mentioned.
    std::string_view window(std::string_view text) const;

private:
    std::vector<std::string> needles_;
};

} // namespace ratsarchiv::server
