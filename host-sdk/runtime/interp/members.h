// Reading and writing obj.name and obj[index] with 4D's rules: class accessors first (user, built-in and plugin
// classes through ClassDef), then plain properties; shared values only inside Use; numbers stored as Real.
#pragma once

#include <string_view>

#include "values/value.h"

namespace fourd {

class Process;

Value getMember(Process& p, const Value& object, std::string_view name);
void setMember(Process& p, const Value& object, std::string_view name, Value v);
Value getIndexed(Process& p, const Value& object, const Value& index);
void setIndexed(Process& p, const Value& object, const Value& index, Value v);

// What an object property or collection element stores for `v` (4D keeps numbers there as Real).
inline Value storable(Value v) {
  if (v.kind() == Kind::Longint) return Value::real(static_cast<double>(v.asLongint()));
  return v;
}

}  // namespace fourd
