#include "plugins/manifest.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <initializer_list>
#include <set>
#include <sstream>

#include "builtins/registry.h"

namespace fourd {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

[[noreturn]] void fail(const std::string& message) { throw ManifestError(message); }

bool isIdentifier(std::string_view s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}

// Words of letters, digits and underscores separated by single spaces, as 4D command names are written.
bool isCommandName(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ' || s.find("  ") != std::string_view::npos) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != ' ') return false;
  return true;
}

void rejectUnknownKeys(const Object& obj, std::initializer_list<std::string_view> known, const std::string& where) {
  for (const auto& [key, value] : obj) {
    bool isKnown = false;
    for (std::string_view k : known) isKnown = isKnown || key == k;
    if (!isKnown) fail(where + ": unknown key \"" + key + "\"");
  }
}

std::string text(const Object& obj, const std::string& key, const std::string& where, bool required) {
  if (!obj.has(key)) {
    if (required) fail(where + ": \"" + key + "\" is missing");
    return {};
  }
  Poco::Dynamic::Var v = obj.get(key);
  if (!v.isString() || v.extract<std::string>().empty()) fail(where + ": \"" + key + "\" must be a non-empty text");
  return v.extract<std::string>();
}

Array::Ptr optionalArray(const Object& obj, const std::string& key, const std::string& where) {
  if (!obj.has(key)) return nullptr;
  if (!obj.isArray(key)) fail(where + ": \"" + key + "\" must be an array");
  return obj.getArray(key);
}

Object::Ptr objectAt(const Array& arr, size_t i, const std::string& where) {
  if (!arr.isObject(static_cast<unsigned>(i))) fail(where + ": entry " + std::to_string(i) + " must be an object");
  return arr.getObject(static_cast<unsigned>(i));
}

// Adds `name` to `seen`; fails when it was there already.
void requireUnique(std::set<std::string>& seen, const std::string& name, const std::string& where) {
  if (!seen.insert(name).second) fail(where + ": \"" + name + "\" is declared twice");
}

std::vector<std::string> identifiers(const Object& obj, const std::string& key, const std::string& where,
                                     std::set<std::string>& seen) {
  std::vector<std::string> names;
  Array::Ptr arr = optionalArray(obj, key, where);
  if (!arr) return names;
  for (size_t i = 0; i < arr->size(); ++i) {
    Poco::Dynamic::Var v = arr->get(static_cast<unsigned>(i));
    if (!v.isString() || !isIdentifier(v.extract<std::string>()))
      fail(where + ": \"" + key + "\" entries must be identifiers");
    requireUnique(seen, v.extract<std::string>(), where);
    names.push_back(v.extract<std::string>());
  }
  return names;
}

ManifestProperty parseProperty(const Object& obj, const std::string& where, std::set<std::string>& seen) {
  rejectUnknownKeys(obj, {"name", "readOnly"}, where);
  ManifestProperty p;
  p.name = text(obj, "name", where, true);
  if (!isIdentifier(p.name)) fail(where + ": property name \"" + p.name + "\" is not an identifier");
  requireUnique(seen, p.name, where);
  if (obj.has("readOnly")) {
    Poco::Dynamic::Var v = obj.get("readOnly");
    if (!v.isBoolean()) fail(where + ": \"readOnly\" of property \"" + p.name + "\" must be true or false");
    p.readOnly = v.extract<bool>();
  }
  return p;
}

ManifestClass parseClass(const Object& obj, const std::string& where) {
  rejectUnknownKeys(obj, {"name", "static", "methods", "properties"}, where);
  ManifestClass cls;
  cls.name = text(obj, "name", where, true);
  if (!isIdentifier(cls.name)) fail(where + ": class name \"" + cls.name + "\" is not an identifier");
  const std::string inClass = "class " + cls.name;
  std::set<std::string> staticNames;
  std::set<std::string> instanceNames;
  cls.statics = identifiers(obj, "static", inClass, staticNames);
  cls.methods = identifiers(obj, "methods", inClass, instanceNames);
  if (Array::Ptr props = optionalArray(obj, "properties", inClass))
    for (size_t i = 0; i < props->size(); ++i)
      cls.properties.push_back(parseProperty(*objectAt(*props, i, inClass + " properties"), inClass, instanceNames));
  return cls;
}

std::string parseLibrary(const Object& obj, std::string_view platform) {
  if (!obj.has("library")) fail("\"library\" is missing");
  if (!obj.isObject("library")) fail("\"library\" must be an object with \"linux\", \"macos\", \"windows\" keys");
  Object::Ptr lib = obj.getObject("library");
  rejectUnknownKeys(*lib, {"linux", "macos", "windows"}, "\"library\"");
  for (const auto& [key, value] : *lib)
    text(*lib, key, "\"library\"", true);
  std::string file = text(*lib, std::string(platform), "\"library\"", true);
  if (file.find_first_of("/\\") != std::string::npos || file == "." || file == "..")
    fail("\"library\": \"" + file + "\" must be a file name in the plugin's folder");
  return file;
}

}  // namespace

