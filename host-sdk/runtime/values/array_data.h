// 4D arrays (ARRAY TEXT, ARRAY LONGINT…): typed elements numbered from 1, and the element zero every array has
// (docs/Concepts/arrays.md). An array lives in one variable; commands change it in place, so the cell is shared
// by the variable and the command's argument, never copied by assignment (4D forbids assigning arrays).
#pragma once

#include <cstdint>
#include <vector>

#include "values/value.h"

namespace fourd {

enum class ArrayType : uint8_t { Text, Longint, Integer, Real, Boolean, Object, Pointer, Blob, Date, Time };

struct ArrayData : HeapCell {
  ArrayData(ArrayType t, bool rows) : type(t), twoDimensional(rows) {}
  ArrayType type;
  bool twoDimensional;       // each element is a row: a one-dimensional array of `type`
  std::vector<Value> items;  // items[0] is the element zero
  int64_t selected = 0;      // the selected element: what the array variable reads as a number (`atNames:=2`)
  size_t size() const { return items.size() - 1; }
};

inline Value Value::array(Ref<ArrayData> a) { return owning(Kind::Array, a.detach()); }
inline ArrayData* Value::asArray() const { return static_cast<ArrayData*>(u_.h); }

// What a new element of the type holds ("", 0, False, Null, a nil pointer, an empty blob, the null date, the
// null time).
Value arrayElementDefault(ArrayType type);
// A one-dimensional array of `size` default elements, or a two-dimensional one of `size` rows of `columns`.
Ref<ArrayData> makeArray(ArrayType type, size_t size, bool twoDimensional = false, size_t columns = 0);
// Gives the array `size` elements: new ones are defaults (rows of `columns` for a two-dimensional array), the
// last ones go when it shrinks; the element zero stays.
void resizeArray(ArrayData& a, size_t size, size_t columns = 0);
// `v` as an element of the type holds it: numbers converted (Longint and Integer truncate; a Time element takes
// a number as seconds), Undefined gives the default; a value of another kind is a type mismatch (RuntimeError).
Value toArrayElement(ArrayType type, Value v);
// A copy whose rows are copies too (COPY ARRAY, a worker's copy of a value): elements are values.
Ref<ArrayData> copyArray(const ArrayData& a);

}  // namespace fourd
