// Stable ids of OParl objects.
#include "server/oparl/object_ids.h"

#include <charconv>

#include "schema/document_identity.h"
#include "schema/fields.h"
#include "schema/text_fold.h"

namespace ratsarchiv::server::oparl {

std::string body_id(std::string_view body_name) {
    const std::string folded = schema::fold_keyword(body_name); // umlauts already ae/oe/ue
    std::string slug;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const char c = folded[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            slug += c;
        } else if (folded.compare(i, 2, "\xC3\x9F") == 0) { // ß, where folding kept it
            slug += "ss";
            ++i;
        } else if (!slug.empty() && slug.back() != '-') {
            slug += '-';
        }
    }
    while (!slug.empty() && slug.back() == '-') {
        slug.pop_back();
    }
    // A name of no letter or digit still needs an id that is its own.
    return slug.empty() ? "body-" + schema::document_id("body", body_name) : slug;
}

std::string organization_id(OrganizationKind kind, std::string_view body_name,
                            std::string_view name) {
    const std::string scope = std::string(kind == OrganizationKind::Gremium ? "gremium:" : "amt:") +
                              std::string(body_name);
    return schema::document_id(scope, schema::fold_keyword(name));
}

std::string meeting_id(std::string_view body_name, std::string_view gremium, std::string_view day) {
    return schema::document_id("meeting:" + std::string(body_name),
                               schema::fold_keyword(gremium) + "\n" + std::string(day));
}

std::string consultation_id(std::string_view paper_id, std::size_t step_index) {
    return std::string(paper_id) + "-" + std::to_string(step_index + 1);
}

std::optional<std::pair<std::string, std::size_t>> parse_consultation_id(std::string_view id) {
    const std::size_t dash = id.rfind('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= id.size()) {
        return std::nullopt;
    }
    std::size_t number = 0;
    const std::string_view digits = id.substr(dash + 1);
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
    if (ec != std::errc() || ptr != digits.data() + digits.size() || number == 0 ||
        digits.front() == '0') {
        return std::nullopt;
    }
    return std::make_pair(std::string(id.substr(0, dash)), number - 1);
}

std::string body_name_of(std::string_view body, std::string_view archive) {
    return schema::oparl_body_term(body, archive).substr(schema::kPrefixOParlBody.size());
}

} // namespace ratsarchiv::server::oparl
