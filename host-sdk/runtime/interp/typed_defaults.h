// Declared types at run time: the value a fresh variable of a type holds, and what assigning converts.
#pragma once

#include "lang/ast.h"
#include "values/value.h"
#include "values/value_ops.h"

namespace fourd {

Value defaultForType(lang::TypeKind type);
// Integer variables hold Longint (truncating), Real variables Real; Undefined clears the variable to its
// type's default (4D's rule for assigning Undefined); a Time variable takes a number as seconds and a number
// variable takes a time's seconds (a time is a number of seconds). The number conversions are inline: loops run
// them on every assignment.
Value convertSlow(lang::TypeKind type, Value v);
inline Value convertToType(lang::TypeKind type, Value v) {
  if (type == lang::TypeKind::None || type == lang::TypeKind::Variant) return v;
  if (type == lang::TypeKind::Real) {
    if (v.kind() == Kind::Real) return v;
    if (v.kind() == Kind::Longint) return Value::real(static_cast<double>(v.asLongint()));
  } else if (type == lang::TypeKind::Integer) {
    if (v.kind() == Kind::Longint) return v;
    if (v.kind() == Kind::Real) return Value::longint(truncatedInteger(v.asNumber()));
  }
  return convertSlow(type, std::move(v));
}

// What `target := value` does for a number, as convertToType would convert it, in place.
inline void storeNumber(lang::TypeKind type, Value& target, double value) {
  if (type == lang::TypeKind::Integer)
    target.setLongint(truncatedInteger(value));
  else if (type == lang::TypeKind::Time)
    target = Value::time(truncatedInteger(value));
  else
    target.setReal(value);
}

}  // namespace fourd
