// Atom feed rendering: hand-written XML (the structure is fixed and small), every text value
// through xml_escape so no document text can break the markup.
#include "server/web/atom_feed.h"

#include <algorithm>
#include <cctype>

#include "server/web/export_formats.h"

namespace ratsarchiv::server::web {

namespace {

// Length of the UTF-8 sequence starting with `lead`, 0 for a byte that cannot start one.
std::size_t utf8_length(unsigned char lead) {
    if (lead < 0x80) {
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        return 4;
    }
    return 0;
}

bool continuation_bytes(std::string_view bytes) {
    return std::all_of(bytes.begin(), bytes.end(),
                       [](char b) { return (static_cast<unsigned char>(b) & 0xC0) == 0x80; });
}

bool is_xml_char(unsigned char c) {
    return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
}

void append_element(std::string& out, std::string_view indent, std::string_view name,
                    std::string_view text) {
    out += indent;
    out += '<';
    out += name;
    out += '>';
    out += xml_escape(text);
    out += "</";
    out += name;
    out += ">\n";
}

std::string entry_summary(const ResultRow& row) {
    std::string summary;
    auto add = [&summary](std::string_view label, std::string_view value) {
        if (!value.empty()) {
            summary += summary.empty() ? "" : " · ";
            summary += label;
            summary += value;
        }
    };
    add("", row.type);
    add("Nr. ", row.number);
    add("", row.body);
    add("", row.amt);
    if (!row.gremien.empty()) {
        std::string gremien;
        for (const auto& g : row.gremien) {
            gremien += gremien.empty() ? g : ", " + g;
        }
        add("Gremien: ", gremien);
    }
    std::string text = snippet_text(row.snippet);
    if (!text.empty()) {
        summary += summary.empty() ? text : "\n" + text;
    }
    return summary;
}

void append_entry(std::string& out, const FeedInfo& info, const ResultRow& row) {
    const std::string url = document_page_url(info.base_url, row.id);
    // An undated document counts from when the archive got it: that is when it is news.
    const std::string published = rfc3339_date(row.date);
    std::string updated = published;
    if (updated.empty()) {
        updated = row.indexed_at.empty() ? info.updated_default : row.indexed_at;
    }
    std::string title = row.thema.empty() ? row.number : row.thema;
    if (!row.number.empty() && !row.thema.empty()) {
        title = row.number + ": " + row.thema;
    }
    if (!row.is_public) {
        title = "[nicht öffentlich] " + title; // only staff feeds hold such rows
    }
    out += "  <entry>\n";
    append_element(out, "    ", "id", url);
    append_element(out, "    ", "title", title.empty() ? row.id : title);
    append_element(out, "    ", "updated", updated);
    if (!published.empty()) {
        append_element(out, "    ", "published", published);
    }
    out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + xml_escape(url) + "\"/>\n";
    if (!row.type.empty()) {
        out += "    <category term=\"" + xml_escape(row.type) + "\"/>\n";
    }
    if (!row.is_public) {
        out += "    <category term=\"nichtoeffentlich\" label=\"nicht öffentlich\"/>\n";
    }
    append_element(out, "    ", "summary", entry_summary(row));
    out += "  </entry>\n";
}

} // namespace

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t len = utf8_length(c);
        if (len == 0 || i + len > text.size() || !continuation_bytes(text.substr(i + 1, len - 1))) {
            ++i; // not UTF-8: drop the byte rather than emit malformed XML
            continue;
        }
        if (len > 1) {
            out.append(text.substr(i, len));
        } else if (c == '&') {
            out += "&amp;";
        } else if (c == '<') {
            out += "&lt;";
        } else if (c == '>') {
            out += "&gt;";
        } else if (c == '"') {
            out += "&quot;";
        } else if (is_xml_char(c)) {
            out += static_cast<char>(c);
        }
        i += len;
    }
    return out;
}

std::string snippet_text(std::string_view snippet) {
    std::string out;
    for (std::size_t i = 0; i < snippet.size();) {
        if (snippet.substr(i, 6) == "<mark>") {
            i += 6;
        } else if (snippet.substr(i, 7) == "</mark>") {
            i += 7;
        } else if (snippet[i] == '&') {
            static constexpr std::pair<std::string_view, char> kEntities[] = {
                {"&amp;", '&'},  {"&lt;", '<'},   {"&gt;", '>'},
                {"&quot;", '"'}, {"&#39;", '\''}, {"&#x27;", '\''}};
            bool decoded = false;
            for (const auto& [entity, ch] : kEntities) {
                if (snippet.substr(i, entity.size()) == entity) {
                    out += ch;
                    i += entity.size();
                    decoded = true;
                    break;
                }
            }
            if (!decoded) {
                out += snippet[i++];
            }
        } else {
            out += snippet[i++];
        }
    }
    return out;
}

std::string rfc3339_time(std::time_t when) {
    std::tm utc{};
    gmtime_r(&when, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::string rfc3339_date(std::string_view iso_date) {
    if (iso_date.size() == 4 && std::all_of(iso_date.begin(), iso_date.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c));
        })) {
        // A document dated only by its year (by its number, say) sorts at the year's start,
        // where the search's date order puts it too.
        return std::string(iso_date) + "-01-01T00:00:00Z";
    }
    if (iso_date.size() != 10 || iso_date[4] != '-' || iso_date[7] != '-') {
        return {};
    }
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!std::isdigit(static_cast<unsigned char>(iso_date[i]))) {
            return {};
        }
    }
    return std::string(iso_date) + "T00:00:00Z";
}

std::string render_atom_feed(const FeedInfo& info, const ResultSet& set) {
    // The feed's own time is its newest entry's, so an unchanged search gives an unchanged feed.
    std::string updated;
    for (const auto& row : set.rows) {
        updated = std::max(updated, rfc3339_date(row.date));
    }
    if (updated.empty()) {
        updated = info.updated_default;
    }
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de\">\n";
    append_element(out, "  ", "id", info.self_url);
    append_element(out, "  ", "title", info.title);
    append_element(out, "  ", "subtitle",
                   std::to_string(set.total) + " Dokumente, die neuesten " +
                       std::to_string(set.rows.size()));
    append_element(out, "  ", "updated", updated);
    out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" +
           xml_escape(info.self_url) + "\"/>\n";
    out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + xml_escape(info.page_url) +
           "\"/>\n";
    out += "  <author><name>Ratsarchiv</name></author>\n";
    out += "  <generator>ratsarchiv</generator>\n";
    for (const auto& row : set.rows) {
        append_entry(out, info, row);
    }
    out += "</feed>\n";
    return out;
}

} // namespace ratsarchiv::server::web
