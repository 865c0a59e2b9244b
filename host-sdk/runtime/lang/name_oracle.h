// What the front end asks about names it cannot decide from the source alone: whether a run of words is a
// (possibly multi-word) command, constant or project method name, and which of the three it is.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

namespace fourd {
class Registry;
}

namespace fourd::lang {

enum class NameKind : uint8_t { Unknown, Command, Constant, Method };

struct NameOracle {
  // Is `lowercasedWords` (single-spaced) a known name (`complete` = true) or the first words of one?
  virtual bool isNameOrPrefix(std::string_view lowercasedWords, bool& complete) const = 0;
  // What a complete name denotes. Commands win over constants, constants over methods, as in 4D.
  virtual NameKind kindOf(std::string_view lowercasedName) const = 0;
  virtual ~NameOracle() = default;
};

// Commands and constants of a Registry (Registry::global() by default) plus the project's method names.
class ProjectNameOracle : public NameOracle {
 public:
  ProjectNameOracle();
  explicit ProjectNameOracle(const Registry& registry);
  void addMethod(std::string_view name);

  bool isNameOrPrefix(std::string_view lowercasedWords, bool& complete) const override;
  NameKind kindOf(std::string_view lowercasedName) const override;

 private:
  bool isMethodOrPrefix(std::string_view words, bool& complete) const;
  const Registry& registry_;
  std::set<std::string, std::less<>> methods_;  // normalised names
};

}  // namespace fourd::lang
