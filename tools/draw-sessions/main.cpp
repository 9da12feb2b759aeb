// ratsarchiv-draw-sessions: the figures of the sessions, committees and people an index gives
// anonymous users (its public part, as the server builds them), and a random draw of sessions to
// check by hand against their texts: each with its committee, day, papers (number, source file,
// TOP) and Niederschriften (source file). With --people, every submitter value with its number of
// documents; with --papers N, N drawn Anträge, Anfragen and amendments with the submitters they
// name themselves (as extracted and as indexed), to check by hand. The same seed draws the same.
//   ratsarchiv-draw-sessions --db DIR [--count N] [--seed S] [--people] [--papers N]
#include <algorithm>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <string>

#include "schema/document_types.h"
#include "schema/fields.h"
#include "schema/index_layout.h"
#include "schema/stored_document.h"
#include "schema/value_list.h"
#include "server/council/session_agenda.h"
#include "server/council/session_directory.h"
#include "server/oparl/archive_catalog.h"

namespace {

using namespace ratsarchiv;

int usage(const std::string& message) {
    std::cerr << "ratsarchiv-draw-sessions: " << message << "\n"
              << "usage: ratsarchiv-draw-sessions --db DIR [--count N] [--seed S] [--people] "
                 "[--papers N]\n";
    return 2;
}

// Distinct display values of a value slot (value lists where `list`).
std::set<std::string> slot_values(Xapian::Database& db, Xapian::valueno slot, bool list) {
    std::set<std::string> out;
    for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v) {
        for (const auto& value : list ? schema::parse_value_list(*v) : std::vector{*v}) {
            if (!value.empty()) {
                out.insert(value);
            }
        }
    }
    return out;
}

std::string source_of(Xapian::Database& db, const std::string& id) {
    auto term = schema::id_term(id);
    auto p = db.postlist_begin(term);
    if (p == db.postlist_end(term)) {
        return "?";
    }
    return schema::stored_document(db.get_document(*p)).source;
}

void print_figures(Xapian::Database& db, const server::council::SessionDirectory& directory) {
    std::size_t with_record = 0;
    std::size_t records_only = 0;
    for (const auto& session : directory.sessions) {
        with_record += session.records.empty() ? 0 : 1;
        records_only += session.papers.empty() ? 1 : 0;
    }
    const auto submitters = slot_values(db, schema::kSlotSubmitter, true);
    const auto signatories = slot_values(db, schema::kSlotSignatory, false);
    std::set<std::string> people = submitters;
    people.insert(signatories.begin(), signatories.end());
    std::cout << "sessions\t" << directory.sessions.size() << "\n"
              << "committees\t" << directory.committees.size() << "\n"
              << "sessions with a Niederschrift\t" << with_record << "\n"
              << "sessions only a Niederschrift names\t" << records_only << "\n"
              << "submitters\t" << submitters.size() << "\n"
              << "signatories\t" << signatories.size() << "\n"
              << "people and groups\t" << people.size() << "\n";
}

// The papers that submit themselves (Antrag, Anfrage, Änderungsantrag) in the order of their
// source paths, so that a seed draws the same papers from any build of the index (document ids
// depend on the order the indexer's threads finish in).
std::vector<Xapian::docid> own_papers(Xapian::Database& db) {
    std::vector<std::pair<std::string, Xapian::docid>> papers;
    for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p) {
        const Xapian::Document doc = db.get_document(*p);
        if (schema::submits_itself(doc.get_value(schema::kSlotType))) {
            papers.emplace_back(schema::stored_document(doc).source, *p);
        }
    }
    std::sort(papers.begin(), papers.end());
    std::vector<Xapian::docid> out;
    for (const auto& paper : papers) {
        out.push_back(paper.second);
    }
    return out;
}

void print_own_figures(Xapian::Database& db, const std::vector<Xapian::docid>& papers) {
    std::size_t with_own = 0;
    for (Xapian::docid did : papers) {
        with_own += schema::stored_document(db.get_document(did)).submitters.empty() ? 0 : 1;
    }
    std::cout << "Anträge, Anfragen, amendments\t" << papers.size() << "\n"
              << "  with an own submitter\t" << with_own << "\n";
}

