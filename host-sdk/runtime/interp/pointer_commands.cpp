// The commands on pointers: Is nil pointer, Get pointer, RESOLVE POINTER (docs/commands-legacy/<name>.md).
// Get pointer needs the engine's variable names, hence a language command.
#include <charconv>
#include <string>

#include "builtins/command_args.h"
#include "interp/engine.h"
#include "interp/language_command_groups.h"
#include "process/process.h"
#include "values/pointer_data.h"

namespace fourd {

namespace {

const PointerData& pointerArg(const std::vector<Value>& args, size_t i, std::string_view command) {
  if (!args[i].isPointer()) throwTypeError(command, i, "a pointer");
  return *args[i].asPointer();
}

Value isNilPointer(CallContext&, std::vector<Value>& args, void*) {
  return Value::boolean(pointerArg(args, 0, "Is nil pointer").target == PointerData::Target::Nil);
}

// Get pointer(varName): a pointer to the process or interprocess (`<>name`) variable of that name, or to one
// of its elements (`name{n}`). An empty name gives the nil pointer: its page is silent, but 4D code tests on
// it (vdelachaux/unit-tests-with-Classes expects `Get pointer("")` to be falsy, and unequal to a variable's).
Value getPointer(CallContext& ctx, std::vector<Value>& args, void*) {
  std::string name = textArg(args, 0, "Get pointer");
  auto p = make<PointerData>();
  if (name.empty()) return Value::pointer(std::move(p));
  size_t brace = name.find('{');
  if (brace != std::string::npos && name.back() == '}') {
    const char* digits = name.data() + brace + 1;
    auto [end, error] = std::from_chars(digits, name.data() + name.size() - 1, p->element);
    if (error != std::errc() || end != name.data() + name.size() - 1 || p->element < 0)
      throwTypeError("Get pointer", 0, "a variable name, or an array name with an element number");
    name.resize(brace);
  }
  if (name.empty() || name[0] == '$') throwTypeError("Get pointer", 0, "the name of a process or interprocess variable");
  Engine& engine = static_cast<Process&>(ctx).engine();
  bool interprocess = name.rfind("<>", 0) == 0;
  std::string key = normalizeName(interprocess ? name.substr(2) : name);
  p->target = interprocess ? PointerData::Target::InterprocessVar : PointerData::Target::ProcessVar;
  p->slot = interprocess ? engine.interprocessVariableNames.intern(key) : engine.processVariableNames.intern(key);
  p->name = name;
  return Value::pointer(std::move(p));
}

// RESOLVE POINTER(pointer; varName; tableNum; fieldNum): a variable gives its name, -1, -1; an element its
// array's name, its number, -1; an element of a two-dimensional array its name, row and column; the nil pointer
// "", 0, 0.
Value resolvePointer(CallContext&, std::vector<Value>& args, void*) {
  const PointerData& p = pointerArg(args, 0, "RESOLVE POINTER");
  bool nil = p.target == PointerData::Target::Nil;
  args[1] = Value::text(nil ? std::string() : p.name);
  args[2] = Value::longint(nil ? 0 : p.element >= 0 ? p.element : -1);
  args[3] = Value::longint(nil ? 0 : p.column >= 0 ? p.column : -1);
  return Value();
}

}  // namespace

void registerPointerCommands(Registry& registry) {
  addCommand(registry, "Is nil pointer", &isNilPointer, 1, 1);
  addCommand(registry, "Get pointer", &getPointer, 1, 1);
  addCommand(registry, "RESOLVE POINTER", &resolvePointer, 4, 4, 0b1110);
}

}  // namespace fourd
