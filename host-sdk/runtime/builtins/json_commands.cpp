#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "builtins/json.h"
#include "values/date_time.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

Value jsonStringifyCmd(CallContext&, std::vector<Value>& args, void*) {
  // The only optional argument is `*`, so its presence means pretty formatting.
  return Value::text(jsonStringify(args[0], hasArg(args, 1)));
}

// JSON Parse(text; type): the parsed value converted to the requested `Value type`.
Value convertTo(const Value& v, int64_t type) {
  switch (type) {
    case 1: return Value::real(toNumber(v));
    case 9: return Value::longint(truncatedInteger(toNumber(v)));
    case 2: return v.isText() ? v : Value::text(toText(v));
    case 6: return Value::boolean(isTruthy(v));
    case 4:
      if (v.kind() == Kind::Date) return v;
      return Value::date(v.isText() ? parseDate(v.asText()).value_or(kNullDate) : kNullDate);
    case 11: return Value::time(truncatedInteger(toNumber(v)));  // a number of seconds
    case 38: return v.isObject() ? v : Value::null();
    case 42: return v.isCollection() ? v : Value::null();
    default: return v;
  }
}

Value jsonParseCmd(CallContext&, std::vector<Value>& args, void*) {
  Value parsed = jsonParse(textArg(args, 0, "JSON Parse"));
  return hasArg(args, 1) ? convertTo(parsed, intArg(args, 1, "JSON Parse")) : parsed;
}

}  // namespace

void registerJsonCommands(Registry& r) {
  addCommand(r, "JSON Stringify", jsonStringifyCmd, 1, 2);
  addCommand(r, "JSON Parse", jsonParseCmd, 1, 2);
}

}  // namespace fourd
