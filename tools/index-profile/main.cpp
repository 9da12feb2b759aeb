// ratsarchiv-index-profile: what an index is made of. Prints the size of each Xapian table on
// disk, and per term family (the term prefix of schema/fields.h and the analyzer) the distinct
// terms, postings and positions; per value slot the bytes stored; and the stored document data.
// A tool for deciding which term families earn their bytes, not a test.
//   ratsarchiv-index-profile --db DIR [--no-positions]
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <string>

#include <xapian.h>

#include "schema/index_layout.h"

namespace {

// The family of a term: its prefix of capitals ("Q", "XK", "ZS", "XW"), "" for plain words.
std::string family_of(const std::string& term) {
    std::size_t n = 0;
    while (n < term.size() && term[n] >= 'A' && term[n] <= 'Z') {
        ++n;
    }
    return term.substr(0, n);
}

struct Family {
    std::uint64_t terms = 0;
    std::uint64_t postings = 0;
    std::uint64_t positions = 0;
    std::uint64_t term_bytes = 0;
};

void print_tables(const std::string& db) {
    std::cout << "table sizes (bytes on disk)\n";
    std::uintmax_t total = 0;
    for (const auto& entry : std::filesystem::directory_iterator(db)) {
        if (entry.path().extension() == ".glass") {
            std::cout << "  " << std::left << std::setw(12) << entry.path().stem().string()
                      << std::right << std::setw(14) << entry.file_size() << "\n";
            total += entry.file_size();
        }
    }
    std::cout << "  " << std::left << std::setw(12) << "total" << std::right << std::setw(14)
              << total << "\n";
}

} // namespace

int main(int argc, char** argv) {
    std::string db_path;
    bool positions = true;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--db" && i + 1 < argc) {
            db_path = argv[++i];
        } else if (a == "--no-positions") {
            positions = false;
        } else {
            std::cerr << "usage: ratsarchiv-index-profile --db DIR [--no-positions]\n";
            return 2;
        }
    }
    if (db_path.empty()) {
        std::cerr << "usage: ratsarchiv-index-profile --db DIR [--no-positions]\n";
        return 2;
    }
    try {
        Xapian::Database db(db_path);
        for (const auto& part : {ratsarchiv::schema::public_part(db_path),
                                 ratsarchiv::schema::restricted_part(db_path)}) {
            std::cout << part << ": ";
            print_tables(part);
        }
        std::map<std::string, Family> families;
        for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
            const std::string term = *t;
            Family& f = families[family_of(term)];
            ++f.terms;
            f.term_bytes += term.size();
            f.postings += t.get_termfreq();
            if (positions) {
                for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) {
                    for (auto q = p.positionlist_begin(); q != p.positionlist_end(); ++q) {
                        ++f.positions;
                    }
                }
            }
        }
        std::cout << "\nterm families (" << db.get_doccount() << " documents)\n"
                  << "  family        terms      postings     positions   term bytes\n";
        for (const auto& [name, f] : families) {
            std::cout << "  " << std::left << std::setw(8) << (name.empty() ? "(word)" : name)
                      << std::right << std::setw(11) << f.terms << std::setw(14) << f.postings
                      << std::setw(14) << f.positions << std::setw(13) << f.term_bytes << "\n";
        }
        std::map<Xapian::valueno, std::uint64_t> slot_bytes;
        std::uint64_t data_bytes = 0;
        for (auto d = db.postlist_begin(""); d != db.postlist_end(""); ++d) {
            Xapian::Document doc = db.get_document(*d);
            data_bytes += doc.get_data().size();
            for (auto v = doc.values_begin(); v != doc.values_end(); ++v) {
                slot_bytes[v.get_valueno()] += (*v).size();
            }
        }
        std::cout << "\nstored data (bytes before Xapian's compression): " << data_bytes << "\n"
                  << "value slots (bytes, stored uncompressed)\n";
        for (const auto& [slot, bytes] : slot_bytes) {
            std::cout << "  slot " << std::setw(2) << slot << std::setw(14) << bytes << "\n";
        }
        std::cout << "spelling words: ";
        std::uint64_t words = 0;
        for (auto s = db.spellings_begin(); s != db.spellings_end(); ++s) {
            ++words;
        }
        std::cout << words << "\n";
    } catch (const Xapian::Error& e) {
        std::cerr << "ratsarchiv-index-profile: " << e.get_description() << "\n";
        return 1;
    }
    return 0;
}
