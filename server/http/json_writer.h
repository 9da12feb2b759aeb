// A small streaming JSON writer for the hot responses (/api/search): appends to one string, no
// intermediate object tree. Building the search answer as Poco::JSON objects cost one heap
// object and several Dynamic::Var per facet value (300 per request with six facets of 50).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ratsarchiv::server {

/// Writes one JSON value into a string. The caller nests begin/end calls correctly; commas
/// between members and elements are placed by the writer.
class JsonWriter {
public:
    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    /// The member name of the next value (inside an object).
    void key(std::string_view name);
    void string(std::string_view s);
    /// A string, or null when `s` is empty.
    void string_or_null(std::string_view s);
    void number(std::uint64_t n);
    void number(double d);
    void boolean(bool b);
    void null();

    // A member name and its value in one call (distinct names: a string literal would
    // otherwise pick a bool overload).
    void string_member(std::string_view name, std::string_view s) {
        key(name);
        string(s);
    }
    void string_or_null_member(std::string_view name, std::string_view s) {
        key(name);
        string_or_null(s);
    }
    void number_member(std::string_view name, std::uint64_t n) {
        key(name);
        number(n);
    }
    void number_member(std::string_view name, double d) {
        key(name);
        number(d);
    }
    void bool_member(std::string_view name, bool b) {
        key(name);
        boolean(b);
    }

    const std::string& text() const { return out_; }
    std::string take() { return std::move(out_); }

private:
    void open(char c);
    void close(char c);
    void separate();

    std::string out_;
    bool need_comma_ = false;
};

} // namespace ratsarchiv::server
