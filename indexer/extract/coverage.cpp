// Field coverage of an extraction (see coverage.h).
#include "indexer/extract/coverage.h"

#include <cstdio>

namespace ratsarchiv::indexer::extract {

namespace {
// Date sources in the order document_date.h tries them.
constexpr const char* kDateSources[] = {"document", "session", "beratungsfolge", "number",
                                        "budget",   "path",    "text",           "file_order"};

bool has_gremium(const CouncilDocument& doc) {
    for (const auto& step : doc.beratungsfolge) {
        if (!step.gremium.empty()) {
            return true;
        }
    }
    return false;
}

std::string row(const std::string& name, long count, long total) {
    char line[128];
    std::snprintf(line, sizeof line, "%-24s %8ld %8.2f%%\n", name.c_str(), count,
                  total == 0 ? 0.0 : 100.0 * static_cast<double>(count) / total);
    return line;
}
} // namespace

bool has_text(const CouncilDocument& doc) {
    return doc.text.find_first_not_of(" \t\r\n\f") != std::string::npos;
}

void Coverage::add(const CouncilDocument& doc) {
    if (!has_text(doc)) {
        ++without_text_;
        return;
    }
    ++documents_;
    const std::pair<const char*, bool> fields[] = {
        {"type", !doc.type.empty()},     {"number", !doc.number.empty()},
        {"date", doc.date.size() == 10}, {"year", doc.date.size() >= 4},
        {"gremium", has_gremium(doc)},   {"amt", !doc.amt.empty()},
        {"thema", !doc.thema.empty()},
    };
    for (const auto& [name, present] : fields) {
        counts_[name] += present ? 1 : 0;
    }
    if (!doc.date_source.empty()) {
        ++counts_["date:" + doc.date_source];
    }
    if (auto key = file_order_key(doc.archive, doc.source)) {
        const bool evidence = doc.date.size() >= 4 && dates_neighbours(doc.date_source);
        file_order_.push_back({std::move(*key), evidence ? doc.date.substr(0, 4) : ""});
        file_order_undated_.push_back(doc.date.size() < 4);
    }
}

void Coverage::date_by_file_order() {
    const std::vector<std::string> years = years_from_file_order(file_order_);
    long agree = 0;
    for (std::size_t i = 0; i < years.size(); ++i) {
        if (years[i].empty()) {
            continue;
        }
        if (file_order_undated_[i]) {
            ++counts_["year"];
            ++counts_["date:file_order"];
            file_order_undated_[i] = false;
        } else if (!file_order_[i].evidence_year.empty()) {
            ++file_order_checked_;
            agree += years[i] == file_order_[i].evidence_year ? 1 : 0;
        }
    }
    file_order_agreement_ =
        file_order_checked_ == 0 ? 0.0 : static_cast<double>(agree) / file_order_checked_;
}

long Coverage::with(const std::string& field) const {
    auto it = counts_.find(field);
    return it == counts_.end() ? 0 : it->second;
}

double Coverage::share(const std::string& field) const {
    return documents_ == 0 ? 0.0 : static_cast<double>(with(field)) / documents_;
}

std::string Coverage::report() const {
    std::string out = "documents with text: " + std::to_string(documents_) +
                      " (without text: " + std::to_string(without_text_) + ")\n";
    out += "field                       with    share\n";
    for (const char* field : {"type", "number", "year", "date", "gremium", "amt", "thema"}) {
        out += row(field, with(field), documents_);
    }
    out += "year by source:\n";
    for (const char* source : kDateSources) {
        out += row(std::string("  ") + source, with(std::string("date:") + source), documents_);
    }
    out += row("  none", documents_ - with("year"), documents_);
    if (file_order_checked_ > 0) {
        char line[160];
        std::snprintf(line, sizeof line,
                      "file order gives %.2f%% of %ld documents dated otherwise their own year\n",
                      100.0 * file_order_agreement_, file_order_checked_);
        out += line;
    }
    return out;
}

} // namespace ratsarchiv::indexer::extract
