// A top-level-only JSON field reader with a fallback to Poco's parser.
#include "server/search/stored_fields.h"

#include <cstdint>
#include <cstring>
#include <optional>

#include "schema/document_json.h"

namespace ratsarchiv::server {

namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

class Reader {
public:
    explicit Reader(std::string_view s) : s_(s) {}

    bool at_end() const { return i_ >= s_.size(); }
    void skip_space() {
        while (i_ < s_.size() &&
               (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\t' || s_[i_] == '\r')) {
            ++i_;
        }
    }
    bool eat(char c) {
        skip_space();
        if (i_ < s_.size() && s_[i_] == c) {
            ++i_;
            return true;
        }
        return false;
    }
    char peek() {
        skip_space();
        return i_ < s_.size() ? s_[i_] : '\0';
    }

    // A JSON string at the cursor, decoded into `out` (or only skipped when out is null).
    bool string(std::string* out) {
        if (!eat('"')) {
            return false;
        }
        // memchr for the closing quote and for backslashes (both vectorized); the quote's
        // position is kept across escapes, so a text full of \n escapes stays linear.
        const char* base = s_.data();
        const std::size_t n = s_.size();
        std::size_t quote = 0;
        bool have_quote = false;
        while (i_ < n) {
            if (!have_quote || quote < i_) {
                const void* q = std::memchr(base + i_, '"', n - i_);
                if (q == nullptr) {
                    return false;
                }
                quote = static_cast<std::size_t>(static_cast<const char*>(q) - base);
                have_quote = true;
            }
            const void* b = std::memchr(base + i_, '\\', quote - i_);
            std::size_t stop =
                b == nullptr ? quote : static_cast<std::size_t>(static_cast<const char*>(b) - base);
            if (out != nullptr) {
                out->append(base + i_, stop - i_);
            }
            i_ = stop + 1;
            if (b == nullptr) {
                return true;
            }
            if (!escape(out)) {
                return false;
            }
        }
        return false;
    }

    // Any JSON value at the cursor, skipped.
    bool skip_value() {
        char c = peek();
        if (c == '"') {
            return string(nullptr);
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            while (i_ < s_.size()) {
                char d = s_[i_];
                if (d == '"') {
                    if (!string(nullptr)) {
                        return false;
                    }
                    continue;
                }
                ++i_;
                depth += (d == '{' || d == '[') ? 1 : (d == '}' || d == ']') ? -1 : 0;
                if (depth == 0) {
                    return true;
                }
            }
            return false;
        }
        while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '}') {
            ++i_; // null, true, false, numbers
        }
        return true;
    }

private:
    bool escape(std::string* out) {
        if (i_ >= s_.size()) {
            return false;
        }
        char e = s_[i_++];
        std::string ignored;
        std::string& o = out != nullptr ? *out : ignored;
        switch (e) {
        case '"':
            o += '"';
            return true;
        case '\\':
            o += '\\';
            return true;
        case '/':
            o += '/';
            return true;
        case 'b':
            o += '\b';
            return true;
        case 'f':
            o += '\f';
            return true;
        case 'n':
            o += '\n';
            return true;
        case 'r':
            o += '\r';
            return true;
        case 't':
            o += '\t';
            return true;
        case 'u':
            break;
        default:
            return false;
        }
        auto cp = hex4();
        if (!cp) {
            return false;
        }
        std::uint32_t code = *cp;
        if (code >= 0xD800 && code <= 0xDBFF && i_ + 1 < s_.size() && s_[i_] == '\\' &&
            s_[i_ + 1] == 'u') {
            i_ += 2;
            auto low = hex4();
            if (!low || *low < 0xDC00 || *low > 0xDFFF) {
                return false;
            }
            code = 0x10000 + ((code - 0xD800) << 10) + (*low - 0xDC00);
        }
        append_utf8(o, code);
        return true;
    }

    std::optional<std::uint32_t> hex4() {
        if (i_ + 4 > s_.size()) {
            return std::nullopt;
        }
        std::uint32_t v = 0;
        for (int k = 0; k < 4; ++k) {
            char h = s_[i_++];
            v <<= 4;
            if (h >= '0' && h <= '9') {
                v |= static_cast<std::uint32_t>(h - '0');
            } else if (h >= 'a' && h <= 'f') {
                v |= static_cast<std::uint32_t>(h - 'a' + 10);
            } else if (h >= 'A' && h <= 'F') {
                v |= static_cast<std::uint32_t>(h - 'A' + 10);
            } else {
                return std::nullopt;
            }
        }
        return v;
    }

    std::string_view s_;
    std::size_t i_ = 0;
};

std::string* target(StoredFields& f, std::string_view key, bool with_text) {
    if (key == "id")
        return &f.id;
    if (key == "source")
        return &f.source;
    if (key == "number")
        return &f.number;
    if (key == "type")
        return &f.type;
    if (key == "date")
        return &f.date;
    if (key == "date_source")
        return &f.date_source;
    if (key == "thema")
        return &f.thema;
    if (key == "body")
        return &f.body;
    if (key == "amt")
        return &f.amt;
    if (key == "text" && with_text)
        return &f.text;
    return nullptr;
}

std::optional<StoredFields> read_fast(std::string_view json, bool with_text) {
    StoredFields f;
    Reader r(json);
    if (!r.eat('{')) {
        return std::nullopt;
    }
    if (r.eat('}')) {
        return f;
    }
    int found = 0;
    do {
        if (!with_text && found == 9) {
            return f; // the text, by far the largest value, is not needed
        }
        std::string key;
        if (!r.string(&key) || !r.eat(':')) {
            return std::nullopt;
        }
        std::string* into = target(f, key, with_text);
        found += into != nullptr ? 1 : 0;
        bool ok = into != nullptr && r.peek() == '"' ? r.string(into) : r.skip_value();
        if (!ok) {
            return std::nullopt;
        }
    } while (r.eat(','));
    if (!r.eat('}')) {
        return std::nullopt;
    }
    return f;
}

} // namespace

StoredFields read_stored_fields(std::string_view json, bool with_text) {
    if (auto fast = read_fast(json, with_text)) {
        return std::move(*fast);
    }
    CouncilDocument d = schema::document_from_json_text(std::string(json));
    StoredFields f{d.id,    d.source, d.number, d.type, d.date,
                   d.date_source, d.thema, d.body, d.amt, {}};
    if (with_text) {
        f.text = std::move(d.text);
    }
    return f;
}

} // namespace ratsarchiv::server
