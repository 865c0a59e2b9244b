#include "interp/typed_defaults.h"

#include <cmath>

namespace fourd {

using lang::TypeKind;

Value defaultForType(TypeKind type) {
  switch (type) {
    case TypeKind::Text: {
      static const Value empty = Value::text(std::string());  // appending copies it: it is never changed
      return empty;
    }
    case TypeKind::Integer: return Value::longint(0);
    case TypeKind::Real: return Value::real(0);
    case TypeKind::Boolean: return Value::boolean(false);
    case TypeKind::Object:
    case TypeKind::Collection:
    case TypeKind::ClassRef:
    case TypeKind::Pointer: return Value::null();
    case TypeKind::Blob: return Value::blob(make<BlobData>(std::string()));
    default: return Value();
  }
}

Value convertSlow(TypeKind type, Value v) {
  switch (type) {
    case TypeKind::None:
    case TypeKind::Variant: return v;
    case TypeKind::Integer:
      if (v.kind() == Kind::Real) return Value::longint(static_cast<int64_t>(std::trunc(v.asNumber())));
      break;
    case TypeKind::Real:
      if (v.kind() == Kind::Longint) return Value::real(static_cast<double>(v.asLongint()));
      break;
    default: break;
  }
  return v.isUndefined() ? defaultForType(type) : v;
}

}  // namespace fourd
