// CSV and JSON export rendering.
#include "server/web/export_formats.h"

#include <cctype>
#include <sstream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/URI.h>

namespace ratsarchiv::server::web {

namespace {

std::string join(const std::vector<std::string>& values, std::string_view separator) {
    std::string out;
    for (const auto& v : values) {
        if (!out.empty()) {
            out += separator;
        }
        out += v;
    }
    return out;
}

// A spreadsheet runs a cell starting with these as a formula ("CSV injection").
bool looks_like_formula(std::string_view value) {
    if (value.empty()) {
        return false;
    }
    const char c = value.front();
    if (c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r') {
        return true;
    }
    return c == '-' && (value.size() == 1 || !std::isdigit(static_cast<unsigned char>(value[1])));
}

// Unknown values are JSON null, as in the API's documents.
Poco::Dynamic::Var string_or_null(const std::string& value) {
    return value.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(value);
}

} // namespace

std::string document_page_url(std::string_view base_url, std::string_view id) {
    std::string encoded;
    Poco::URI::encode(std::string(id), "/?#&+", encoded);
    return std::string(base_url) + "/dokument/" + encoded;
}

std::string csv_field(std::string_view value) {
    std::string text;
    if (looks_like_formula(value)) {
        text = "'";
    }
    text.append(value);
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        return text;
    }
    std::string quoted = "\"";
    for (char c : text) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    quoted += '"';
    return quoted;
}

std::string render_csv(const ResultSet& set, std::string_view base_url) {
    std::string out = "\xEF\xBB\xBF";
    bool first = true;
    for (std::string_view column : kCsvColumns) {
        out += first ? "" : ",";
        out += column;
        first = false;
    }
    out += "\r\n";
    for (const auto& row : set.rows) {
        const std::string cells[] = {row.id,
                                     row.number,
                                     row.type,
                                     row.date,
                                     row.thema,
                                     row.body,
                                     row.amt,
                                     join(row.gremien, "; "),
                                     row.source,
                                     document_page_url(base_url, row.id),
                                     row.is_public ? "true" : "false"};
        first = true;
        for (const auto& cell : cells) {
            out += first ? "" : ",";
            out += csv_field(cell);
            first = false;
        }
        out += "\r\n";
    }
    return out;
}

std::string render_json(const ResultSet& set, std::string_view base_url) {
    Poco::JSON::Object root;
    root.set("total", set.total);
    root.set("exported", static_cast<long long>(set.rows.size()));
    root.set("truncated", set.truncated);
    Poco::JSON::Array::Ptr hits = new Poco::JSON::Array;
    for (const auto& row : set.rows) {
        Poco::JSON::Object::Ptr hit = new Poco::JSON::Object;
        hit->set("id", row.id);
        hit->set("source", string_or_null(row.source));
        hit->set("number", string_or_null(row.number));
        hit->set("type", string_or_null(row.type));
        hit->set("date", string_or_null(row.date));
        hit->set("thema", string_or_null(row.thema));
        hit->set("body", string_or_null(row.body));
        hit->set("amt", string_or_null(row.amt));
        Poco::JSON::Array::Ptr gremien = new Poco::JSON::Array;
        for (const auto& g : row.gremien) {
            gremien->add(g);
        }
        hit->set("gremien", gremien);
        hit->set("url", document_page_url(base_url, row.id));
        hit->set("public", row.is_public);
        hits->add(hit);
    }
    root.set("hits", hits);
    std::ostringstream out;
    root.stringify(out);
    return out.str();
}

} // namespace ratsarchiv::server::web
