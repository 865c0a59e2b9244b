// The semantics of values that both the evaluator and the built-in commands need: 4D's equality, ordering,
// conversions and copying.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "values/value.h"

namespace fourd {

// A Time is a number of seconds wherever a number may stand (developer.4d.com, Concepts, Time): comparisons
// and arithmetic with numbers see it as one.
inline bool isNumeric(const Value& v) { return v.isNumber() || v.kind() == Kind::Time; }
inline double numericValue(const Value& v) {  // only when isNumeric(v)
  return v.kind() == Kind::Time ? static_cast<double>(v.asSeconds()) : v.asNumber();
}

// 4D `=`: text compares case-insensitively (see text_fold.h), Real equals Longint numerically, objects and
// collections by identity, Null equals Null and Undefined equals Undefined.
bool valuesEqual(const Value& a, const Value& b);

// Ordering for < > and for sort, orderBy, min, max: negative, zero or positive. Throws RuntimeError when the
// kinds cannot be ordered against each other (e.g. Text against Real).
int compareValues(const Value& a, const Value& b);

// String(v) with 4D's default formatting: integers without decimals, reals with up to 15 significant digits,
// booleans "True"/"False", objects and collections as JSON, Null "null", Undefined "".
std::string toText(const Value& v);

// Num(v): text is read as 4D reads it ("12abc" → 12), booleans are 1/0, a time its seconds, an array its selected
// element's number, others 0.
double toNumber(const Value& v);
// Every integer up to 2^53 in magnitude is a double; beyond, doubles skip some.
constexpr double kExactIntegers = 9007199254740992.0;
constexpr int64_t kExactIntegersInt = int64_t(1) << 53;

// The integer part of `d` as an int64, saturated at its limits (NaN gives 0): converting a double outside that
// range is undefined behaviour in C++, and 4D code can hold any double. Inline, with one comparison on the common
// path (NaN and both limits fail it): typed loops convert on every step.
inline int64_t truncatedInteger(double d) {
  constexpr double kLimit = 9223372036854775808.0;  // 2^63
  if (std::fabs(d) < kLimit) [[likely]]
    return static_cast<int64_t>(d);
  return d != d ? 0 : d < 0 ? INT64_MIN : INT64_MAX;
}

// Num(text): digits anywhere, a leading '-', '.' as decimal separator, 'e' exponent; other characters ignored.
double parseNumber(std::string_view text);

// 4D's truthiness for && || and ?: (developer.4d.com, Concepts, Operators, "Truthy and falsy"): False, Null,
// Undefined, the null date, "", the empty collection, the empty object and the nil pointer are falsy; every number
// (0 included), every other text, collection and object, and blobs are truthy.
bool isTruthy(const Value& v);

// A Blob variable's value (scalar) and a 4D.Blob holding the same bytes.
inline Value scalarBlob(std::string bytes) { return Value::blob(make<BlobData>(std::move(bytes), true)); }
Value boxedBlob(const Value& scalar);
inline bool isScalarBlob(const Value& v) { return v.isBlob() && v.asBlob()->scalar; }

// A value as an object property or collection element holds it: 4D stores every number there as a Real, a time
// as its Real number of seconds ("Times inside objects", default Times in seconds), a Blob variable's value as a
// 4D.Blob; a date stays a date ("Dates inside objects", default Date type). Inline: every property store runs it.
inline Value toStoredValue(Value v) {
  if (v.kind() == Kind::Longint) return Value::real(static_cast<double>(v.asLongint()));
  if (v.kind() == Kind::Time) return Value::real(static_cast<double>(v.asSeconds()));
  if (isScalarBlob(v)) return boxedBlob(v);
  return v;
}

// OB Copy: recursive copy of objects and collections; keeps the class; shared copies become non-shared.
Value deepCopy(const Value& v);

// JSON Parse(text; type) and OB Get(object; property; type): `v` converted to a `Value type` constant's type
// (Is real, Is longint, Is text, Is Boolean, Is object, Is collection, Is date from a date or its text, Is time
// from a number of seconds); other constants leave it as it is.
Value convertToValueType(const Value& v, int64_t type);

// What `Value type` returns (Is real=1, Is text=2, ...).
int valueTypeConstant(const Value& v);

}  // namespace fourd
