// Lookups over the field table and the construction of exact-match keyword terms.
#include "schema/fields.h"

#include "schema/text_fold.h"

namespace ratsarchiv::schema {

namespace {
// Xapian rejects terms over 245 bytes; keep room for the prefix and cut on a UTF-8 boundary.
constexpr std::size_t kMaxTermBytes = 240;

std::string cut_utf8(std::string s, std::size_t max_bytes) {
    if (s.size() <= max_bytes) {
        return s;
    }
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    s.resize(cut);
    return s;
}
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
    return cut_utf8(std::move(term), kMaxTermBytes);
}

std::string id_term(std::string_view id) {
    std::string term(kPrefixId);
    term += id;
    return term;
}

} // namespace ratsarchiv::schema
