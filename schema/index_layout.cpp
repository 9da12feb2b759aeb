// Paths of the two parts of an index and the stub naming both.
#include "schema/index_layout.h"

#include <filesystem>
#include <fstream>

#include "schema/errors.h"

namespace ratsarchiv::schema {

std::string public_part(const std::string& index) {
    return index + "/" + std::string(kPublicPart);
}

std::string restricted_part(const std::string& index) {
    return index + "/" + std::string(kRestrictedPart);
}

std::string spelling_part(const std::string& index) {
    return index + "/" + std::string(kSpellingPart);
}

std::string view_path(const std::string& index, bool staff) {
    return staff ? index : public_part(index);
}

void write_index_stub(const std::string& index) {
    const std::string path = index + "/" + std::string(kStubFile);
    std::ofstream out(path, std::ios::trunc);
    out << "auto " << kPublicPart << "\nauto " << kRestrictedPart << "\n";
    out.close();
    if (!out) {
        throw Error(path + ": cannot write the index stub");
    }
}

bool has_index_layout(const std::string& index) {
    std::error_code ec;
    return std::filesystem::is_directory(public_part(index), ec);
}

} // namespace ratsarchiv::schema
