#include "values/value_ops.h"

#include <cstdlib>

#include "builtins/json.h"
#include "values/array_data.h"
#include "values/class_def.h"
#include "values/date_time.h"
#include "values/deep_copy.h"
#include "values/errors.h"
#include "values/number_format.h"
#include "values/pointer_data.h"
#include "values/shared_access.h"
#include "values/text_fold.h"

namespace fourd {

namespace {

constexpr int kIsReal = 1, kIsText = 2, kIsDate = 4, kIsUndefined = 5, kIsBoolean = 6, kIsLongint = 9,
              kIsTime = 11, kIsPointer = 23, kIsBlob = 30, kIsObject = 38, kIsCollection = 42, kIsNull = 255;

// OB Copy refuses deeper nesting rather than overflow the stack on a cyclic structure.
constexpr int kMaxCopyDepth = 1000;
constexpr int kTooDeepError = -10721;
constexpr int kIncomparableError = -10735;

bool isNullish(const Value& v) { return v.isNull() || v.isUndefined(); }

Value copyAt(const Value& v, const CopyOptions& options, int depth) {
  if (depth > kMaxCopyDepth) throw RuntimeError(kTooDeepError, "OB Copy: the object is too deep or circular");
  if (v.isObject()) {
    const ObjectData* src = v.asObject();
    if (src->native) return v;  // plugin instances and formulas cannot be duplicated; they are shared as is
    auto copy = make<ObjectData>();
    copy->cls = src->cls;
    copy->shared = options.group;
    auto props = propsOf(*src);
    copy->props.reserve(props->size());
    for (const auto& [key, value] : *props) copy->props.emplace_back(key, copyAt(value, options, depth + 1));
    return Value::object(std::move(copy));
  }
  if (v.isCollection()) {
    const CollectionData* src = v.asCollection();
    auto copy = make<CollectionData>();
    copy->shared = options.group;
    auto items = itemsOf(*src);
    copy->items.reserve(items->size());
    for (const Value& item : *items) copy->items.push_back(copyAt(item, options, depth + 1));
    return Value::collection(std::move(copy));
  }
  if (v.isPointer() && options.resolvePointer)
    return copyAt(toStoredValue(options.resolvePointer(v)), options, depth + 1);
  if (v.isArray()) return Value::array(copyArray(*v.asArray()));  // arrays change in place: a worker gets its own
  return v;  // scalars, text (immutable once shared), blobs (immutable) and pointers (immutable)
}

}  // namespace

bool valuesEqual(const Value& a, const Value& b) {
  if (isNullish(a) || isNullish(b)) return isNullish(a) && isNullish(b);
  if (isNumeric(a) && isNumeric(b)) return numericValue(a) == numericValue(b);
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Kind::Boolean: return a.asBool() == b.asBool();
    case Kind::Text: return matchesWildcard(a.asText(), b.asText());
    case Kind::Pointer: return a.asPointer()->sameTarget(*b.asPointer());
    default: return a.identical(b);
  }
}

