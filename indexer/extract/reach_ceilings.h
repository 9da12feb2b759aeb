// What a label file lets extraction reach at best, counted beside the scores of evaluation.h:
// thema labels whose words the text does not print at all (also not as a printed title plus a
// paper kind and submitter, as the city composes names), those with a word the file does not
// contain anywhere, and refs labels that byte-identical
// files contradict (the same text filed under different papers: no extractor can give both).
// refs misses are sorted by what byte-identical copies say of them: copies labeled with other
// papers, copies that carry no refs label (the copy filed under the extracted paper may be
// one), or no copy at all.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "schema/council_document.h"

namespace ratsarchiv::indexer::extract {

/// Counts the labels no extraction from the text can match.
class ReachCeilings {
public:
    /// Looks at one extracted document (its text and content hash) and its label.
    void add(const CouncilDocument& doc, const Poco::JSON::Object& label);

    /// Printable lines with the counts and the recall ceilings they imply; "" when the label
    /// file has neither thema nor refs.
    std::string report() const;

    /// thema labels seen, those whose words the text does not print, and among them those with
    /// a word the whole file does not contain (no rule over the file's words can give them).
    long thema_labels() const { return thema_labels_; }
    long thema_unprinted() const { return thema_unprinted_; }
    long thema_foreign_words() const { return thema_foreign_words_; }

    /// Records a file that carries no refs label (unlabeled, or labeled without refs), by the
    /// content hash of its bytes.
    void add_unlabeled(const std::string& content_hash);

    /// Records a labeled file whose extracted refs differ from its label.
    void add_refs_miss(const std::string& content_hash);

    /// refs misses in groups of byte-identical files whose refs labels differ, misses with a
    /// byte-identical copy that carries no refs label, and the other misses.
    struct RefsMisses {
        long contradicted_copies = 0;
        long unlabeled_copies = 0;
        long others = 0;
    };
    RefsMisses refs_misses() const;

    /// refs labels seen, and the files whose label cannot match because a byte-identical file
    /// carries a different one (all but the most common label of each such group).
    long refs_labels() const { return refs_labels_; }
    long refs_contradicted() const;

private:
    long thema_labels_ = 0;
    long thema_unprinted_ = 0;
    long thema_foreign_words_ = 0;
    long refs_labels_ = 0;
    // content hash -> refs label (sorted numbers) -> files
    std::map<std::string, std::map<std::string, long>> refs_by_text_;
    std::set<std::string> unlabeled_texts_; // content hashes of files without a refs label
    std::vector<std::string> refs_miss_texts_;
};

/// True when the head of `text` (its first 4,000 characters) prints the word sequence of `thema`
/// (compared as evaluation.h does), or of `thema` without a leading "Änderungsantrag SPD: " or a
/// trailing ": Anfrage Stadtrat X (P)".
bool text_prints_thema(const std::string& text, const std::string& thema);

/// True when every word of `thema` (compared as evaluation.h does) occurs somewhere in `text`.
bool text_contains_words(const std::string& text, const std::string& thema);

} // namespace ratsarchiv::indexer::extract
