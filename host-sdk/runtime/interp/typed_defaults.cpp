#include "interp/typed_defaults.h"

#include "values/date_time.h"
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
    case TypeKind::Date: return Value::date(kNullDate);
    case TypeKind::Time: return Value::time(0);
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
  if (type == TypeKind::Time && v.isNumber()) return Value::time(truncatedInteger(v.asNumber()));
  if (v.kind() == Kind::Time && (type == TypeKind::Real || type == TypeKind::Integer))
    return convertToType(type, Value::real(static_cast<double>(v.asSeconds())));
  // A 4D.Blob assigned to a Blob variable becomes a scalar blob (docs/Concepts/dt_blob.md).
  if (type == TypeKind::Blob && v.isBlob() && !v.asBlob()->scalar) return scalarBlob(v.asBlob()->bytes);
  return v;
}

}  // namespace fourd
