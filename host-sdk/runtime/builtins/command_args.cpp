#include "builtins/command_args.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "values/value_ops.h"

namespace fourd {

namespace {
const std::string kEmpty;
}

void throwTypeError(std::string_view what, size_t index, std::string_view expected) {
  throw RuntimeError(error_code::kTypeMismatch, std::string(what) + ": argument " + std::to_string(index + 1) +
                                                    " must be " + std::string(expected));
}

Value starArgument() { return Value::text("*"); }
bool isStarArgument(const Value& v) { return v.isText() && v.asText() == "*"; }

bool hasArg(const std::vector<Value>& args, size_t i) { return i < args.size(); }

const std::string& textArg(const std::vector<Value>& args, size_t i, std::string_view what) {
  if (i >= args.size() || args[i].isUndefined() || args[i].isNull()) return kEmpty;
  if (!args[i].isText()) throwTypeError(what, i, "a Text");
  return args[i].asText();
}

double numberArg(const std::vector<Value>& args, size_t i, std::string_view what) {
  if (i >= args.size() || args[i].isUndefined()) return 0;
  if (!isNumeric(args[i])) throwTypeError(what, i, "a number");
  return numericValue(args[i]);  // a time is its number of seconds
}

int64_t intArg(const std::vector<Value>& args, size_t i, std::string_view what) {
  double d = numberArg(args, i, what);
  if (!std::isfinite(d)) throw RuntimeError(error_code::kInvalidArgument, std::string(what) + ": invalid number");
  // Within the exact integers, so that commands may add or subtract two without overflow.
  return truncatedInteger(std::clamp(d, -kExactIntegers, kExactIntegers));
}

int processNumberArg(const std::vector<Value>& args, size_t i, std::string_view what) {
  return static_cast<int>(std::clamp<int64_t>(intArg(args, i, what), std::numeric_limits<int>::min(),
                                              std::numeric_limits<int>::max()));
}

ObjectData* objectArg(const std::vector<Value>& args, size_t i, std::string_view what) {
  if (i >= args.size() || args[i].isNull() || args[i].isUndefined()) return nullptr;
  if (!args[i].isObject()) throwTypeError(what, i, "an Object");
  return args[i].asObject();
}

CollectionData* collectionArg(const std::vector<Value>& args, size_t i, std::string_view what) {
  if (i >= args.size() || args[i].isNull() || args[i].isUndefined()) return nullptr;
  if (!args[i].isCollection()) throwTypeError(what, i, "a Collection");
  return args[i].asCollection();
}

const std::string& blobArg(const std::vector<Value>& args, size_t i, std::string_view what) {
  if (i >= args.size() || !args[i].isBlob()) throwTypeError(what, i, "a Blob");
  return args[i].asBlob()->bytes;
}

ArrayData& arrayArg(const std::vector<Value>& args, size_t i, std::string_view what) {
  if (i >= args.size() || !args[i].isArray()) throwTypeError(what, i, "an array");
  return *args[i].asArray();
}

void addCommand(Registry& registry, std::string name, CommandFn fn, int minArgs, int maxArgs, uint32_t outParams) {
  CommandDef def;
  def.name = std::move(name);
  def.fn = fn;
  def.minArgs = minArgs;
  def.maxArgs = maxArgs;
  def.outParams = outParams;
  registry.addCommand(std::move(def));
}

}  // namespace fourd
