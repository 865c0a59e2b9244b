#include "values/pointer_data.h"

namespace fourd {

Value nilPointer() {
  static const Value nil = Value::pointer(make<PointerData>());  // never changed: a pointer is immutable
  return nil;
}

}  // namespace fourd
