#include "lang/name_oracle.h"

#include "builtins/registry.h"

namespace fourd::lang {

ProjectNameOracle::ProjectNameOracle() : registry_(Registry::global()) {}

ProjectNameOracle::ProjectNameOracle(const Registry& registry) : registry_(registry) {}

void ProjectNameOracle::addMethod(std::string_view name) { methods_.insert(normalizeName(name)); }

bool ProjectNameOracle::isMethodOrPrefix(std::string_view words, bool& complete) const {
  auto it = methods_.lower_bound(words);
  if (it == methods_.end()) return false;
  if (*it == words) {
    complete = true;
    return true;
  }
  // Sorted order puts "a b c" right after "a b" (or after a name equal to `words`), so one look suffices.
  return it->size() > words.size() && it->compare(0, words.size(), words) == 0 && (*it)[words.size()] == ' ';
}

bool ProjectNameOracle::isNameOrPrefix(std::string_view lowercasedWords, bool& complete) const {
  complete = false;
  bool registryComplete = false;
  bool inRegistry = registry_.isNameOrPrefix(lowercasedWords, registryComplete);
  bool methodComplete = false;
  bool inMethods = isMethodOrPrefix(lowercasedWords, methodComplete);
  complete = registryComplete || methodComplete;
  return inRegistry || inMethods;
}

NameKind ProjectNameOracle::kindOf(std::string_view lowercasedName) const {
  if (registry_.command(lowercasedName)) return NameKind::Command;
  if (registry_.constant(lowercasedName)) return NameKind::Constant;
  if (methods_.count(lowercasedName)) return NameKind::Method;
  return NameKind::Unknown;
}

}  // namespace fourd::lang
