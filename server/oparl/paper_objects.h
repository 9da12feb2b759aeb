// The OParl objects made of one document: its Paper, the File of its text and the Consultation
// of each step of its Beratungsfolge; and the deleted form of any object (chapter 2.8).
// Everything is read from the document as the audience may see it (visible_document): anonymous
// users get the public view, without non-public attachments and steps, and links only to
// papers they may see.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <Poco/JSON/Object.h>
#include <xapian.h>

#include "schema/council_document.h"
#include "server/access/audience.h"
#include "server/oparl/oparl_urls.h"

namespace ratsarchiv::server::oparl {

/// The OParl type URL of `type` ("Paper" -> "https://schema.oparl.org/1.1/Paper").
std::string type_url(std::string_view type);

/// A document as OParl sees it: the visible document and its times.
struct PaperSource {
    CouncilDocument document;
    std::int64_t created = 0;
    std::int64_t modified = 0;
    std::string visibility; ///< for staff: "public", "restricted", "partly_restricted"
};

/// Reads what `audience` may see of `doc` (call only for documents it may see).
PaperSource paper_source(const Audience& audience, const Xapian::Document& doc);

/// Papers a paper points to, by id, as the audience may see them.
struct PaperLinks {
    std::vector<std::string> related;
    std::vector<std::string> superordinated; ///< what it answers or amends
    std::vector<std::string> subordinated;   ///< what answers or amends it
};

/// The links of `doc` from its references and the references to its number, through the
/// audience's view only (a paper it may not see is never named).
PaperLinks paper_links(Xapian::Database& db, const Audience& audience, const CouncilDocument& doc);

/// The Paper object, with its File and Consultations embedded.
Poco::JSON::Object::Ptr paper_json(const Urls& urls, const PaperSource& paper,
                                   const PaperLinks& links);

/// The File of the document's text; `standalone` adds the backreference to its paper.
Poco::JSON::Object::Ptr file_json(const Urls& urls, const PaperSource& paper, bool standalone);

/// The file name the text is served under ("2020-0733.txt").
std::string text_file_name(const CouncilDocument& doc);

/// The Consultation of step `index`; `standalone` adds the backreference to its paper.
Poco::JSON::Object::Ptr consultation_json(const Urls& urls, const PaperSource& paper,
                                          std::size_t index, bool standalone);

/// Whether step `index` is shown as a Consultation: not a placeholder of a non-public step
/// (which the public view keeps without committee, date or role).
bool shows_consultation(const PaperSource& paper, std::size_t index);

/// The deleted form of an object: id, type, created, modified (the removal) and deleted.
Poco::JSON::Object::Ptr deleted_json(const std::string& id_url, std::string_view type,
                                     std::int64_t created, std::int64_t removed);

} // namespace ratsarchiv::server::oparl
