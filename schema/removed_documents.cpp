// Removal records in Xapian metadata: "removed_at created_at body_term".
#include "schema/removed_documents.h"

#include <charconv>

#include "schema/fields.h"

namespace ratsarchiv::schema {

namespace {
std::int64_t unix_seconds_value(const Xapian::Document& doc, Xapian::valueno slot) {
    const std::string value = doc.get_value(slot);
    return value.empty() ? 0 : static_cast<std::int64_t>(Xapian::sortable_unserialise(value));
}

// The first term of `doc` with `prefix`, without the prefix ("" when none).
std::string term_after(const Xapian::Document& doc, std::string_view prefix) {
    Xapian::TermIterator it = doc.termlist_begin();
    it.skip_to(std::string(prefix));
    if (it == doc.termlist_end() || (*it).rfind(prefix, 0) != 0) {
        return {};
    }
    return (*it).substr(prefix.size());
}

bool read_number(std::string_view& text, std::int64_t& out) {
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (ec != std::errc()) {
        return false;
    }
    text.remove_prefix(static_cast<std::size_t>(ptr - text.data()));
    return text.empty() || text.front() == ' ';
}
} // namespace

std::string removed_key(std::string_view id) {
    return std::string(kRemovedKeyPrefix) + std::string(id);
}

RemovedDocument identity_of(const Xapian::Document& doc) {
    RemovedDocument identity;
    identity.id = term_after(doc, kPrefixId);
    identity.created_at = unix_seconds_value(doc, kSlotFirstIndexedAt);
    if (identity.created_at == 0) { // indexed before the slot existed
        identity.created_at = unix_seconds_value(doc, kSlotIndexedAt);
    }
    const std::string body = term_after(doc, kPrefixOParlBody);
    identity.body_term = body.empty() ? std::string() : std::string(kPrefixOParlBody) + body;
    return identity;
}

void record_removal(Xapian::WritableDatabase& db, const Xapian::Document& old,
                    std::int64_t removed_at) {
    RemovedDocument identity = identity_of(old);
    if (identity.id.empty()) {
        return;
    }
    db.set_metadata(removed_key(identity.id), std::to_string(removed_at) + " " +
                                                  std::to_string(identity.created_at) + " " +
                                                  identity.body_term);
}

void clear_removal(Xapian::WritableDatabase& db, std::string_view id) {
    const std::string key = removed_key(id);
    if (!db.get_metadata(key).empty()) {
        db.set_metadata(key, ""); // Xapian deletes a key set to ""
    }
}

std::optional<RemovedDocument> parse_removal(std::string_view key, std::string_view value) {
    if (key.rfind(kRemovedKeyPrefix, 0) != 0) {
        return std::nullopt;
    }
    RemovedDocument removed;
    removed.id = std::string(key.substr(kRemovedKeyPrefix.size()));
    if (!read_number(value, removed.removed_at) || value.empty()) {
        return std::nullopt;
    }
    value.remove_prefix(1);
    if (!read_number(value, removed.created_at)) {
        return std::nullopt;
    }
    if (!value.empty()) {
        removed.body_term = std::string(value.substr(1));
    }
    return removed;
}

} // namespace ratsarchiv::schema
