// ratsarchiv-gen-corpus --out DIR [--count N] [--seed S] [--years Y]: writes a synthetic
// council archive of N documents over Y years up to 2025 (7 unless given) in the layouts of
// corpus/ (deterministic by seed) plus DIR/labels.jsonl with the fields each document states,
// for load, scale and extraction tests.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <utility>

#include "schema/document_json.h"
#include "schema/errors.h"
#include "tools/gen-corpus/synthetic_corpus.h"

namespace {

using namespace ratsarchiv;

struct Options {
    std::string out;
    std::uint64_t count = 1000;
    std::uint64_t seed = 1;
    int years = 7; ///< the archive's span, up to 2025
};

std::uint64_t parse_number(const std::string& name, const char* value) {
    try {
        std::size_t used = 0;
        const auto number = std::stoull(value, &used);
        if (used != std::string(value).size()) {
            throw std::invalid_argument(value);
        }
        return number;
    } catch (const std::exception&) {
        throw BadParameter(name, "must be an unsigned integer.");
    }
}

Options parse_options(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) {
            throw BadParameter(arg, "needs a value.");
        }
        if (arg == "--out") {
            options.out = argv[++i];
        } else if (arg == "--count") {
            options.count = parse_number("count", argv[++i]);
        } else if (arg == "--seed") {
            options.seed = parse_number("seed", argv[++i]);
        } else if (arg == "--years") {
            const auto years = parse_number("years", argv[++i]);
            if (years < 1 || years > 40) {
                throw BadParameter("years", "must be between 1 and 40.");
            }
            options.years = static_cast<int>(years);
        } else {
            throw BadParameter(arg, "is unknown.");
        }
    }
    if (options.out.empty()) {
        throw BadParameter("out", "is required.");
    }
    return options;
}

Poco::JSON::Array::Ptr steps_json(const gen_corpus::DocumentPlan& plan) {
    Poco::JSON::Array::Ptr steps = new Poco::JSON::Array;
    for (const auto& step : plan.steps) {
        Poco::JSON::Object::Ptr item = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        item->set("gremium", step.gremium);
        item->set("date", step.dated ? Poco::Dynamic::Var(gen_corpus::iso_date(step.date))
                                     : Poco::Dynamic::Var());
        item->set("public", step.is_public);
        steps->add(item);
    }
    return steps;
}

/// Attachments as the text lists them (Bremerhaven without the "Anlage n – " prefix).
Poco::JSON::Array::Ptr attachments_json(const gen_corpus::DocumentPlan& plan) {
    Poco::JSON::Array::Ptr attachments = new Poco::JSON::Array;
    for (const auto& attachment : plan.attachments) {
        std::string title = attachment.title;
        const auto dash = title.find("– ");
        if (plan.body->layout == gen_corpus::Layout::Bremerhaven && dash != std::string::npos) {
            title = title.substr(dash + std::string("– ").size());
        }
        Poco::JSON::Object::Ptr item = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        item->set("title", title);
        item->set("public", attachment.is_public);
        attachments->add(item);
    }
    return attachments;
}

/// The label line of a generated file, in the shape of corpus/labels.jsonl.
Poco::JSON::Object::Ptr label_of(const gen_corpus::GeneratedFile& file) {
    const auto& plan = file.plan;
    Poco::JSON::Object::Ptr label = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    label->set("file", file.path);
    const bool names_body = plan.body->layout == gen_corpus::Layout::Magdeburg ||
                            plan.body->layout == gen_corpus::Layout::Aschersleben;
    label->set("body", names_body ? Poco::Dynamic::Var(std::string(plan.body->name))
                                  : Poco::Dynamic::Var());
    label->set("number",
               plan.number.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(plan.number));
    label->set("type", plan.type);
    const bool karlsruhe = plan.body->layout == gen_corpus::Layout::Karlsruhe;
    const bool dated_form =
        plan.type == "Antrag" || plan.type == "Anfrage" || plan.type == "Niederschrift";
    if (plan.body->layout == gen_corpus::Layout::Magdeburg || (karlsruhe && dated_form)) {
        label->set("date", gen_corpus::iso_date(plan.date));
    }
    // Karlsruhe Vorlagen state only their steps' Ö/N, not their own status.
    if (!karlsruhe || plan.type == "Niederschrift") {
        label->set("public", plan.is_public);
    }
    label->set("thema", plan.thema);
    std::string dezernat = plan.dezernat; // canonical, as corpus/labels.jsonl: "Dezernat 5"
    if (dezernat.rfind("Dez. ", 0) == 0) {
        dezernat = "Dezernat " + dezernat.substr(5);
    }
    const std::string signatory = plan.signatory.substr(0, plan.signatory.find('\n'));
    const bool signed_form = plan.body->layout == gen_corpus::Layout::Magdeburg ||
                             plan.body->layout == gen_corpus::Layout::Bremerhaven;
    for (const auto& [key, value] : {std::pair{"amt", plan.amt},
                                     {"dezernat", dezernat},
                                     {"signatory", signed_form ? signatory : std::string()}}) {
        if (!value.empty()) {
            label->set(key, value);
        }
    }
    if (plan.type != "Niederschrift") { // a Niederschrift records one session, no Beratungsfolge
        label->set("beratungsfolge", steps_json(plan));
    }
    Poco::JSON::Array::Ptr refs = new Poco::JSON::Array;
    for (const auto& ref : plan.refs) {
        refs->add(ref);
    }
    label->set("refs", refs);
    if (!plan.attachments.empty()) {
        label->set("attachments", attachments_json(plan));
    }
    label->set("encoding", file.encoding);
    return label;
}

void write_bytes(const std::filesystem::path& path, const std::string& bytes) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
        throw InputError(path.string(), "cannot write");
    }
}

} // namespace

int main(int argc, char** argv) {
    Options options;
    try {
        options = parse_options(argc, argv);
    } catch (const ratsarchiv::Error& error) {
        std::cerr
            << "ratsarchiv-gen-corpus: " << error.what()
            << "\nusage: ratsarchiv-gen-corpus --out DIR [--count N] [--seed S] [--years Y]\n";
        return 2;
    }
    try {
        const auto start = std::chrono::steady_clock::now();
        const std::filesystem::path out = options.out;
        std::filesystem::create_directories(out);
        std::ofstream labels(out / "labels.jsonl", std::ios::binary);
        std::map<std::string, std::uint64_t> per_body;
        std::uint64_t bytes = 0;
        for (std::uint64_t i = 0; i < options.count; ++i) {
            const auto file = ratsarchiv::gen_corpus::generate(options.seed, i, options.years);
            write_bytes(out / file.path, file.bytes);
            labels << ratsarchiv::schema::to_json_line(label_of(file)) << "\n";
            ++per_body[std::string(file.plan.body->dir)];
            bytes += file.bytes.size();
        }
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        std::cerr << "ratsarchiv-gen-corpus: " << options.count << " files, " << bytes / 1024
                  << " KiB in " << took.count() << " s (seed " << options.seed << ")";
        for (const auto& [body, count] : per_body) {
            std::cerr << "; " << body << " " << count;
        }
        std::cerr << "\n";
    } catch (const std::exception& error) {
        std::cerr << "ratsarchiv-gen-corpus: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