const ManifestClass* Manifest::findClass(std::string_view className) const {
  for (const ManifestClass& c : classes)
    if (c.name == className) return &c;
  return nullptr;
}

std::string_view currentPlatform() {
#if defined(_WIN32)
  return "windows";
#elif defined(__APPLE__)
  return "macos";
#else
  return "linux";
#endif
}

Manifest parseManifest(const std::string& json, std::string_view platform) {
  Object::Ptr root;
  try {
    Poco::Dynamic::Var parsed = Poco::JSON::Parser().parse(json);
    if (parsed.type() != typeid(Object::Ptr)) fail("the manifest must be a JSON object");
    root = parsed.extract<Object::Ptr>();
  } catch (const Poco::Exception& e) {
    fail("invalid JSON: " + e.message());
  }
  const Object& obj = *root;
  rejectUnknownKeys(obj, {"name", "version", "description", "abiVersion", "entry", "library", "classes", "commands"},
                    "manifest");

  Manifest m;
  m.name = text(obj, "name", "manifest", true);
  m.version = text(obj, "version", "manifest", true);
  m.description = text(obj, "description", "manifest", false);
  if (!obj.has("abiVersion")) fail("\"abiVersion\" is missing");
  Poco::Dynamic::Var abi = obj.get("abiVersion");
  if (!abi.isInteger() || abi.convert<int>() < 1) fail("\"abiVersion\" must be a positive integer");
  m.abiVersion = abi.convert<int>();
  m.entry = text(obj, "entry", "manifest", true);
  if (!isIdentifier(m.entry)) fail("\"entry\": \"" + m.entry + "\" is not a C identifier");
  m.library = parseLibrary(obj, platform);

  std::set<std::string> classNames;
  if (Array::Ptr classes = optionalArray(obj, "classes", "manifest")) {
    for (size_t i = 0; i < classes->size(); ++i) {
      m.classes.push_back(parseClass(*objectAt(*classes, i, "\"classes\""), "\"classes\""));
      requireUnique(classNames, m.classes.back().name, "\"classes\"");
    }
  }
  std::set<std::string> commandKeys;
  if (Array::Ptr commands = optionalArray(obj, "commands", "manifest")) {
    for (size_t i = 0; i < commands->size(); ++i) {
      Poco::Dynamic::Var v = commands->get(static_cast<unsigned>(i));
      if (!v.isString() || !isCommandName(v.extract<std::string>()))
        fail("\"commands\": entries must be words separated by single spaces");
      const std::string& name = v.extract<std::string>();
      if (!commandKeys.insert(normalizeName(name)).second) fail("\"commands\": \"" + name + "\" is declared twice");
      m.commands.push_back(name);
    }
  }
  return m;
}

Manifest readManifest(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("cannot read " + path);
  std::ostringstream content;
  content << in.rdbuf();
  return parseManifest(content.str());
}

}  // namespace fourd
