// Who may see a document: the one rule the indexer applies when it writes the visibility term.
#pragma once

#include "schema/council_document.h"

namespace ratsarchiv::schema {

/// The audience a document is visible to.
enum class Visibility { Public, Restricted };

/// Operator policy for documents whose status the extractor could not determine.
struct VisibilityPolicy {
    bool unknown_is_restricted = false; ///< "when in doubt, treat as non-public"
};

/// The document's visibility: restricted when its own status says nichtöffentlich, or when
/// unknown and the policy says so.
Visibility decide_visibility(const CouncilDocument& doc, const VisibilityPolicy& policy);

} // namespace ratsarchiv::schema
