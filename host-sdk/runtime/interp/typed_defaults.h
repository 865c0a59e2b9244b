// Declared types at run time: the value a fresh variable of a type holds, and what assigning converts.
#pragma once

#include "lang/ast.h"
#include "values/value.h"

namespace fourd {

Value defaultForType(lang::TypeKind type);
// Integer variables hold Longint (truncating), Real variables Real; Undefined clears the variable to its
// type's default (4D's rule for assigning Undefined).
Value convertSlow(lang::TypeKind type, Value v);
inline Value convertToType(lang::TypeKind type, Value v) {
  if (type == lang::TypeKind::None || type == lang::TypeKind::Variant) return v;
  if (type == lang::TypeKind::Real && v.kind() == Kind::Real) return v;
  if (type == lang::TypeKind::Integer && v.kind() == Kind::Longint) return v;
  return convertSlow(type, std::move(v));
}

}  // namespace fourd
