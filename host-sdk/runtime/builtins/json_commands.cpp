#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "builtins/json.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

Value jsonStringifyCmd(CallContext&, std::vector<Value>& args, void*) {
  // The only optional argument is `*`, so its presence means pretty formatting.
  return Value::text(jsonStringify(args[0], hasArg(args, 1)));
}

Value jsonParseCmd(CallContext&, std::vector<Value>& args, void*) {
  Value parsed = jsonParse(textArg(args, 0, "JSON Parse"));
  return hasArg(args, 1) ? convertToValueType(parsed, intArg(args, 1, "JSON Parse")) : parsed;
}

}  // namespace

void registerJsonCommands(Registry& r) {
  addCommand(r, "JSON Stringify", jsonStringifyCmd, 1, 2);
  addCommand(r, "JSON Parse", jsonParseCmd, 1, 2);
}

}  // namespace fourd
