// The ids of OParl objects, derived from what identifies them in the archive, never from Xapian
// docids, so they stay the same when the archive is indexed again:
//   Paper, File    the document id (schema/document_identity.h)
//   Consultation   document id + "-" + the step's place in the Beratungsfolge (1-based)
//   Body           a slug of the body's name ("Stadt Karlsruhe" -> "stadt-karlsruhe")
//   Organization   16 hex digits of SHA-1 over kind, body and folded name (a Gremium and an
//                  Amt of the same name are two organizations)
//   Meeting        16 hex digits of SHA-1 over body, folded Gremium and day
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace ratsarchiv::server::oparl {

/// The two kinds of organization the archive knows.
enum class OrganizationKind { Gremium, Amt };

/// The body's id: its name lower-cased, umlauts spelt out, other characters as "-".
std::string body_id(std::string_view body_name);

std::string organization_id(OrganizationKind kind, std::string_view body_name,
                            std::string_view name);

/// `day` as "yyyymmdd".
std::string meeting_id(std::string_view body_name, std::string_view gremium, std::string_view day);

std::string consultation_id(std::string_view paper_id, std::size_t step_index);

/// The paper id and 0-based step index of a consultation id; nullopt when it has not that form.
std::optional<std::pair<std::string, std::size_t>> parse_consultation_id(std::string_view id);

/// The name of the body a document is listed under: its body, else its archive's name (the
/// text of schema::oparl_body_term without its prefix).
std::string body_name_of(std::string_view body, std::string_view archive);

} // namespace ratsarchiv::server::oparl
