// A NameOracle over a fixed list, so that front-end tests do not depend on what the builtins register.
#pragma once

#include <map>
#include <string>

#include "lang/name_oracle.h"

namespace fourd::lang::test {

class FakeNames : public NameOracle {
 public:
  FakeNames(std::initializer_list<std::pair<const std::string, NameKind>> names) : names_(names) {}

  bool isNameOrPrefix(std::string_view words, bool& complete) const override {
    complete = names_.count(std::string(words)) > 0;
    for (const auto& [name, kind] : names_)
      if (name.size() > words.size() && name.compare(0, words.size(), words) == 0 && name[words.size()] == ' ')
        return true;
    return complete;
  }

  NameKind kindOf(std::string_view name) const override {
    auto it = names_.find(std::string(name));
    return it == names_.end() ? NameKind::Unknown : it->second;
  }

 private:
  std::map<std::string, NameKind> names_;
};

// The names the tests' sources use, spelled as the registry keys them (lowercase).
inline const FakeNames& commonNames() {
  static const FakeNames names{
      {"alert", NameKind::Command},
      {"call worker", NameKind::Command},
      {"current process name", NameKind::Command},
      {"json stringify", NameKind::Command},
      {"log event", NameKind::Command},
      {"new object", NameKind::Command},
      {"new shared object", NameKind::Command},
      {"new collection", NameKind::Command},
      {"ob instance of", NameKind::Command},
      {"storage", NameKind::Command},
      {"string", NameKind::Command},
      {"value type", NameKind::Command},
      {"is text", NameKind::Constant},
      {"into system standard outputs", NameKind::Constant},
      {"my method", NameKind::Method},
      {"helper", NameKind::Method},
  };
  return names;
}

}  // namespace fourd::lang::test
