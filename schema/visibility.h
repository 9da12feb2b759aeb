// Who may see a document: the one rule the indexer applies when it writes the visibility term.
//
// Order of precedence (first that applies wins):
//   1. a sidecar file next to the document (`<file>.visibility` containing `public` or
//      `restricted`): the operator's word on exactly this file;
//   2. the operator's rules from the visibility config (globs over the source path; the last
//      matching rule wins, as in .gitignore);
//   3. the document's own status as extracted (öffentlich / nichtöffentlich);
//   4. when the status is unknown: restricted if the policy says "when in doubt, restricted".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/council_document.h"

namespace ratsarchiv::schema {

/// The audience a document is visible to.
enum class Visibility { Public, Restricted };

/// One operator rule: documents whose source path matches `pattern` get `visibility`.
struct VisibilityOverride {
    std::string pattern; ///< fnmatch glob; `*` also matches `/` (so `personal/*` is a subtree)
    Visibility visibility = Visibility::Restricted;
};

/// Operator policy: overrides and what to do with documents whose status is unknown.
struct VisibilityPolicy {
    bool unknown_is_restricted = false;        ///< "when in doubt, treat as non-public"
    std::vector<VisibilityOverride> overrides; ///< in file order; the last match wins
};

/// The suffix of sidecar files: `Vorlage_12.txt` is overridden by `Vorlage_12.txt.visibility`.
inline constexpr std::string_view kSidecarSuffix = ".visibility";

/// `public` / `restricted` (also `öffentlich` / `nichtöffentlich`), surrounding white space
/// ignored; nullopt for anything else.
std::optional<Visibility> parse_visibility_word(std::string_view word);

/// The sidecar of the file at `file_path` (`file_path` + kSidecarSuffix), if it exists. A
/// sidecar that cannot be read or does not say `public` or `restricted` counts as restricted:
/// the operator meant to say something, and in doubt a document stays non-public.
std::optional<Visibility> read_sidecar(const std::string& file_path);

/// Reads a visibility config file: `key = value` lines, `#` comments. Keys: `unknown`
/// (`public` or `restricted`), `public` and `restricted` (a glob each, repeatable). Throws
/// ConfigError for unknown keys or bad values, InputError when the file cannot be read.
VisibilityPolicy load_visibility_policy(const std::string& path);

/// Parses the text of a visibility config (what load_visibility_policy reads); `origin` names
/// the file in error messages.
VisibilityPolicy parse_visibility_policy(std::string_view text, const std::string& origin);

/// The operator's rule for this source path, if any matches (last match wins). `archive` lets
/// rules also name `archive/path`.
std::optional<Visibility> override_for(const VisibilityPolicy& policy, std::string_view archive,
                                       std::string_view source);

/// What besides a file's bytes decides its visibility, as a suffix for its content hash: the
/// sidecar and the operator rule that apply, and the "when in doubt" switch ("" when none
/// applies). The indexer skips a file only when bytes and this suffix are unchanged, so adding
/// a sidecar or a rule re-indexes the files it concerns.
std::string visibility_fingerprint(const VisibilityPolicy& policy, std::string_view archive,
                                   std::string_view source, std::optional<Visibility> sidecar);

/// The document's visibility (see the precedence above). `sidecar` overrides the document's
/// own `sidecar_public` (what read_council_document found next to the file).
Visibility decide_visibility(const CouncilDocument& doc, const VisibilityPolicy& policy,
                             std::optional<Visibility> sidecar = std::nullopt);

} // namespace ratsarchiv::schema
