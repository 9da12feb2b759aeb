// Lookups over the field table and the construction of exact-match keyword terms.
#include "schema/fields.h"

#include "schema/text_fold.h"

namespace ratsarchiv::schema {

namespace {
// Xapian rejects terms over 245 bytes; keep room for the prefix and cut on a UTF-8 boundary.
constexpr std::size_t kMaxTermBytes = 240;

} // namespace

const FieldSpec* field_by_name(std::string_view name) {
    for (const auto& f : kFields) {
        if (f.name == name) {
            return &f;
        }
    }
    return nullptr;
}

const FieldSpec* field_by_query_alias(std::string_view alias) {
    for (const auto& f : kFields) {
        if (f.query_alias == alias) {
            return &f;
        }
    }
    return nullptr;
}

const FieldSpec* field_by_filter_param(std::string_view param) {
    for (const auto& f : kFields) {
        if (f.filter_param == param) {
            return &f;
        }
    }
    return nullptr;
}

std::string keyword_term(const FieldSpec& field, std::string_view value) {
    std::string term(field.term_prefix);
    term += fold_keyword(value);
    return std::string(utf8_prefix(term, kMaxTermBytes));
}

std::string id_term(std::string_view id) {
    std::string term(kPrefixId);
    term += id;
    return term;
}

} // namespace ratsarchiv::schema
