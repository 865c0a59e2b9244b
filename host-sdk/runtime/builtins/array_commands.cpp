// The commands of the Arrays theme that change or read one array in place: Size of array, APPEND TO ARRAY,
// INSERT IN ARRAY, DELETE FROM ARRAY, Find in array, SORT ARRAY, COPY ARRAY (docs/commands-legacy/<name>.md).
#include <algorithm>
#include <numeric>
#include <string>

#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "values/array_data.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

// What a new element of the array holds: a default of its type, or an empty row.
Value newElement(const ArrayData& a) {
  return a.twoDimensional ? Value::array(makeArray(a.type, 0)) : arrayElementDefault(a.type);
}

Value sizeOfArray(CallContext&, std::vector<Value>& args, void*) {
  return Value::longint(static_cast<int64_t>(arrayArg(args, 0, "Size of array").size()));
}

Value appendToArray(CallContext&, std::vector<Value>& args, void*) {
  ArrayData& a = arrayArg(args, 0, "APPEND TO ARRAY");
  if (a.size() >= kMaxElements) throw RuntimeError(kNotEnoughMemory, "APPEND TO ARRAY: the array is too large");
  a.items.push_back(toArrayElement(a.type, args[1]));
  return Value();
}

// INSERT IN ARRAY(array; where {; howMany}): where beyond the end appends.
Value insertInArray(CallContext&, std::vector<Value>& args, void*) {
  ArrayData& a = arrayArg(args, 0, "INSERT IN ARRAY");
  int64_t where = std::max<int64_t>(intArg(args, 1, "INSERT IN ARRAY"), 1);
  int64_t count = hasArg(args, 2) ? intArg(args, 2, "INSERT IN ARRAY") : 1;
  if (count <= 0) return Value();
  if (a.size() + static_cast<uint64_t>(count) > kMaxElements)
    throw RuntimeError(kNotEnoughMemory, "INSERT IN ARRAY: the array is too large");
  size_t at = std::min(static_cast<size_t>(where), a.size() + 1);
  a.items.insert(a.items.begin() + static_cast<ptrdiff_t>(at), static_cast<size_t>(count), Value());
  for (size_t i = at; i < at + static_cast<size_t>(count); ++i) a.items[i] = newElement(a);
  return Value();
}

// DELETE FROM ARRAY(array; where {; howMany}): nothing beyond the end.
Value deleteFromArray(CallContext&, std::vector<Value>& args, void*) {
  ArrayData& a = arrayArg(args, 0, "DELETE FROM ARRAY");
  int64_t where = intArg(args, 1, "DELETE FROM ARRAY");
  int64_t count = hasArg(args, 2) ? intArg(args, 2, "DELETE FROM ARRAY") : 1;
  if (where < 1 || static_cast<uint64_t>(where) > a.size() || count <= 0) return Value();
  auto from = static_cast<size_t>(where);
  size_t to = std::min(a.size() + 1, from + static_cast<size_t>(std::min<int64_t>(count, INT32_MAX)));
  a.items.erase(a.items.begin() + static_cast<ptrdiff_t>(from), a.items.begin() + static_cast<ptrdiff_t>(to));
  return Value();
}

// Find in array(array; value {; start}): the first element from `start` equal to `value` (text with 4D's `=`,
// wildcard included), or -1.
Value findInArray(CallContext&, std::vector<Value>& args, void*) {
  ArrayData& a = arrayArg(args, 0, "Find in array");
  int64_t start = hasArg(args, 2) ? std::max<int64_t>(intArg(args, 2, "Find in array"), 1) : 1;
  for (size_t i = static_cast<size_t>(start); i <= a.size(); ++i)
    if (valuesEqual(a.items[i], args[1])) return Value::longint(static_cast<int64_t>(i));
  return Value::longint(-1);
}

// SORT ARRAY(array {; array2…}{; > or <}): the first array decides the order, the others follow it.
Value sortArray(CallContext&, std::vector<Value>& args, void*) {
  bool descending = false;
  size_t arrays = args.size();
  if (args.back().isText() && (args.back().asText() == ">" || args.back().asText() == "<")) {
    descending = args.back().asText() == "<";
    --arrays;
  }
  if (arrays == 0) throwTypeError("SORT ARRAY", 0, "an array");
  ArrayData& key = arrayArg(args, 0, "SORT ARRAY");
  std::vector<size_t> order(key.size());
  std::iota(order.begin(), order.end(), size_t(1));
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    int c = compareValues(key.items[x], key.items[y]);
    return descending ? c > 0 : c < 0;
  });
  for (size_t i = 0; i < arrays; ++i) {
    ArrayData& a = arrayArg(args, i, "SORT ARRAY");
    if (a.size() < order.size()) throwTypeError("SORT ARRAY", i, "an array as large as the first one");
    std::vector<Value> sorted;
    sorted.reserve(order.size());
    for (size_t from : order) sorted.push_back(std::move(a.items[from]));
    std::move(sorted.begin(), sorted.end(), a.items.begin() + 1);
  }
  return Value();
}

// COPY ARRAY(source; destination): the destination becomes a copy, of the source's type.
Value copyArrayCommand(CallContext&, std::vector<Value>& args, void*) {
  args[1] = Value::array(copyArray(arrayArg(args, 0, "COPY ARRAY")));
  return Value();
}

}  // namespace

void registerArrayCommands(Registry& registry) {
  registerArrayDeclarations(registry);
  addCommand(registry, "Size of array", &sizeOfArray, 1, 1);
  addCommand(registry, "APPEND TO ARRAY", &appendToArray, 2, 2);
  addCommand(registry, "INSERT IN ARRAY", &insertInArray, 2, 3);
  addCommand(registry, "DELETE FROM ARRAY", &deleteFromArray, 2, 3);
  addCommand(registry, "Find in array", &findInArray, 2, 3);
  addCommand(registry, "SORT ARRAY", &sortArray, 1, -1);
  addCommand(registry, "COPY ARRAY", &copyArrayCommand, 2, 2, 1u << 1);
  registerArrayCollectionCommands(registry);
}

}  // namespace fourd
