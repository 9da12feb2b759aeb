// Directory, file and tarball traversal for the indexer.
#include "indexer/read/source_walker.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

#include "indexer/read/archive_defaults.h"
#include "indexer/read/tar_reader.h"
#include "schema/errors.h"
#include "schema/gzip.h"

namespace ratsarchiv::indexer {

namespace fs = std::filesystem;

namespace {
std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_tar_name(const std::string& name) {
    std::string l = lower(name);
    return ends_with(l, ".tar") || ends_with(l, ".tar.gz") || ends_with(l, ".tgz");
}

std::string archive_name_of_tarball(const fs::path& path) {
    std::string name = path.filename().string();
    for (std::string_view suffix : {".tar.gz", ".tgz", ".tar"}) {
        if (ends_with(lower(name), suffix)) {
            return name.substr(0, name.size() - suffix.size());
        }
    }
    return name;
}

std::string read_file_bytes(const fs::path& path, std::uintmax_t limit, bool& truncated) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError(path.string(), "cannot open file");
    }
    std::uintmax_t size = fs::file_size(path);
    truncated = size > limit;
    std::string bytes(static_cast<std::size_t>(std::min(size, limit)), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!in && !in.eof()) {
        throw InputError(path.string(), "read error");
    }
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

// Emits one file; gzip content is inflated here so that every later stage sees plain bytes.
// Returns false when the file could not be read.
bool emit(RawFile&& file, const WalkOptions& options, const std::function<void(RawFile&&)>& on_file,
          const std::function<void(const WalkProblem&)>& on_problem) {
    try {
        if (schema::looks_gzipped(file.bytes)) {
            file.bytes = schema::gunzip(file.bytes, file.origin, options.max_file_bytes);
        }
    } catch (const InputError& e) {
        on_problem({e.path(), e.reason()});
        return false;
    }
    on_file(std::move(file));
    return true;
}

// A tar member's path as a path inside the archive: no leading "/", no "." parts, ".." only
// where it stays inside ("a/../b" is "b"). Sets `escaped` when the member tried to leave the
// archive (absolute, or ".." above its top). Empty when nothing is left.
std::string member_path_inside(const std::string& member, bool& escaped) {
    escaped = !member.empty() && member.front() == '/';
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= member.size()) {
        const std::size_t end = std::min(member.find('/', start), member.size());
        const std::string part = member.substr(start, end - start);
        if (part == "..") {
            if (parts.empty()) {
                escaped = true;
            } else {
                parts.pop_back();
            }
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = end + 1;
    }
    std::string path;
    for (const auto& part : parts) {
        path += (path.empty() ? "" : "/") + part;
    }
    return path;
}

void walk_tarball(const fs::path& path, const WalkOptions& options,
                  const std::function<void(RawFile&&)>& on_file,
                  const std::function<void(const WalkProblem&)>& on_problem,
                  std::vector<WalkScope>* complete) {
    std::string archive = options.archive.value_or(archive_name_of_tarball(path));
    bool read_all = true;
    try {
        read_tar_archive(path.string(), [&](const std::string& member, std::string&& bytes) {
            if (!is_council_file_name(fs::path(member).filename().string())) {
                return;
            }
            bool escaped = false;
            const std::string source = member_path_inside(member, escaped);
            RawFile file;
            file.archive = archive;
            file.source = source;
            file.origin = path.string() + ":" + member;
            file.bytes = std::move(bytes);
            file.default_body = options.default_body;
            if (escaped) {
                // Nothing is ever written from a tarball; the path only names the document.
                file.walk_problems.push_back("tar member path " + member +
                                             " leaves the archive; indexed as " + source);
            }
            read_all &= emit(std::move(file), options, on_file, on_problem);
        });
    } catch (const InputError& e) {
        on_problem({e.path(), e.reason()});
        return;
    }
    if (complete != nullptr && read_all) {
        complete->push_back({archive, ""});
    }
}

// Why a directory entry with a council file name is not read: a symlink that loops, dangles or
// leads outside the archive root (nothing outside the root is read), or no regular file (a
// FIFO would block the walk, a device would never end). Empty when it is read.
std::string refusal_of(const fs::directory_entry& entry, const fs::path& root) {
    std::error_code ec;
    if (entry.is_symlink(ec)) {
        const fs::path target = fs::canonical(entry.path(), ec);
        if (ec) {
            return "symlink that cannot be followed (" + ec.message() + "); not read";
        }
        // `root` is canonical already (walk_sources).
        const std::string below = target.lexically_relative(root).generic_string();
        if (below.empty() || below.rfind("..", 0) == 0) {
            return "symlink to " + target.string() + ", outside the archive root; not read";
        }
    }
    const fs::file_status status = entry.status(ec);
    if (!ec && !fs::is_regular_file(status) && !fs::is_directory(status)) {
        return "not a regular file (a pipe, socket or device); not read";
    }
    return {};
}

// Returns false when the file could not be read.
bool walk_one_file(const fs::path& path, const fs::path& root, const std::string& archive,
                   const std::string& default_body, const WalkOptions& options,
                   const std::function<void(RawFile&&)>& on_file,
                   const std::function<void(const WalkProblem&)>& on_problem) {
    RawFile file;
    file.archive = archive;
    file.default_body = default_body;
    file.source = fs::relative(path, root).generic_string();
    if (file.source.empty() || file.source.rfind("..", 0) == 0) {
        file.source = path.filename().generic_string();
    }
    file.origin = path.string();
    try {
        file.bytes = read_file_bytes(path, options.max_file_bytes, file.truncated);
    } catch (const InputError& e) {
        on_problem({file.origin, e.reason()});
        return false;
    } catch (const std::exception& e) {
        on_problem({file.origin, e.what()});
        return false;
    }
    return emit(std::move(file), options, on_file, on_problem);
}
} // namespace

