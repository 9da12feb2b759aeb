// Crash safety of incremental runs: an indexer stopped between the commits of the public and the
// restricted part leaves the parts at different commit generations; the next run notices, indexes
// every file again (no skipping by content hash) and so puts a document that was caught half
// moved back into exactly one part. Stale work directories of killed fresh builds are removed.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include <xapian.h>

#include "indexer/indexing_run.h"
#include "schema/document_identity.h"
#include "schema/fields.h"
#include "schema/index_layout.h"
#include "support/temp_directory.h"

using namespace ratsarchiv;
namespace fs = std::filesystem;

namespace {
std::string council_file(const std::string& number, const std::string& status) {
    return "Vorlage Nr. " + number + "\nÖffentlichkeitsstatus " + status +
           "\n\nBetreff: Quellwiesenpark " + number + "\n\nDer Quellwiesenpark wird erweitert.\n";
}

indexer::IndexingOptions options_for(const testing::TempDirectory& dir) {
    indexer::IndexingOptions options;
    options.db_path = dir.file("db");
    options.paths = {dir.file("archiv")};
    options.threads = 2;
    return options;
}

// Documents of one part that carry the id term of `source`.
Xapian::doccount copies_in(const std::string& part, const std::string& source) {
    Xapian::Database db(part);
    return db.get_termfreq(std::string(schema::kPrefixId) + schema::document_id("archiv", source));
}

// What a killed indexer leaves: the restricted part one commit behind the public part, with a
// public document still in it (as when a document moved from restricted to public).
void leave_half_committed(const std::string& db_path, const std::string& source) {
    Xapian::Database public_part(schema::public_part(db_path));
    const std::string id_term =
        std::string(schema::kPrefixId) + schema::document_id("archiv", source);
    Xapian::Document copy = public_part.get_document(*public_part.postlist_begin(id_term));
    Xapian::WritableDatabase restricted(schema::restricted_part(db_path));
    restricted.replace_document(id_term, copy);
    const std::string generation = public_part.get_metadata("ratsarchiv.commit_generation");
    REQUIRE_FALSE(generation.empty());
    restricted.set_metadata("ratsarchiv.commit_generation",
                            std::to_string(std::stoull(generation) - 1));
    restricted.commit();
}
} // namespace

TEST_CASE("a run after a commit stopped between the two parts re-indexes every file and leaves "
          "each document in one part",
          "[indexer][crash]") {
    testing::TempDirectory dir;
    testing::write_file(dir.path() / "archiv" / "a.txt", council_file("1/2024", "öffentlich"));
    testing::write_file(dir.path() / "archiv" / "b.txt", council_file("2/2024", "öffentlich"));
    testing::write_file(dir.path() / "archiv" / "c.txt", council_file("3/2024", "nichtöffentlich"));
    auto options = options_for(dir);
    REQUIRE(indexer::run_indexing(options, {}).indexed == 3);
    // A first incremental run stamps the commit generation on both parts.
    REQUIRE(indexer::run_indexing(options, {}).unchanged == 3);

    leave_half_committed(options.db_path, "a.txt");
    REQUIRE(copies_in(schema::restricted_part(options.db_path), "a.txt") == 1);

    const auto repair = indexer::run_indexing(options, {});
    CHECK(repair.repaired_interrupted_commit);
    CHECK(repair.unchanged == 0);
    CHECK(repair.indexed == 3);
    CHECK(copies_in(schema::public_part(options.db_path), "a.txt") == 1);
    CHECK(copies_in(schema::restricted_part(options.db_path), "a.txt") == 0);
    CHECK(copies_in(schema::restricted_part(options.db_path), "c.txt") == 1);
    CHECK(Xapian::Database(options.db_path).get_doccount() == 3);

    // Repaired: the next run skips unchanged files again.
    const auto after = indexer::run_indexing(options, {});
    CHECK_FALSE(after.repaired_interrupted_commit);
    CHECK(after.unchanged == 3);
}

TEST_CASE("a fresh build removes the work directories of killed builds, not of live ones",
          "[indexer][crash]") {
    testing::TempDirectory dir;
    testing::write_file(dir.path() / "archiv" / "a.txt", council_file("1/2024", "öffentlich"));
    // No process has pid 2^22+1 (above Linux's pid_max limit); pid 1 always lives.
    fs::create_directories(dir.file("db.segments-4194305/w0"));
    fs::create_directories(dir.file("db.new-4194305/public"));
    fs::create_directories(dir.file("db.new-1"));
    auto options = options_for(dir);
    REQUIRE(indexer::run_indexing(options, {}).indexed == 1);
    CHECK_FALSE(fs::exists(dir.file("db.segments-4194305")));
    CHECK_FALSE(fs::exists(dir.file("db.new-4194305")));
    CHECK(fs::exists(dir.file("db.new-1")));
}
