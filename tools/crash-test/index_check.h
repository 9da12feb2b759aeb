// What a crash test checks of an index on disk: it opens, every document in it is whole, no
// document is there twice, and (at the end) it holds exactly the files of the archive, with the
// spelling table of a clean build.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <filesystem>

#include <xapian.h>

#include "schema/document_json.h"
#include "schema/fields.h"
#include "schema/index_layout.h"

namespace ratsarchiv::crash_test {

/// The state of one index directory.
struct IndexState {
    bool exists = false;
    std::uint64_t documents = 0;                   ///< distinct document ids over both parts
    std::set<std::string> sources;                 ///< "archive:source" of every document
    std::map<std::string, std::string> hashes;     ///< content hash per document id
    std::map<std::string, std::uint64_t> spelling; ///< spelling word -> frequency
    std::vector<std::string> problems;             ///< broken invariants, empty when whole
};

namespace detail {

// The id terms of one part, each with its docid; problems for broken documents.
inline std::map<std::string, bool> read_part(const std::string& path, IndexState& state) {
    std::map<std::string, bool> ids; // id term -> is a redacted public view
    Xapian::Database db(path);
    const std::string id_prefix(schema::kPrefixId);
    const std::string source_prefix(schema::kPrefixSource);
    for (auto did = db.postlist_begin(""); did != db.postlist_end(""); ++did) {
        const Xapian::Document doc = db.get_document(*did);
        std::vector<std::string> id_terms;
        std::string source;
        bool redacted = false;
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
            const std::string& term = *t;
            if (term.rfind(id_prefix, 0) == 0) {
                id_terms.push_back(term);
            } else if (term.rfind(source_prefix, 0) == 0) {
                source = term.substr(source_prefix.size());
            } else if (term == schema::kTermRedactedView) {
                redacted = true;
            }
        }
        const std::string where = path + " docid " + std::to_string(*did);
        if (id_terms.size() != 1) {
            state.problems.push_back(where + ": " + std::to_string(id_terms.size()) + " id terms");
            continue;
        }
        try {
            (void)schema::document_from_json_text(doc.get_data());
        } catch (const std::exception& e) {
            state.problems.push_back(where + ": stored data does not parse: " + e.what());
        }
        if (db.get_termfreq(id_terms[0]) != 1) {
            state.problems.push_back(where + ": id " + id_terms[0] + " on " +
                                     std::to_string(db.get_termfreq(id_terms[0])) + " documents");
        }
        ids[id_terms[0]] = redacted;
        state.sources.insert(source);
        state.hashes[id_terms[0]] = doc.get_value(schema::kSlotContentHash);
    }
    return ids;
}

} // namespace detail

/// Reads and checks the index at `db_path` (absent: exists false, no problem). Problems:
/// a part that does not open, a document without exactly one id term, stored data that does
/// not parse, an id twice in one part, an id in both parts without the public one being a
/// redacted view.
inline IndexState read_index(const std::string& db_path) {
    IndexState state;
    if (!std::filesystem::exists(db_path)) {
        return state;
    }
    state.exists = true;
    try {
        const auto public_ids = detail::read_part(schema::public_part(db_path), state);
        const auto restricted_ids = detail::read_part(schema::restricted_part(db_path), state);
        std::set<std::string> all;
        for (const auto& [id, redacted] : public_ids) {
            all.insert(id);
            if (restricted_ids.count(id) != 0 && !redacted) {
                state.problems.push_back(id + ": a public document is in the restricted part too");
            }
        }
        for (const auto& [id, redacted] : restricted_ids) {
            all.insert(id);
        }
        state.documents = all.size();
        Xapian::Database whole(db_path); // the stub opens, as the server and delve open it
        Xapian::Database spelling(schema::public_part(db_path));
        for (auto w = spelling.spellings_begin(); w != spelling.spellings_end(); ++w) {
            state.spelling[*w] = w.get_termfreq();
        }
    } catch (const Xapian::Error& e) {
        state.problems.push_back(db_path + ": does not open: " + e.get_description());
    }
    return state;
}

} // namespace ratsarchiv::crash_test
