// Typed document numbers (see typed_number.h).
#include "server/search/typed_number.h"

#include <algorithm>

#include "schema/fields.h"
#include "schema/text_fold.h"

namespace ratsarchiv::server {

namespace {
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_digit_group(std::string_view word) {
    return !word.empty() && std::all_of(word.begin(), word.end(), is_digit);
}

std::string variant_term(std::string_view text) {
    return std::string(schema::kPrefixNumberVariant) + schema::fold_keyword(text);
}

// "2024-0902" -> "2024/0902": a dash between digits typed for the slash of a number.
std::string dashes_as_slashes(std::string_view text) {
    std::string out(text);
    for (std::size_t i = 1; i + 1 < out.size(); ++i) {
        if (out[i] == '-' && is_digit(out[i - 1]) && is_digit(out[i + 1])) {
            out[i] = '/';
        }
    }
    return out;
}
} // namespace

Xapian::Query number_query(std::string_view text) {
    const auto& number_field = *schema::field_by_name("number");
    std::vector<Xapian::Query> alternatives{Xapian::Query(schema::keyword_term(number_field, text)),
                                            Xapian::Query(variant_term(text))};
    if (std::string slashed = dashes_as_slashes(text); slashed != text) {
        alternatives.emplace_back(variant_term(slashed));
    }
    return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
}

std::vector<std::string> with_number_groups_joined(const std::vector<std::string>& words,
                                                   const Xapian::Database& db) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string number = words[i];
        // A number may end in a sub-number ("2023 0425 5" for 2023/0425/5): extend while the
        // longer join still spells a number the archive has.
        std::size_t joined = i;
        while (is_digit_group(words[i]) && joined + 1 < words.size() &&
               is_digit_group(words[joined + 1]) &&
               db.term_exists(variant_term(number + "/" + words[joined + 1]))) {
            number += "/" + words[++joined];
        }
        out.push_back(std::move(number));
        i = joined;
    }
    return out;
}

} // namespace ratsarchiv::server
