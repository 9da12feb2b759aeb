// Extraction never throws or stalls on odd input: empty, binary, a 50 MB file, a 50 MB line.
#include <chrono>
#include <random>

#include <catch2/catch.hpp>

#include "indexer/council_file.h"

using ratsarchiv::indexer::RawFile;
using ratsarchiv::indexer::read_council_document;

namespace {
RawFile raw(std::string bytes) {
    return RawFile{"test", "odd.txt", "odd.txt", std::move(bytes)};
}

std::string big_document(std::size_t bytes) {
    std::string text = "Beschlussvorlage\nVorlage Nr.: 2030/0001\n\nEin Titel\n\n";
    const std::string paragraph =
        "Die Verwaltung wird beauftragt, die Maß-\nnahme umzusetzen. Vorlage Nr. 2029/0815.\n";
    while (text.size() < bytes) {
        text += paragraph;
    }
    return text;
}
} // namespace

TEST_CASE("reports an empty file and still returns a document", "[extract][bad-input]") {
    auto doc = read_council_document(raw(""));
    CHECK(doc.text.empty());
    CHECK(!doc.diagnostics.empty());
}

TEST_CASE("extracts from binary content without throwing", "[extract][bad-input]") {
    std::mt19937 random(42);
    std::string bytes(200000, '\0');
    for (auto& c : bytes) {
        c = static_cast<char>(random() & 0xFF);
    }
    auto doc = read_council_document(raw(bytes));
    CHECK(!doc.diagnostics.empty());
    CHECK(doc.encoding == "windows-1252");
}

TEST_CASE("extracts from 50 MB files in bounded time", "[extract][bad-input]") {
    auto start = std::chrono::steady_clock::now();
    auto doc = read_council_document(raw(big_document(50u << 20)));
    CHECK(doc.number == "2030/0001");
    CHECK(doc.thema == "Ein Titel");
    CHECK(doc.text.find("Maßnahme") != std::string::npos);

    auto line = read_council_document(raw(std::string(50u << 20, 'x')));
    CHECK(line.number.empty());
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start);
    // Linear-time extraction does both in about two seconds; quadratic scanning would take hours.
    CHECK(seconds.count() < 60);
}
