// ARRAY TEXT, ARRAY LONGINT and the other declarations (docs/commands-legacy/array-text.md and its siblings):
// each creates its array variable, or resizes an existing one of its type (enlarged: new elements are the
// type's default; reduced: the last elements are lost). An existing array of another type or dimension is
// replaced by a new one.
#include <string>

#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "values/array_data.h"

namespace fourd {

namespace {

size_t sizeArg(const std::vector<Value>& args, size_t i, std::string_view command) {
  int64_t n = intArg(args, i, command);
  if (n < 0) throw RuntimeError(error_code::kInvalidArgument, std::string(command) + ": a size cannot be negative");
  return static_cast<size_t>(n);
}

template <ArrayType type>
Value declareArray(CallContext&, std::vector<Value>& args, void* name) {
  auto command = static_cast<const char*>(name);
  size_t size = sizeArg(args, 1, command);
  bool twoDimensional = args.size() > 2;
  size_t columns = twoDimensional ? sizeArg(args, 2, command) : 0;
  Value& variable = args[0];
  if (variable.isArray() && variable.asArray()->type == type && variable.asArray()->twoDimensional == twoDimensional)
    resizeArray(*variable.asArray(), size, columns);
  else
    variable = Value::array(makeArray(type, size, twoDimensional, columns));
  return Value();
}

template <ArrayType type>
void add(Registry& registry, const char* name) {
  CommandDef def;
  def.name = name;
  def.fn = &declareArray<type>;
  def.data = const_cast<char*>(name);  // for its error messages
  def.minArgs = 2;
  def.maxArgs = 3;
  def.outParams = 1u;  // the array variable
  registry.addCommand(std::move(def));
}

}  // namespace

void registerArrayDeclarations(Registry& registry) {
  add<ArrayType::Text>(registry, "ARRAY TEXT");
  add<ArrayType::Longint>(registry, "ARRAY LONGINT");
  add<ArrayType::Integer>(registry, "ARRAY INTEGER");
  add<ArrayType::Real>(registry, "ARRAY REAL");
  add<ArrayType::Boolean>(registry, "ARRAY BOOLEAN");
  add<ArrayType::Object>(registry, "ARRAY OBJECT");
  add<ArrayType::Pointer>(registry, "ARRAY POINTER");
  add<ArrayType::Blob>(registry, "ARRAY BLOB");
  add<ArrayType::Date>(registry, "ARRAY DATE");
  add<ArrayType::Time>(registry, "ARRAY TIME");
}

}  // namespace fourd
