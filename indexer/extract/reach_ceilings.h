// What a label file lets extraction reach at best, counted beside the scores of evaluation.h:
// thema labels whose words the text does not print at all (also not as a printed title plus a
// paper kind and submitter, as the city composes names), and refs labels that byte-identical
// files contradict (the same text filed under different papers: no extractor can give both).
#pragma once

#include <map>
#include <string>

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

    /// thema labels seen, and those whose words the text does not print.
    long thema_labels() const { return thema_labels_; }
    long thema_unprinted() const { return thema_unprinted_; }

    /// refs labels seen, and the files whose label cannot match because a byte-identical file
    /// carries a different one (all but the most common label of each such group).
    long refs_labels() const { return refs_labels_; }
    long refs_contradicted() const;

private:
    long thema_labels_ = 0;
    long thema_unprinted_ = 0;
    long refs_labels_ = 0;
    // content hash -> refs label (sorted numbers) -> files
    std::map<std::string, std::map<std::string, long>> refs_by_text_;
};

/// True when the head of `text` (its first 4,000 characters) prints the word sequence of `thema`
/// (compared as evaluation.h does), or of `thema` without a leading "Änderungsantrag SPD: " or a
/// trailing ": Anfrage Stadtrat X (P)".
bool text_prints_thema(const std::string& text, const std::string& thema);

} // namespace ratsarchiv::indexer::extract
