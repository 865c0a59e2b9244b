// The table of commands, constants and member functions the evaluator can call by name. Built-in commands,
// interpreter commands and plugin commands all register here; the parser asks it to recognise multi-word names.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "values/class_def.h"
#include "values/value.h"

namespace fourd {

class CallContext;

using CommandFn = Value (*)(CallContext& ctx, std::vector<Value>& args, void* data);
// Asked before a command's arguments are evaluated: true skips the command and leaves them unevaluated.
using CommandSkip = bool (*)(CallContext& ctx);

// What a collection member function does to its collection; on a shared collection this decides the locking
// (changes need Use...End use; `Reorders` may call back into 4D code while it works). `ReadsIntoShared` reads
// and, called on a shared collection, returns a shared collection of the same group (filter()).
enum class CollectionAccess { Reads, Changes, Reorders, ReadsIntoShared };

struct CommandDef {
  std::string name;     // as documented, e.g. "JSON Stringify"; matched case-insensitively
  CommandFn fn = nullptr;
  void* data = nullptr;
  int minArgs = 0;
  int maxArgs = -1;          // -1: unbounded
  uint32_t outParams = 0;    // bit i set: argument i is written back to the caller's variable after the call
  bool headless = false;     // answers as 4D Server with no window would, or refuses for want of a screen
  CommandSkip skipped = nullptr;  // ASSERT while assertions are disabled: 4D does not evaluate its expression
};

class Registry {
 public:
  static Registry& global();

  void addCommand(CommandDef def);
  void addConstant(std::string name, Value value);
  void addCollectionFunction(std::string name, MemberFn fn, CollectionAccess access = CollectionAccess::Reads);
  void addBlobFunction(std::string name, MemberFn fn);
  // Classes of the 4D namespace (4D.Blob, 4D.Function, plugin classes such as 4D.WebSocketServer).
  void addClass(Ref<ClassDef> cls);

  const CommandDef* command(std::string_view name) const;
  const Value* constant(std::string_view name) const;
  MemberFn collectionFunction(std::string_view name) const;
  CollectionAccess collectionAccess(std::string_view name) const;
  MemberFn blobFunction(std::string_view name) const;
  ClassDef* fourDClass(std::string_view name) const;  // case-sensitive, as 4D class names are

  // Every command, constant and collection function, sorted by name: the vocabulary of tools that write 4D code
  // (the evaluator fuzzer's mutator). Constants are named by their lookup key (lowercase, as 4D accepts them).
  std::vector<const CommandDef*> commands() const;
  std::vector<std::string> constantNames() const;
  std::vector<std::string> collectionFunctionNames() const;
  std::vector<std::string> classNames() const;  // of the 4D namespace, without the "4D." 

  // For the lexer: is `words` (lowercased, single-spaced) a command or constant name, or the start of one?
  bool isNameOrPrefix(std::string_view words, bool& complete) const;

 private:
  struct Tables;
  Registry();
  ~Registry();
  Tables* t_;
};

// Lowercase ASCII with runs of spaces collapsed: the key under which names are registered and looked up.
std::string normalizeName(std::string_view name);

}  // namespace fourd