bool is_council_file_name(const std::string& name) {
    std::string l = lower(name);
    return ends_with(l, ".txt") || ends_with(l, ".txt.gz");
}

void walk_sources(const std::vector<std::string>& paths, const WalkOptions& options,
                  const std::function<void(RawFile&&)>& on_file,
                  const std::function<void(const WalkProblem&)>& on_problem,
                  std::vector<WalkScope>* complete) {
    for (const auto& argument : paths) {
        std::error_code ec;
        fs::path path = fs::weakly_canonical(fs::path(argument), ec);
        if (ec || !fs::exists(path)) {
            on_problem({argument, "no such file or directory"});
            continue;
        }
        if (fs::is_regular_file(path) && is_tar_name(path.filename().string())) {
            walk_tarball(path, options, on_file, on_problem, complete);
            continue;
        }
        fs::path root = options.root             ? fs::weakly_canonical(*options.root)
                        : fs::is_directory(path) ? path
                                                 : path.parent_path();
        std::string archive = options.archive.value_or(root.filename().string());
        ArchiveDefaultsLookup defaults(root);
        auto body_for = [&](const fs::path& file) {
            if (!options.archive_defaults) {
                return options.default_body;
            }
            try {
                return defaults.for_directory(file.parent_path(), {options.default_body}).body;
            } catch (const InputError& e) {
                on_problem({e.path(), e.reason()});
                return options.default_body;
            }
        };
        if (fs::is_regular_file(path)) {
            walk_one_file(path, root, archive, body_for(path), options, on_file, on_problem);
            continue;
        }
        std::vector<fs::path> found;
        bool read_all = true;
        for (fs::recursive_directory_iterator
                 it(path, fs::directory_options::skip_permission_denied, ec),
             end;
             it != end; it.increment(ec)) {
            if (ec) {
                on_problem({it->path().string(), ec.message()});
                ec.clear();
                read_all = false;
                continue;
            }
            if (!is_council_file_name(it->path().filename().string())) {
                continue;
            }
            if (const std::string refusal = refusal_of(*it, root); !refusal.empty()) {
                // Never read, so never indexed: its scope may still drop an old document of it.
                on_problem({it->path().string(), refusal});
                continue;
            }
            if (it->is_regular_file(ec)) {
                found.push_back(it->path());
            }
        }
        std::sort(found.begin(), found.end());
        for (const auto& file : found) {
            // A file that could not be read may still be in the index: no scope, no removal.
            read_all &=
                walk_one_file(file, root, archive, body_for(file), options, on_file, on_problem);
        }
        // A directory outside the root has its files named by file name only: no scope.
        std::string below = fs::relative(path, root).generic_string();
        if (complete != nullptr && read_all && below.rfind("..", 0) != 0) {
            complete->push_back({archive, below == "." || below.empty() ? "" : below + "/"});
        }
    }
}

} // namespace ratsarchiv::indexer
