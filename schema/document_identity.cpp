// SHA-1 based ids and content hashes (Poco's digest engine).
#include "schema/document_identity.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>

#include "schema/fields.h"

namespace ratsarchiv::schema {

std::string document_id(std::string_view archive, std::string_view source) {
    Poco::SHA1Engine sha1;
    sha1.update(archive.data(), static_cast<unsigned>(archive.size()));
    sha1.update('\0');
    sha1.update(source.data(), static_cast<unsigned>(source.size()));
    return Poco::DigestEngine::digestToHex(sha1.digest()).substr(0, 16);
}

std::string source_term(std::string_view archive_source) {
    constexpr std::size_t kMaxTermBytes = 245; // Xapian's limit
    constexpr std::size_t kKeptBytes = 200;
    std::string term(kPrefixSource);
    if (term.size() + archive_source.size() <= kMaxTermBytes) {
        return term.append(archive_source);
    }
    std::size_t cut = kKeptBytes;
    while (cut > 0 && (static_cast<unsigned char>(archive_source[cut]) & 0xC0) == 0x80) {
        --cut; // not inside a UTF-8 sequence
    }
    Poco::SHA1Engine sha1;
    sha1.update(archive_source.data(), static_cast<unsigned>(archive_source.size()));
    return term.append(archive_source.substr(0, cut))
        .append("#")
        .append(Poco::DigestEngine::digestToHex(sha1.digest()).substr(0, 16));
}

std::string content_hash(std::string_view bytes) {
    Poco::SHA1Engine sha1;
    sha1.update(bytes.data(), static_cast<unsigned>(bytes.size()));
    return Poco::DigestEngine::digestToHex(sha1.digest());
}

} // namespace ratsarchiv::schema
