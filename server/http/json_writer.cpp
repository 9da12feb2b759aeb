// JSON text with RFC 8259 string escaping (UTF-8 passes through unchanged).
#include "server/http/json_writer.h"

#include <charconv>
#include <cmath>

namespace ratsarchiv::server {

void JsonWriter::separate() {
    if (need_comma_) {
        out_ += ',';
    }
    need_comma_ = true;
}

void JsonWriter::open(char c) {
    separate();
    out_ += c;
    need_comma_ = false;
}

void JsonWriter::close(char c) {
    out_ += c;
    need_comma_ = true;
}

void JsonWriter::key(std::string_view name) {
    string(name);
    out_ += ':';
    need_comma_ = false;
}

void JsonWriter::string(std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    separate();
    out_ += '"';
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out_ += "\\\"";
            break;
        case '\\':
            out_ += "\\\\";
            break;
        case '\n':
            out_ += "\\n";
            break;
        case '\r':
            out_ += "\\r";
            break;
        case '\t':
            out_ += "\\t";
            break;
        default:
            if (c < 0x20) {
                out_ += "\\u00";
                out_ += kHex[c >> 4];
                out_ += kHex[c & 0xf];
            } else {
                out_ += ch;
            }
        }
    }
    out_ += '"';
}

void JsonWriter::string_or_null(std::string_view s) {
    if (s.empty()) {
        null();
    } else {
        string(s);
    }
}

void JsonWriter::number(std::uint64_t n) {
    separate();
    char buf[24];
    auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
    out_.append(buf, end);
}

void JsonWriter::number(double d) {
    separate();
    if (!std::isfinite(d)) { // JSON has no NaN or infinity
        out_ += "null";
        return;
    }
    char buf[32];
    auto end = std::to_chars(buf, buf + sizeof buf, d).ptr;
    out_.append(buf, end);
}

void JsonWriter::boolean(bool b) {
    separate();
    out_ += b ? "true" : "false";
}

void JsonWriter::null() {
    separate();
    out_ += "null";
}

} // namespace ratsarchiv::server
