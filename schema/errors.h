// The typed exception tree of ratsarchiv: every error the core throws derives from Error,
// so callers can map them (e.g. to HTTP status codes) in one place.
#pragma once

#include <stdexcept>
#include <string>

namespace ratsarchiv {

/// Base of all ratsarchiv errors.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A problem with one input file: names the path (and where known the line and field).
class InputError : public Error {
public:
    InputError(std::string path, std::string reason)
        : Error(path + ": " + reason), path_(std::move(path)), reason_(std::move(reason)) {}
    const std::string& path() const { return path_; }
    const std::string& reason() const { return reason_; }

private:
    std::string path_;
    std::string reason_;
};

/// A request parameter that is missing, malformed or out of range; names the parameter.
class BadParameter : public Error {
public:
    BadParameter(std::string parameter, std::string message)
        : Error("Parameter `" + parameter + "` " + message), parameter_(std::move(parameter)),
          message_(std::move(message)) {}
    const std::string& parameter() const { return parameter_; }
    const std::string& message() const { return message_; }

private:
    std::string parameter_;
    std::string message_;
};

/// Something asked for that does not exist (a document id, a route).
class NotFound : public Error {
public:
    using Error::Error;
};

/// A configuration key that is unknown or has an invalid value.
class ConfigError : public Error {
public:
    ConfigError(std::string key, std::string message)
        : Error("config `" + key + "`: " + message), key_(std::move(key)) {}
    const std::string& key() const { return key_; }

private:
    std::string key_;
};

} // namespace ratsarchiv
