// SHA-1 based ids and content hashes (Poco's digest engine).
#include "schema/document_identity.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>

namespace ratsarchiv::schema {

std::string document_id(std::string_view archive, std::string_view source) {
    Poco::SHA1Engine sha1;
    sha1.update(archive.data(), static_cast<unsigned>(archive.size()));
    sha1.update('\0');
    sha1.update(source.data(), static_cast<unsigned>(source.size()));
    return Poco::DigestEngine::digestToHex(sha1.digest()).substr(0, 16);
}

std::string content_hash(std::string_view bytes) {
    Poco::SHA1Engine sha1;
    sha1.update(bytes.data(), static_cast<unsigned>(bytes.size()));
    return Poco::DigestEngine::digestToHex(sha1.digest());
}

} // namespace ratsarchiv::schema
