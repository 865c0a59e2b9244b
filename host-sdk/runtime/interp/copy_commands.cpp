// OB Copy and collection.copy() with their options (docs/commands-legacy/ob-copy.md,
// docs/API/CollectionClass.md#copy). Resolving pointers reads variables, which only the evaluator can do, hence
// language commands.
#include <string>

#include "builtins/command_args.h"
#include "interp/exec.h"
#include "interp/frame.h"
#include "interp/language_command_groups.h"
#include "process/process.h"
#include "process/shared_values.h"
#include "values/deep_copy.h"

namespace fourd {

namespace {

[[noreturn]] void badOption(std::string_view what, const std::string& problem) {
  throw RuntimeError(error_code::kInvalidArgument, std::string(what) + ": " + problem);
}

CopyOptions resolvingPointers(Process& p) {
  CopyOptions options;
  options.resolvePointer = [&p](const Value& pointer) { return Exec(p, *p.frame).pointedValue(pointer); };
  return options;
}

// The `option {; groupWith}` arguments starting at `first`: ck resolve pointers, ck shared or both, and the
// shared object or collection whose group a shared copy joins (a new group without one).
CopyOptions copyOptions(Process& p, const std::vector<Value>& args, size_t first, std::string_view what) {
  int64_t option = intArg(args, first, what);
  if (option & ~(kCopyResolvePointers | kCopyShared))
    badOption(what, "the option must be ck resolve pointers, ck shared or their sum, not " + std::to_string(option));
  CopyOptions options = option & kCopyResolvePointers ? resolvingPointers(p) : CopyOptions{};
  if (!(option & kCopyShared)) {
    if (hasArg(args, first + 1)) badOption(what, "a group to join needs the ck shared option");
    return options;
  }
  if (!hasArg(args, first + 1)) {
    options.group = make<SharedGroup>();
    return options;
  }
  SharedGroup* group = sharedGroupOf(args[first + 1]);
  if (!group) badOption(what, "the group to join must be a shared object or a shared collection");
  options.group = Ref<SharedGroup>(group);
  return options;
}

// OB Copy(object {; resolvePtrs}) or OB Copy(object {; option {; groupWith}}).
Value obCopy(CallContext& ctx, std::vector<Value>& args, void*) {
  if (!args[0].isObject() && !args[0].isCollection() && !args[0].isNull())
    throwTypeError("OB Copy", 0, "an Object or a Collection");
  Process& p = static_cast<Process&>(ctx);
  if (!hasArg(args, 1)) return deepCopy(args[0], CopyOptions{});
  if (args[1].kind() == Kind::Boolean) {
    if (hasArg(args, 2)) badOption("OB Copy", "a group to join needs the ck shared option, not a Boolean");
    return deepCopy(args[0], args[1].asBool() ? resolvingPointers(p) : CopyOptions{});
  }
  return deepCopy(args[0], copyOptions(p, args, 1, "OB Copy"));
}

// collection.copy({option {; groupWithCol | groupWithObj}}).
Value collectionCopy(CallContext& ctx, const Value& self, std::vector<Value>& args) {
  if (!hasArg(args, 0)) return deepCopy(self, CopyOptions{});
  return deepCopy(self, copyOptions(static_cast<Process&>(ctx), args, 0, "copy"));
}

}  // namespace

void registerCopyCommands(Registry& registry) {
  addCommand(registry, "OB Copy", &obCopy, 1, 3);
  registry.addCollectionFunction("copy", collectionCopy);
}

}  // namespace fourd