int compareValues(const Value& a, const Value& b) {
  if (isNumeric(a) && isNumeric(b)) {
    double x = numericValue(a), y = numericValue(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a.kind() == Kind::Date && b.kind() == Kind::Date) {
    // The null date comes before every day (kNullDate is the smallest day count).
    int64_t x = a.asDays(), y = b.asDays();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a.isText() && b.isText()) return compareTextFolded(a.asText(), b.asText());
  if (a.kind() == Kind::Boolean && b.kind() == Kind::Boolean) return int(a.asBool()) - int(b.asBool());
  throw RuntimeError(kIncomparableError, "Incompatible types in comparison");
}

std::string toText(const Value& v) {
  switch (v.kind()) {
    case Kind::Undefined: return "";
    case Kind::Null: return "null";
    case Kind::Boolean: return v.asBool() ? "True" : "False";
    case Kind::Real: return formatReal(v.asNumber());
    case Kind::Longint: return std::to_string(v.asLongint());
    case Kind::Date: return formatDate(v.asDays(), 0);
    case Kind::Time: return formatTime(v.asSeconds(), 0);
    case Kind::Text: return v.asText();
    case Kind::Object:
    case Kind::Collection: return jsonStringify(v);
    case Kind::Blob: return "[object Blob]";
    case Kind::Array: return std::to_string(v.asArray()->selected);
    case Kind::Pointer: return "";
  }
  return "";
}

double toNumber(const Value& v) {
  switch (v.kind()) {
    case Kind::Boolean: return v.asBool() ? 1 : 0;
    case Kind::Real:
    case Kind::Longint: return v.asNumber();
    case Kind::Time: return static_cast<double>(v.asSeconds());
    case Kind::Text: return parseNumber(v.asText());
    case Kind::Array: return static_cast<double>(v.asArray()->selected);  // its selected element's number
    default: return 0;
  }
}

double parseNumber(std::string_view s) {
  // Collects what 4D reads as a number into a plain literal, then lets strtod round it correctly.
  std::string literal;
  bool seenDigit = false, inFraction = false, inExponent = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      literal += c;
      seenDigit = true;
    } else if (c == '-') {
      if (!seenDigit && literal.empty()) {
        literal += '-';
      } else if (inExponent && (literal.back() == 'e')) {
        literal += '-';
      } else if (seenDigit) {
        break;  // Num("123-456") = 123
      }
    } else if (c == '.' && seenDigit && !inFraction && !inExponent) {
      literal += '.';
      inFraction = true;
    } else if ((c == 'e' || c == 'E') && seenDigit && !inExponent) {
      literal += 'e';
      inExponent = true;
    }
    // Any other character is ignored: Num("a1b2c3") = 123.
  }
  if (!literal.empty() && literal.back() == 'e') literal.pop_back();
  if (!literal.empty() && literal.back() == '-' && inExponent) literal.resize(literal.size() - 2);
  return seenDigit ? std::strtod(literal.c_str(), nullptr) : 0;
}

bool isTruthy(const Value& v) {
  switch (v.kind()) {
    case Kind::Undefined:
    case Kind::Null: return false;
    case Kind::Boolean: return v.asBool();
    case Kind::Date: return v.asDays() != kNullDate;
    case Kind::Text: return !v.asText().empty();
    case Kind::Object: {
      // The documentation's falsy object is {}: an instance of a class, or a plugin's or 4D's object, is usable
      // whatever its properties.
      const ObjectData& o = *v.asObject();
      if (o.cls || o.native) return true;
      auto lock = readLock(o.shared.get());
      return !o.props.empty();
    }
    case Kind::Collection: {
      const CollectionData& c = *v.asCollection();
      auto lock = readLock(c.shared.get());
      return !c.items.empty();
    }
    case Kind::Pointer: return !isNilPointer(v);
    default: return true;  // every number, 0 included; every time, ?00:00:00? included; blobs
  }
}

Value deepCopy(const Value& v) { return copyAt(v, CopyOptions{}, 0); }

Value deepCopy(const Value& v, const CopyOptions& options) { return copyAt(v, options, 0); }

Value convertToValueType(const Value& v, int64_t type) {
  switch (type) {
    case kIsReal: return Value::real(toNumber(v));
    case kIsLongint: return Value::longint(truncatedInteger(toNumber(v)));
    case kIsText: return v.isText() ? v : Value::text(toText(v));
    case kIsBoolean: return Value::boolean(isTruthy(v));
    case kIsObject: return v.isObject() ? v : Value::null();
    case kIsCollection: return v.isCollection() ? v : Value::null();
    case kIsDate:
      if (v.kind() == Kind::Date) return v;
      return Value::date(v.isText() ? parseDate(v.asText()).value_or(kNullDate) : kNullDate);
    case kIsTime: return Value::time(truncatedInteger(toNumber(v)));
    default: return v;
  }
}

Value boxedBlob(const Value& scalar) { return Value::blob(make<BlobData>(scalar.asBlob()->bytes)); }

int valueTypeConstant(const Value& v) {
  switch (v.kind()) {
    case Kind::Undefined: return kIsUndefined;
    case Kind::Null: return kIsNull;
    case Kind::Boolean: return kIsBoolean;
    case Kind::Real: return kIsReal;
    case Kind::Longint: return kIsLongint;
    case Kind::Date: return kIsDate;
    case Kind::Time: return kIsTime;
    case Kind::Text: return kIsText;
    case Kind::Collection: return kIsCollection;
    case Kind::Object: return kIsObject;
    case Kind::Blob: return v.asBlob()->scalar ? kIsBlob : kIsObject;
    case Kind::Pointer: return kIsPointer;
    // An array read as a value is its selected element's number, a Real in interpreted mode (Value type's
    // table of differences).
    case Kind::Array: return kIsReal;
  }
  return kIsUndefined;
}

}  // namespace fourd
