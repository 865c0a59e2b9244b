#include "interp/elements.h"

#include <string>

#include "values/array_data.h"
#include "values/errors.h"
#include "values/value_ops.h"

namespace fourd {

namespace {
// 4D's documentation gives no number for an element outside the array: the host's index errors use this one.
constexpr int kIndexOutOfRange = -10731;
constexpr int kNotAnArray = -10741;

// The index of element `n` in the array's items.
size_t checkedElement(const Value& container, double n) {
  if (!container.isArray()) throw RuntimeError(kNotAnArray, "{ } applies to an array or a BLOB");
  size_t size = container.asArray()->size();
  if (!(n >= 0) || n >= static_cast<double>(size) + 1)
    throw RuntimeError(kIndexOutOfRange, "Array index out of range: " + toText(Value::real(n)) + " (the array has " +
                                             std::to_string(size) + " elements)");
  return static_cast<size_t>(n);
}

}  // namespace

// The index of byte `n` in a blob.
size_t checkedByte(const Value& blob, double n) {
  size_t size = blob.asBlob()->bytes.size();
  if (!(n >= 0) || n >= static_cast<double>(size))
    throw RuntimeError(kIndexOutOfRange, "BLOB byte out of range: " + toText(Value::real(n)) + " (the BLOB has " +
                                             std::to_string(size) + " bytes)");
  return static_cast<size_t>(n);
}

Value elementAt(const Value& container, double n) {
  if (container.isBlob())
    return Value::longint(static_cast<unsigned char>(container.asBlob()->bytes[checkedByte(container, n)]));
  const size_t i = checkedElement(container, n);  // first: it refuses what is not an array
  return container.asArray()->items[i];
}

Value withByteAt(const Value& container, double n, const Value& v) {
  if (!container.asBlob()->scalar)
    throw RuntimeError(kNotAnArray, "A 4D.Blob cannot be altered; its bytes are read with [ ]");
  std::string bytes = container.asBlob()->bytes;
  bytes[checkedByte(container, n)] = static_cast<char>(truncatedInteger(toNumber(v)));
  return scalarBlob(std::move(bytes));
}

bool setByteInPlace(Value& blob, double n, const Value& v) {
  if (!blob.asBlob()->scalar || blob.asBlob()->refs.load(std::memory_order_acquire) != 1) return false;
  blob.asBlob()->bytes[checkedByte(blob, n)] = static_cast<char>(truncatedInteger(toNumber(v)));
  return true;
}

void setElementAt(const Value& container, double n, Value v) {
  size_t i = checkedElement(container, n);
  ArrayData& a = *container.asArray();
  if (a.twoDimensional) throw RuntimeError(kNotAnArray, "A row of a two-dimensional array cannot be assigned");
  a.items[i] = toArrayElement(a.type, std::move(v));
}

}  // namespace fourd
