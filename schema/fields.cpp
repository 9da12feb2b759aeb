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

std::string session_date_term(std::string_view yyyymmdd) {
    return std::string(kPrefixSessionDate) + std::string(yyyymmdd);
}

std::string gremium_session_prefix(std::string_view gremium) {
    // Cut before the date is appended, so that every date of one committee shares the prefix.
    std::string prefix(kPrefixGremiumSession);
    prefix += fold_keyword(gremium);
    prefix = std::string(utf8_prefix(prefix, kMaxTermBytes - 9));
    prefix += ':';
    return prefix;
}

std::string gremium_session_term(std::string_view gremium, std::string_view yyyymmdd) {
    return gremium_session_prefix(gremium) + std::string(yyyymmdd);
}

std::string session_record_term(std::string_view gremium, std::string_view yyyymmdd) {
    return std::string(kPrefixSessionRecord) +
           gremium_session_term(gremium, yyyymmdd).substr(kPrefixGremiumSession.size());
}

std::string oparl_body_term(std::string_view body, std::string_view archive) {
    std::string term(kPrefixOParlBody);
    term += fold_whitespace(body.empty() ? archive : body);
    return std::string(utf8_prefix(term, kMaxTermBytes));
}

std::string id_term(std::string_view id) {
    std::string term(kPrefixId);
    term += id;
    return term;
}

} // namespace ratsarchiv::schema
