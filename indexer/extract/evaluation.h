// Measuring extraction against a label file (labels.jsonl): per field precision, recall, the
// number of labeled cases and the worst misses. Used by ratsarchiv-eval-extract and the tests.
//
// Matching: exact after normalization (white space folded, case folded, typographic quotes and
// dashes unified); thema compares word sequences (punctuation between words ignored) after
// rejoining line-break hyphens; beratungsfolge and refs compare as
// sets of elements. A field the label does not mention is not counted either way; a field
// labeled null counts a non-empty extraction as wrong.
//
// Beratungsfolge: the extractor keeps every step with its public flag (staff see non-public
// steps). Label files differ in what they list, so three rows are scored:
// - beratungsfolge_all: every extracted step;
// - beratungsfolge_public: without the steps the text marks nicht öffentlich;
// - beratungsfolge: the comparison the label file's own evidence calls for. When its labels
//   list the steps the text marks nicht öffentlich less than half as often as the others, the
//   labels come from a public feed and the row equals beratungsfolge_public; otherwise every
//   step is compared. No step is left out for its Gremium: report() names the Gremien that the
//   extraction finds as public steps at least 5 times and no label names as an analysis line
//   beside the score, never in it. On Karlsruhe these are committees the text says were renamed
//   ("Der Hauptausschuss wird umbenannt in Haupt- und Finanzausschuss", "Umbenennung
//   Schulbeirat in Schulausschuss"): the feed names them by the new name, and the labels were
//   kept only where the head prints the same value, so no label can list an older step of
//   theirs, although the text marks its row öffentlich like the labeled ones.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "indexer/extract/reach_ceilings.h"
#include "schema/council_document.h"

namespace ratsarchiv::indexer::extract {

/// One wrong or missing value.
struct Miss {
    std::string file;
    std::string expected;
    std::string got;
};

/// Counts for one field. For set fields the counts are of elements.
struct FieldScore {
    long labeled = 0;   ///< expected non-empty values (elements)
    long predicted = 0; ///< extracted non-empty values (elements) where the field is labeled
    long correct = 0;   ///< extracted values equal to the label
    long cases = 0;     ///< documents whose label mentions the field
    std::vector<Miss> misses;

    double precision() const { return predicted == 0 ? 1.0 : double(correct) / predicted; }
    double recall() const { return labeled == 0 ? 1.0 : double(correct) / labeled; }
};

/// Accumulates scores over documents.
class Evaluation {
public:
    /// Compares one extracted document with its label object.
    void add(const CouncilDocument& doc, const Poco::JSON::Object& label);

    /// Records a file the label file does not name, by the content hash of its bytes: the
    /// report says which refs misses have such a byte-identical copy.
    void add_unlabeled(const std::string& content_hash);

    /// Scores by field name, in field order of the label files.
    const std::map<std::string, FieldScore>& scores() const;

    /// Number of documents compared.
    long documents() const { return documents_; }

    /// A printable table: field, cases, labeled, precision, recall, and up to `misses` misses
    /// per field.
    std::string report(std::size_t misses) const;

private:
    void add_thema_in_head(const CouncilDocument& doc, const std::string& file,
                           const std::string& expected);
    void add_steps(const CouncilDocument& doc, const std::string& file,
                   const Poco::JSON::Array& steps);
    void add_refs(const CouncilDocument& doc, const std::string& file,
                  const Poco::JSON::Array& refs);
    void add_answers(const CouncilDocument& doc, const std::string& file,
                     const Poco::JSON::Object& answers);

    /// One document's labeled and extracted steps, kept to score "beratungsfolge" once the
    /// whole label file is seen.
    struct StepsCase {
        std::string file;
        Poco::JSON::Array labels;
        std::vector<BeratungStep> steps;
    };
    void settle() const;
    std::string beratungsfolge_note() const;
    bool public_feed() const;
    /// Gremien (comparison form) of public steps no label names, extracted >= 5 times: for the
    /// analysis line of report() only.
    std::map<std::string, long> uncovered_gremien() const;

    mutable std::map<std::string, FieldScore> scores_;
    mutable bool settled_ = true;
    std::vector<StepsCase> step_cases_;
    long documents_ = 0;
    // Steps the text marks nicht öffentlich, and how many of them a label lists: the evidence
    // for which Beratungsfolge comparison fits a label file.
    long nonpublic_steps_ = 0;
    long nonpublic_labeled_ = 0;
    long public_steps_ = 0;
    long public_labeled_ = 0;
    ReachCeilings ceilings_; // labels no extraction can match, printed with the report
};

/// The comparison form of a string value (see the file comment); `thema` also rejoins
/// line-break hyphens.
std::string normalize_for_match(const std::string& value, bool thema);

} // namespace ratsarchiv::indexer::extract
