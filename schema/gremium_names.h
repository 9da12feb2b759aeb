// Normalization of committee (Gremium) names, so that one committee is one facet value within
// a body: "Der Stadtrat" and "Stadtrat", "36. Plenarsitzung Gemeinderat" and "Gemeinderat",
// "des Personal- und Organisationsausschusses" and "Personal- und Organisationsausschuss".
// Different committees never merge: only articles, session numbering and inflection go.
#pragma once

#include <string>
#include <string_view>

namespace ratsarchiv::schema {

/// The normalized display name of a Gremium as written in a document.
std::string normalize_gremium(std::string_view name);

} // namespace ratsarchiv::schema
