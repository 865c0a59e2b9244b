// Choose (commands-legacy/choose). Its values are ordinary arguments: 4D too evaluates every one of them.
#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"

namespace fourd {

namespace {

// The "null value with respect to the type of the value parameter" that 4D gives when no value is chosen.
Value emptyLike(const Value& v) {
  switch (v.kind()) {
    case Kind::Boolean: return Value::boolean(false);
    case Kind::Real: return Value::real(0);
    case Kind::Longint: return Value::longint(0);
    case Kind::Text: return Value::text("");
    case Kind::Undefined: return Value();
    default: return Value::null();
  }
}

// Choose(criterion; value1 {; value2; ...}): a Boolean picks value1 (True) or value2 (False), and then takes
// exactly two values; a number picks the value at that 0-based position.
Value choose(CallContext&, std::vector<Value>& args, void*) {
  if (args[0].kind() == Kind::Boolean) {
    if (args.size() != 3)
      throw RuntimeError(error_code::kInvalidArgument, "Choose: a Boolean criterion takes exactly two values");
    return args[args[0].asBool() ? 1 : 2];
  }
  int64_t index = intArg(args, 0, "Choose");
  if (index < 0 || index >= static_cast<int64_t>(args.size()) - 1) return emptyLike(args[1]);
  return args[static_cast<size_t>(index) + 1];
}

}  // namespace

void registerChoose(Registry& r) { addCommand(r, "Choose", choose, 2, -1); }

}  // namespace fourd
