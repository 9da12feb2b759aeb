// A directory of OParl 1.1 JSON objects as harvested from a city's endpoint (by
// ratsarchiv-oparl-harvest or any other client): every *.json file below it holds one object,
// a list page ({"data": [...]}) or an array of objects. Objects are found by their id, also
// where they are embedded (a Paper's mainFile and consultation), so a Paper's links can be
// followed to its Body, Organizations, Meetings, Files and other Papers.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

namespace ratsarchiv::indexer::oparl {

/// An object or file that could not be read as it is, with its id (or file) and the reason.
struct DumpProblem {
    std::string where; ///< the object's id, or the file's path where there is no id
    std::string reason;
};

/// The objects of a dump by id.
class OParlDump {
public:
    /// Reads every *.json file below `directory`. Never throws for bad content: unreadable files
    /// and objects without id or type are problems(). Throws InputError when the directory
    /// cannot be read at all.
    static OParlDump read(const std::string& directory);

    /// The object with this id, or null.
    Poco::JSON::Object::Ptr find(const std::string& id) const;
    /// The ids of the objects of an OParl type ("Paper"), in id order.
    std::vector<std::string> ids_of(const std::string& type) const;
    /// What could not be read.
    const std::vector<DumpProblem>& problems() const { return problems_; }
    /// Reports a problem found later (while converting an object).
    void report(std::string where, std::string reason);

    /// The short type of an object: "Paper" for "https://schema.oparl.org/1.1/Paper".
    static std::string short_type(const Poco::JSON::Object& object);

private:
    void add(const Poco::JSON::Object::Ptr& object, const std::string& file, bool embedded);

    std::map<std::string, Poco::JSON::Object::Ptr> objects_;
    std::map<std::string, std::string> types_;
    std::vector<DumpProblem> problems_;
};

} // namespace ratsarchiv::indexer::oparl
