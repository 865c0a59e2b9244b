#include "interp/typed_defaults.h"

#include "values/pointer_data.h"

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
    case TypeKind::ClassRef: return Value::null();
    case TypeKind::Pointer: return nilPointer();
    case TypeKind::Blob: return scalarBlob(std::string());
    default: return Value();
  }
}

Value convertSlow(TypeKind type, Value v) {
  if (v.isUndefined()) return defaultForType(type);
  // A 4D.Blob assigned to a Blob variable becomes a scalar blob (docs/Concepts/dt_blob.md).
  if (type == TypeKind::Blob && v.isBlob() && !v.asBlob()->scalar) return scalarBlob(v.asBlob()->bytes);
  return v;
}

}  // namespace fourd
