// Visibility decisions: the document's status, "when in doubt", operator globs and sidecars.
#include <catch2/catch.hpp>

#include <xapian.h>

#include "indexer/indexing_run.h"
#include "schema/errors.h"
#include "schema/fields.h"
#include "schema/visibility.h"
#include "support/temp_directory.h"

using namespace ratsarchiv;
using schema::Visibility;

namespace {
CouncilDocument doc_at(const std::string& source, std::optional<bool> is_public) {
    CouncilDocument doc;
    doc.archive = "stadt";
    doc.source = source;
    doc.is_public = is_public;
    return doc;
}
} // namespace

TEST_CASE("the document's own status decides when no override applies", "[access]") {
    auto [status, unknown_is_restricted, expected] =
        GENERATE(table<std::optional<bool>, bool, Visibility>({
            {true, false, Visibility::Public},
            {true, true, Visibility::Public},
            {false, false, Visibility::Restricted},
            {std::nullopt, false, Visibility::Public},
            {std::nullopt, true, Visibility::Restricted},
        }));
    schema::VisibilityPolicy policy;
    policy.unknown_is_restricted = unknown_is_restricted;
    CHECK(schema::decide_visibility(doc_at("a.txt", status), policy) == expected);
}

TEST_CASE("operator globs win over the document's status, the last matching rule wins",
          "[access]") {
    schema::VisibilityPolicy policy =
        schema::parse_visibility_policy("# personnel matters are never public\n"
                                        "unknown = restricted\n"
                                        "restricted = personal/*\n"
                                        "public = personal/stellenplan_*.txt\n"
                                        "restricted = stadt/2019/*\n",
                                        "rules");
    CHECK(policy.unknown_is_restricted);
    auto [source, status, expected] = GENERATE(table<std::string, std::optional<bool>, Visibility>({
        {"personal/a/b.txt", true, Visibility::Restricted},
        {"personal/stellenplan_2024.txt", false, Visibility::Public},
        {"2019/vorlage.txt", true, Visibility::Restricted},
        {"2020/vorlage.txt", true, Visibility::Public},
        {"2020/vorlage.txt", std::nullopt, Visibility::Restricted},
    }));
    CHECK(schema::decide_visibility(doc_at(source, status), policy) == expected);
}

TEST_CASE("a sidecar file wins over globs and the document's status", "[access]") {
    testing::TempDirectory dir;
    testing::write_file(dir.path() / "a.txt", "x");
    testing::write_file(dir.path() / "a.txt.visibility", " restricted\n");
    testing::write_file(dir.path() / "b.txt.visibility", "public");
    testing::write_file(dir.path() / "c.txt.visibility", "vielleicht");
    CHECK(schema::read_sidecar(dir.file("a.txt")) == Visibility::Restricted);
    CHECK(schema::read_sidecar(dir.file("b.txt")) == Visibility::Public);
    // An unreadable wish of the operator is taken as the safe one.
    CHECK(schema::read_sidecar(dir.file("c.txt")) == Visibility::Restricted);
    CHECK_FALSE(schema::read_sidecar(dir.file("d.txt")).has_value());

    schema::VisibilityPolicy policy = schema::parse_visibility_policy("restricted = *", "rules");
    CouncilDocument doc = doc_at("b.txt", false);
    doc.sidecar_public = true;
    CHECK(schema::decide_visibility(doc, policy) == Visibility::Public);
    doc.sidecar_public = false;
    CHECK(schema::decide_visibility(doc_at("x", true), {}, Visibility::Restricted) ==
          Visibility::Restricted);
}

TEST_CASE("a visibility config with an unknown key or value is rejected, naming the line",
          "[access]") {
    auto text =
        GENERATE(as<std::string>{}, "secret = *", "unknown = maybe", "public =", "just a line");
    CHECK_THROWS_AS(schema::parse_visibility_policy(text, "rules"), ConfigError);
    try {
        schema::parse_visibility_policy(text, "rules");
    } catch (const ConfigError& e) {
        CHECK(std::string(e.what()).find("rules:1") != std::string::npos);
    }
}

TEST_CASE("re-indexing picks up a new sidecar or rule even when the file is unchanged",
          "[access]") {
    testing::TempDirectory dir;
    testing::write_file(dir.path() / "archiv" / "vorlage.txt",
                        "Vorlage Nr. 12/2024\nÖffentlichkeitsstatus öffentlich\n\nKita-Ausbau\n");
    indexer::IndexingOptions options;
    options.db_path = dir.file("db");
    options.paths = {dir.file("archiv")};
    options.threads = 1;
    auto restricted_count = [&] {
        Xapian::Database db(options.db_path);
        return db.get_termfreq(std::string(schema::kTermRestricted));
    };
    indexer::run_indexing(options, {});
    CHECK(restricted_count() == 0);

    testing::write_file(dir.path() / "archiv" / "vorlage.txt.visibility", "restricted\n");
    CHECK(indexer::run_indexing(options, {}).indexed == 1);
    CHECK(restricted_count() == 1);

    std::filesystem::remove(dir.path() / "archiv" / "vorlage.txt.visibility");
    CHECK(indexer::run_indexing(options, {}).indexed == 1);
    CHECK(restricted_count() == 0);

    options.policy = schema::parse_visibility_policy("restricted = vorl*", "rules");
    CHECK(indexer::run_indexing(options, {}).indexed == 1);
    CHECK(restricted_count() == 1);
    CHECK(indexer::run_indexing(options, {}).indexed == 0);
}

TEST_CASE("a document that becomes non-public takes its words out of the spelling data",
          "[access]") {
    testing::TempDirectory dir;
    testing::write_file(dir.path() / "archiv" / "vorlage.txt",
                        "Vorlage Nr. 12/2024\nÖffentlichkeitsstatus öffentlich\n\n"
                        "Grundstück Knirpelwiese\n\nDie Knirpelwiese wird verkauft.\n");
    indexer::IndexingOptions options;
    options.db_path = dir.file("db");
    options.paths = {dir.file("archiv")};
    options.threads = 1;
    auto suggestion = [&] {
        Xapian::Database db(options.db_path);
        return db.get_spelling_suggestion("knirpelwiesr");
    };
    indexer::run_indexing(options, {});
    CHECK(suggestion() == "knirpelwiese");

    testing::write_file(dir.path() / "archiv" / "vorlage.txt.visibility", "restricted\n");
    indexer::run_indexing(options, {});
    CHECK(suggestion().empty());
}
