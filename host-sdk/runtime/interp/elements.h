// $array{n}: 4D's element reference on array variables (docs/Concepts/arrays.md), numbered from 1 with an
// element zero, read and written in place; $blob{i}: a byte of a blob, numbered from 0 (docs/Concepts/dt_blob.md).
#pragma once

#include "values/value.h"

namespace fourd {

// Element `n` of `container`; an error when `container` is no array or `n` is outside 0…size.
Value elementAt(const Value& container, double n);
// The element takes `v`, converted to the array's type (a row of a two-dimensional array cannot be replaced).
void setElementAt(const Value& container, double n, Value v);
// A copy of the blob `container` with byte `n` set to `v` (blobs are immutable values: the caller stores it).
Value withByteAt(const Value& container, double n, const Value& v);
// Sets byte `n` of the blob `blob` holds in place when nothing else holds that blob (a 4D.Blob shared elsewhere
// must not change); false, and nothing done, otherwise.
bool setByteInPlace(Value& blob, double n, const Value& v);

}  // namespace fourd
