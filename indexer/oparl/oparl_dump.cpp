// Reading a directory of OParl objects (see oparl_dump.h).
#include "indexer/oparl/oparl_dump.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include "schema/errors.h"

namespace ratsarchiv::indexer::oparl {

namespace fs = std::filesystem;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {
// Properties whose values are objects embedded in their parent (OParl 1.1 chapter 3).
constexpr const char* kEmbeddingProperties[] = {"mainFile",   "auxiliaryFile", "consultation",
                                                "agendaItem", "membership",    "location"};
} // namespace

std::string OParlDump::short_type(const Object& object) {
    if (!object.has("type") || !object.get("type").isString()) {
        return {};
    }
    const std::string type = object.getValue<std::string>("type");
    const std::size_t slash = type.rfind('/');
    return slash == std::string::npos ? type : type.substr(slash + 1);
}

void OParlDump::add(const Object::Ptr& object, const std::string& file, bool embedded) {
    if (!object) {
        return;
    }
    const bool has_id = object->has("id") && object->get("id").isString();
    const std::string type = short_type(*object);
    if (!has_id || type.empty()) {
        if (!embedded || !has_id) {
            problems_.push_back({has_id ? object->getValue<std::string>("id") : file,
                                 has_id ? "object without a type" : "object without an id"});
        }
        return;
    }
    const std::string id = object->getValue<std::string>("id");
    auto [it, inserted] = objects_.emplace(id, object);
    // A list page and a harvested object file may both hold an object: the fuller one wins.
    if (!inserted && !embedded && it->second->size() < object->size()) {
        it->second = object;
    }
    types_[id] = type;
    for (const char* property : kEmbeddingProperties) {
        if (!object->has(property)) {
            continue;
        }
        if (auto one = object->getObject(property)) {
            add(one, file, true);
        } else if (auto many = object->getArray(property)) {
            for (std::size_t i = 0; i < many->size(); ++i) {
                add(many->getObject(static_cast<unsigned>(i)), file, true);
            }
        }
    }
}

OParlDump OParlDump::read(const std::string& directory) {
    std::error_code ec;
    if (!fs::is_directory(directory, ec)) {
        throw InputError(directory, "not a directory of OParl objects");
    }
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(directory, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file() && it->path().extension() == ".json") {
            files.push_back(it->path());
        }
    }
    if (ec) {
        throw InputError(directory, "cannot be read: " + ec.message());
    }
    std::sort(files.begin(), files.end());
    OParlDump dump;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        try {
            Poco::JSON::Parser parser;
            Poco::Dynamic::Var value = parser.parse(bytes.str());
            Array::Ptr objects;
            if (value.type() == typeid(Array::Ptr)) {
                objects = value.extract<Array::Ptr>();
            } else if (value.type() == typeid(Object::Ptr)) {
                Object::Ptr object = value.extract<Object::Ptr>();
                objects = object->has("data") ? object->getArray("data") : Array::Ptr();
                if (!objects) {
                    dump.add(object, path.string(), false);
                    continue;
                }
            } else {
                dump.problems_.push_back({path.string(), "neither an object nor a list"});
                continue;
            }
            for (std::size_t i = 0; i < objects->size(); ++i) {
                Object::Ptr object = objects->getObject(static_cast<unsigned>(i));
                if (!object) {
                    dump.problems_.push_back(
                        {path.string(), "list entry " + std::to_string(i) + " is no object"});
                    continue;
                }
                dump.add(object, path.string(), false);
            }
        } catch (const Poco::Exception& e) {
            dump.problems_.push_back({path.string(), "not JSON: " + e.displayText()});
        }
    }
    return dump;
}

Object::Ptr OParlDump::find(const std::string& id) const {
    auto it = objects_.find(id);
    return it == objects_.end() ? Object::Ptr() : it->second;
}

std::vector<std::string> OParlDump::ids_of(const std::string& type) const {
    std::vector<std::string> ids;
    for (const auto& [id, object_type] : types_) {
        if (object_type == type) {
            ids.push_back(id);
        }
    }
    return ids;
}

void OParlDump::report(std::string where, std::string reason) {
    problems_.push_back({std::move(where), std::move(reason)});
}

} // namespace ratsarchiv::indexer::oparl
