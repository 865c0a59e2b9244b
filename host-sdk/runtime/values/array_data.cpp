#include "values/array_data.h"

#include "values/date_time.h"
#include "values/errors.h"
#include "values/pointer_data.h"
#include "values/value_ops.h"

namespace fourd {

namespace {
constexpr int kTypeMismatch = 54;  // as the built-ins report a wrong argument type (builtins/command_args.h)
}

Value arrayElementDefault(ArrayType type) {
  switch (type) {
    case ArrayType::Text: {
      static const Value empty = Value::text(std::string());
      return empty;
    }
    case ArrayType::Longint:
    case ArrayType::Integer: return Value::longint(0);
    case ArrayType::Real: return Value::real(0);
    case ArrayType::Boolean: return Value::boolean(false);
    case ArrayType::Object: return Value::null();
    case ArrayType::Pointer: return nilPointer();
    case ArrayType::Blob: return scalarBlob(std::string());
    case ArrayType::Date: return Value::date(kNullDate);
    case ArrayType::Time: return Value::time(0);
  }
  return Value();
}

Ref<ArrayData> makeArray(ArrayType type, size_t size, bool twoDimensional, size_t columns) {
  auto a = make<ArrayData>(type, twoDimensional);
  a->items.push_back(twoDimensional ? Value::array(makeArray(type, 0)) : arrayElementDefault(type));
  resizeArray(*a, size, columns);
  return a;
}

void resizeArray(ArrayData& a, size_t size, size_t columns) {
  if (size > kMaxElements) throw RuntimeError(kNotEnoughMemory, "Array too large: " + std::to_string(size));
  size_t old = a.size();
  a.items.resize(size + 1);
  for (size_t i = old + 1; i <= size; ++i)
    a.items[i] = a.twoDimensional ? Value::array(makeArray(a.type, columns)) : arrayElementDefault(a.type);
  if (a.twoDimensional)  // an existing row takes the new column count too (ARRAY TEXT(atTopics;100;50) again)
    for (size_t i = 1; i <= std::min(old, size); ++i) resizeArray(*a.items[i].asArray(), columns);
}

Value toArrayElement(ArrayType type, Value v) {
  if (v.isUndefined()) return arrayElementDefault(type);
  auto mismatch = [] { return RuntimeError(kTypeMismatch, "Type mismatch: the array element cannot hold this value"); };
  switch (type) {
    case ArrayType::Text:
      if (!v.isText()) throw mismatch();
      return v;
    case ArrayType::Longint:
    case ArrayType::Integer:
      if (!v.isNumber()) throw mismatch();
      return Value::longint(truncatedInteger(v.asNumber()));
    case ArrayType::Real:
      if (!v.isNumber()) throw mismatch();
      return Value::real(v.asNumber());
    case ArrayType::Boolean:
      if (v.kind() != Kind::Boolean) throw mismatch();
      return v;
    case ArrayType::Object:
      if (!v.isObject() && !v.isNull()) throw mismatch();
      return v;
    case ArrayType::Pointer:
      if (v.isNull()) return nilPointer();
      if (!v.isPointer()) throw mismatch();
      return v;
    case ArrayType::Blob:
      if (!v.isBlob()) throw mismatch();
      return v.asBlob()->scalar ? v : scalarBlob(v.asBlob()->bytes);
    case ArrayType::Date:
      if (v.kind() != Kind::Date) throw mismatch();
      return v;
    case ArrayType::Time:  // "time arrays accept numeric values" (docs/commands-legacy/array-time.md)
      if (!isNumeric(v)) throw mismatch();
      return Value::time(truncatedInteger(numericValue(v)));
  }
  return v;
}

Ref<ArrayData> copyArray(const ArrayData& a) {
  auto copy = make<ArrayData>(a.type, a.twoDimensional);
  copy->items.reserve(a.items.size());
  for (const Value& item : a.items)
    copy->items.push_back(a.twoDimensional ? Value::array(copyArray(*item.asArray())) : item);
  return copy;
}

}  // namespace fourd
