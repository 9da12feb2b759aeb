// The per-file pipeline shared by ratsarchiv-index and ratsarchiv-extract.
#include "indexer/council_file.h"

#include "indexer/extract/document_date.h"
#include "indexer/extract/extract_fields.h"
#include "indexer/extract/field_extractors.h"
#include "indexer/read/decode_text.h"
#include "schema/document_identity.h"
#include "schema/visibility.h"

namespace ratsarchiv::indexer {

CouncilDocument read_council_document(const RawFile& file) {
    CouncilDocument doc;
    doc.archive = file.archive;
    doc.source = file.source;
    doc.id = schema::document_id(file.archive, file.source);
    doc.content_hash = schema::content_hash(file.bytes);
    // The operator's sidecar (`<file>.visibility`) exists only for files on disk; for members of
    // a tarball the origin names no file, so the lookup finds nothing.
    if (auto sidecar = schema::read_sidecar(file.origin)) {
        doc.sidecar_public = *sidecar == schema::Visibility::Public;
    }
    DecodedText decoded = decode_text(file.bytes);
    doc.encoding = decoded.encoding;
    doc.diagnostics = std::move(decoded.diagnostics);
    for (const auto& problem : file.walk_problems) {
        doc.diagnostics.push_back({"file", problem});
    }
    if (file.truncated) {
        doc.diagnostics.push_back({"file", "larger than the size limit; indexed up to the limit"});
    }
    bool extracted = false;
    try {
        extract_fields(decoded.utf8, doc);
        extracted = true;
    } catch (const std::exception& e) {
        // A defect in one extractor must not lose the file: keep the text, report the reason.
        doc.diagnostics.push_back({"extract", e.what(), 0});
    }
    if (doc.body.empty()) {
        doc.body = file.default_body;
    }
    if (!extracted) {
        doc.text = std::move(decoded.utf8);
    }
    // An extracted text that is empty held only page furniture ("-- 1 of 1 --"): no text.
    extract::choose_document_date(doc);
    extract::extract_session_record(doc); // the session's day is the date chosen just now
    if (doc.text.find_first_not_of(" \t\r\n\f") == std::string::npos) {
        doc.diagnostics.push_back(
            {"file", "no text (empty file or a scan without text)", 0, Severity::Note});
    }
    return doc;
}

} // namespace ratsarchiv::indexer
