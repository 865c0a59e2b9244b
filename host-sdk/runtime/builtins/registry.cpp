#include "builtins/registry.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <string_view>
#include <unordered_map>

namespace fourd {

struct Registry::Tables {
  std::unordered_map<std::string, CommandDef> commands;
  std::unordered_map<std::string, Value> constants;
  std::unordered_map<std::string, MemberFn> collectionFunctions;
  std::unordered_map<std::string, CollectionAccess> collectionAccess;  // only the functions that do not just read
  std::unordered_map<std::string, MemberFn> blobFunctions;
  std::unordered_map<std::string, Ref<ClassDef>> classes;
  // What the lexer asks of every word run it reads: is it a command or constant name (kWhole), or the first words
  // of a multi-word one (kPrefix)? One lookup of the run as it is, without a string made for it.
  enum Shape : uint8_t { kWhole = 1, kPrefix = 2 };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint8_t, Hash, std::equal_to<>> shapes;

  void addName(const std::string& key) {
    shapes[key] |= kWhole;
    for (size_t i = key.find(' '); i != std::string::npos; i = key.find(' ', i + 1))
      shapes[key.substr(0, i)] |= kPrefix;
  }
};

std::string normalizeName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (char c : name) {
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Registry::Registry() : t_(new Tables) {}
Registry::~Registry() { delete t_; }

Registry& Registry::global() {
  static Registry registry;
  return registry;
}

void Registry::addCommand(CommandDef def) {
  std::string key = normalizeName(def.name);
  t_->addName(key);
  t_->commands[key] = std::move(def);
}

void Registry::addConstant(std::string name, Value value) {
  std::string key = normalizeName(name);
  t_->addName(key);
  t_->constants[key] = std::move(value);
}

void Registry::addCollectionFunction(std::string name, MemberFn fn, CollectionAccess access) {
  if (access != CollectionAccess::Reads) t_->collectionAccess[name] = access;
  t_->collectionFunctions[std::move(name)] = fn;
}

void Registry::addBlobFunction(std::string name, MemberFn fn) { t_->blobFunctions[std::move(name)] = fn; }

void Registry::addClass(Ref<ClassDef> cls) {
  std::string key(cls->name());
  t_->classes[key] = std::move(cls);
}

ClassDef* Registry::fourDClass(std::string_view name) const {
  auto it = t_->classes.find(std::string(name));
  return it == t_->classes.end() ? nullptr : it->second.get();
}

const CommandDef* Registry::command(std::string_view name) const {
  auto it = t_->commands.find(normalizeName(name));
  return it == t_->commands.end() ? nullptr : &it->second;
}

const Value* Registry::constant(std::string_view name) const {
  auto it = t_->constants.find(normalizeName(name));
  return it == t_->constants.end() ? nullptr : &it->second;
}

MemberFn Registry::collectionFunction(std::string_view name) const {
  auto it = t_->collectionFunctions.find(std::string(name));
  return it == t_->collectionFunctions.end() ? nullptr : it->second;
}

CollectionAccess Registry::collectionAccess(std::string_view name) const {
  auto it = t_->collectionAccess.find(std::string(name));
  return it == t_->collectionAccess.end() ? CollectionAccess::Reads : it->second;
}

MemberFn Registry::blobFunction(std::string_view name) const {
  auto it = t_->blobFunctions.find(std::string(name));
  return it == t_->blobFunctions.end() ? nullptr : it->second;
}

namespace {
template <class Map>
std::vector<std::string> sortedKeys(const Map& map) {
  std::vector<std::string> keys;
  keys.reserve(map.size());
  for (const auto& entry : map) keys.push_back(entry.first);
  std::sort(keys.begin(), keys.end());
  return keys;
}
}  // namespace

std::vector<const CommandDef*> Registry::commands() const {
  std::vector<const CommandDef*> out;
  for (const std::string& key : sortedKeys(t_->commands)) out.push_back(&t_->commands.at(key));
  return out;
}

std::vector<std::string> Registry::constantNames() const { return sortedKeys(t_->constants); }

std::vector<std::string> Registry::collectionFunctionNames() const { return sortedKeys(t_->collectionFunctions); }

std::vector<std::string> Registry::classNames() const { return sortedKeys(t_->classes); }

bool Registry::isNameOrPrefix(std::string_view words, bool& complete) const {
  auto it = t_->shapes.find(words);
  complete = it != t_->shapes.end() && (it->second & Tables::kWhole);
  return it != t_->shapes.end();
}

}  // namespace fourd
