// Visibility of one document from its extracted status and the operator policy.
#include "schema/visibility.h"

namespace ratsarchiv::schema {

Visibility decide_visibility(const CouncilDocument& doc, const VisibilityPolicy& policy) {
    if (doc.is_public.has_value()) {
        return *doc.is_public ? Visibility::Public : Visibility::Restricted;
    }
    return policy.unknown_is_restricted ? Visibility::Restricted : Visibility::Public;
}

} // namespace ratsarchiv::schema