// Every submitter value with the documents that have it, most first.
void print_people(Xapian::Database& db) {
    std::map<std::string, std::size_t> counts;
    for (auto v = db.valuestream_begin(schema::kSlotSubmitter);
         v != db.valuestream_end(schema::kSlotSubmitter); ++v) {
        for (const auto& value : schema::parse_value_list(*v)) {
            ++counts[value];
        }
    }
    std::vector<std::pair<std::string, std::size_t>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::cout << "\nsubmitter values\t" << sorted.size() << "\n";
    for (const auto& [value, count] : sorted) {
        std::cout << "  " << count << "\t" << value << "\n";
    }
}

void print_paper(Xapian::Database& db, Xapian::docid did) {
    const Xapian::Document xdoc = db.get_document(did);
    const CouncilDocument doc = schema::stored_document(xdoc);
    std::cout << "\n" << doc.source << "\t" << doc.type << "\t" << doc.number << "\n";
    for (const auto& written : doc.submitters) {
        std::cout << "  written\t" << written << "\n";
    }
    for (const auto& value : schema::parse_value_list(xdoc.get_value(schema::kSlotSubmitter))) {
        std::cout << "  indexed\t" << value << "\n";
    }
}

void print_session(Xapian::Database& db, const server::council::SessionEntry& session) {
    const server::Audience anonymous;
    const auto agenda = server::council::read_agenda(db, anonymous, session);
    std::cout << "\n"
              << session.id << "\t" << session.gremium << "\t" << session.day << "\t"
              << session.body_name << "\n";
    for (const auto& paper : agenda.papers) {
        std::cout << "  paper\t" << (paper.top.empty() ? "-" : paper.top) << "\t"
                  << (paper.number.empty() ? "-" : paper.number) << "\t" << source_of(db, paper.id)
                  << "\t" << (paper.step ? paper.step->role : "") << "\n";
    }
    for (const auto& record : agenda.niederschriften) {
        std::cout << "  niederschrift\t" << source_of(db, record.id) << "\t" << record.thema
                  << "\n";
    }
}

} // namespace

int main(int argc, char** argv) {
    std::string db_path;
    std::size_t count = 30;
    std::size_t papers = 0;
    bool people = false;
    unsigned seed = 18;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--people") {
            people = true;
            continue;
        }
        if (i + 1 >= argc) {
            return usage(arg + " needs a value");
        }
        const std::string value = argv[++i];
        try {
            if (arg == "--db") {
                db_path = value;
            } else if (arg == "--count") {
                count = std::stoul(value);
            } else if (arg == "--papers") {
                papers = std::stoul(value);
            } else if (arg == "--seed") {
                seed = static_cast<unsigned>(std::stoul(value));
            } else {
                return usage("unknown option " + arg);
            }
        } catch (const std::exception&) {
            return usage(arg + " needs a number");
        }
    }
    if (db_path.empty()) {
        return usage("--db is required");
    }
    try {
        Xapian::Database db(schema::view_path(db_path, false)); // what anonymous users read
        const auto catalog = server::oparl::build_catalog(db, false);
        const auto directory = server::council::build_session_directory(db, catalog);
        print_figures(db, directory);
        const auto own = own_papers(db);
        print_own_figures(db, own);
        if (people) {
            print_people(db);
        }
        std::vector<std::size_t> order(directory.sessions.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        std::mt19937 random(seed);
        std::shuffle(order.begin(), order.end(), random);
        order.resize(std::min(count, order.size()));
        for (std::size_t i : order) {
            print_session(db, directory.sessions[i]);
        }
        std::vector<Xapian::docid> drawn = own;
        std::mt19937 paper_random(seed);
        std::shuffle(drawn.begin(), drawn.end(), paper_random);
        drawn.resize(std::min(papers, drawn.size()));
        for (Xapian::docid did : drawn) {
            print_paper(db, did);
        }
    } catch (const Xapian::Error& e) {
        std::cerr << "ratsarchiv-draw-sessions: " << db_path << ": " << e.get_msg() << "\n";
        return 1;
    }
    return 0;
}
