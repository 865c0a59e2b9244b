// `:=` and array variables (docs/Concepts/arrays.md): a number assigned to an array variable selects that
// element (`atName:=0`), and "you cannot assign one array to another" (COPY ARRAY copies one).
#pragma once

#include "values/value.h"

namespace fourd {

[[noreturn]] void refuseArrayAssignment();

// `v` when it is no array; an array is refused with an error saying COPY ARRAY copies arrays.
inline Value notAnArray(Value v) {
  if (v.isArray()) refuseArrayAssignment();
  return v;
}

}  // namespace fourd
