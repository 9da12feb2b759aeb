// Visibility of one document from its extracted status, sidecar files and the operator policy.
#include "schema/visibility.h"

#include <fnmatch.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "schema/errors.h"
#include "schema/text_fold.h"

namespace ratsarchiv::schema {

namespace {

std::string_view trim(std::string_view s) {
    const char* ws = " \t\r\n\f\v";
    std::size_t begin = s.find_first_not_of(ws);
    if (begin == std::string_view::npos) {
        return {};
    }
    std::size_t end = s.find_last_not_of(ws);
    return s.substr(begin, end - begin + 1);
}

// fnmatch without FNM_PATHNAME: `*` crosses `/`, so one rule covers a whole subtree.
bool glob_matches(const std::string& pattern, const std::string& path) {
    return fnmatch(pattern.c_str(), path.c_str(), 0) == 0;
}

} // namespace

std::optional<Visibility> parse_visibility_word(std::string_view word) {
    std::string folded = case_fold(trim(word));
    if (folded == "public" || folded == "öffentlich" || folded == "oeffentlich") {
        return Visibility::Public;
    }
    if (folded == "restricted" || folded == "nichtöffentlich" || folded == "nicht öffentlich" ||
        folded == "nichtoeffentlich" || folded == "non-public") {
        return Visibility::Restricted;
    }
    return std::nullopt;
}

VisibilityPolicy parse_visibility_policy(std::string_view text, const std::string& origin) {
    VisibilityPolicy policy;
    std::istringstream in{std::string(text)};
    std::string raw;
    int line_number = 0;
    while (std::getline(in, raw)) {
        ++line_number;
        std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') {
            continue;
        }
        std::size_t eq = line.find('=');
        std::string where = origin + ":" + std::to_string(line_number);
        if (eq == std::string_view::npos) {
            throw ConfigError(where, "expected `key = value`");
        }
        std::string key(trim(line.substr(0, eq)));
        std::string value(trim(line.substr(eq + 1)));
        if (value.empty()) {
            throw ConfigError(where + " " + key, "needs a value");
        }
        if (key == "unknown") {
            std::optional<Visibility> v = parse_visibility_word(value);
            if (!v) {
                throw ConfigError(where + " unknown", "must be `public` or `restricted`");
            }
            policy.unknown_is_restricted = *v == Visibility::Restricted;
        } else if (key == "public" || key == "restricted") {
            policy.overrides.push_back(
                {value, key == "public" ? Visibility::Public : Visibility::Restricted});
        } else {
            throw ConfigError(where + " " + key,
                              "unknown key (allowed: unknown, public, restricted)");
        }
    }
    return policy;
}

std::optional<Visibility> read_sidecar(const std::string& file_path) {
    std::string path = file_path + std::string(kSidecarSuffix);
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::string content(4096, '\0');
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    content.resize(static_cast<std::size_t>(in.gcount()));
    return parse_visibility_word(content).value_or(Visibility::Restricted);
}

VisibilityPolicy load_visibility_policy(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError(path, "cannot read the visibility config");
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parse_visibility_policy(text.str(), path);
}

std::optional<Visibility> override_for(const VisibilityPolicy& policy, std::string_view archive,
                                       std::string_view source) {
    std::string path(source);
    std::string qualified = std::string(archive) + "/" + path;
    std::optional<Visibility> result;
    for (const auto& rule : policy.overrides) {
        if (glob_matches(rule.pattern, path) || glob_matches(rule.pattern, qualified)) {
            result = rule.visibility;
        }
    }
    return result;
}

std::string visibility_fingerprint(const VisibilityPolicy& policy, std::string_view archive,
                                   std::string_view source, std::optional<Visibility> sidecar) {
    auto letter = [](Visibility v) { return v == Visibility::Public ? 'p' : 'r'; };
    std::string inputs;
    if (sidecar) {
        inputs += std::string("s") + letter(*sidecar);
    }
    if (std::optional<Visibility> rule = override_for(policy, archive, source)) {
        inputs += std::string("o") + letter(*rule);
    }
    if (policy.unknown_is_restricted) {
        inputs += "u";
    }
    return inputs.empty() ? inputs : "+visibility:" + inputs;
}

Visibility decide_visibility(const CouncilDocument& doc, const VisibilityPolicy& policy,
                             std::optional<Visibility> sidecar) {
    if (!sidecar && doc.sidecar_public.has_value()) {
        sidecar = *doc.sidecar_public ? Visibility::Public : Visibility::Restricted;
    }
    if (sidecar) {
        return *sidecar;
    }
    if (std::optional<Visibility> rule = override_for(policy, doc.archive, doc.source)) {
        return *rule;
    }
    if (doc.is_public.has_value()) {
        return *doc.is_public ? Visibility::Public : Visibility::Restricted;
    }
    return policy.unknown_is_restricted ? Visibility::Restricted : Visibility::Public;
}

} // namespace ratsarchiv::schema
