// `:=` and array variables (docs/Concepts/arrays.md): a number assigned to an array variable selects that
// element (`atName:=0`), and "you cannot assign one array to another" (COPY ARRAY copies one).
#pragma once

#include "values/value.h"

namespace fourd {

[[noreturn]] void refuseArrayAssignment();
// When `variable` holds an array and `v` is a number, selects that element and answers true; otherwise does
// nothing (a command's out parameter writes whole arrays through pointers).
bool selectsElement(const Value& variable, const Value& v);

// `v` when it is no array; an array is refused with an error saying COPY ARRAY copies arrays.
inline Value notAnArray(Value v) {
  if (v.isArray()) refuseArrayAssignment();
  return v;
}

}  // namespace fourd
