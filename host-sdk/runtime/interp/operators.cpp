#include "interp/operators.h"

#include <cmath>
#include <string>

#include "values/date_time.h"
#include "values/errors.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

using lang::BinaryOp;

[[noreturn]] void incompatible(const char* what) {
  throw RuntimeError(-10735, std::string("Incompatible types for ") + what);
}

bool bothNumbers(const Value& a, const Value& b) { return a.isNumber() && b.isNumber(); }

// `Null = Null`, `$o = Null`, text = text (case-insensitive, @ wildcard), numbers, booleans, identity.
bool comparableForEquality(const Value& a, const Value& b) {
  if (a.kind() == b.kind() || (isNumeric(a) && isNumeric(b))) return true;
  auto nullish = [](const Value& v) { return v.isNull() || v.isUndefined(); };
  return nullish(a) || nullish(b) || a.isObject() || b.isObject() || a.isCollection() || b.isCollection();
}

Value repeatText(const std::string& text, double count) {
  std::string out;
  if (count > 0) {
    if (count * static_cast<double>(text.size()) > static_cast<double>(kMaxTextBytes))
      throw RuntimeError(kNotEnoughMemory, "Text too long");
    auto n = static_cast<size_t>(count);
    out.reserve(text.size() * n);
    for (size_t i = 0; i < n; ++i) out += text;
  }
  return Value::text(std::move(out));
}

int64_t asInteger(const Value& v) { return v.kind() == Kind::Longint ? v.asLongint() : truncatedInteger(v.asNumber()); }

Value integerDivision(BinaryOp op, const Value& a, const Value& b) {
  int64_t i = asInteger(a), j = asInteger(b);
  if (j == -1) return Value::real(op == BinaryOp::IntDiv ? -static_cast<double>(i) : 0);
  return Value::real(integerQuotient(op, i, j));
}

Value longResult(uint32_t bits) { return Value::real(static_cast<double>(static_cast<int32_t>(bits))); }

// & | ^| << >> ?+ ?- ??, on numbers as 4D's bitwise operators see them: Longints, 32 bits numbered 0 (rightmost)
// to 31 (developer.4d.com/docs/Concepts/dt_number#bitwise-operators); beyond the Longint range the bits wrap.
// A shift by more than 31 loses every bit; a bit number outside 0..31 (a result the documentation calls
// non-significant) leaves the value as it is, and tests False.
Value bitwise(BinaryOp op, const Value& a, const Value& b) {
  const uint32_t x = static_cast<uint32_t>(asInteger(a));
  const int64_t n = asInteger(b);
  const uint32_t y = static_cast<uint32_t>(n);
  const bool bitInRange = n >= 0 && n <= 31;
  const uint32_t bit = bitInRange ? 1u << n : 0;
  switch (op) {
    case BinaryOp::And: return longResult(x & y);
    case BinaryOp::Or: return longResult(x | y);
    case BinaryOp::Xor: return longResult(x ^ y);
    case BinaryOp::ShiftLeft: return longResult(bitInRange ? x << n : 0);
    case BinaryOp::ShiftRight: return longResult(bitInRange ? x >> n : 0);
    case BinaryOp::BitSet: return longResult(x | bit);
    case BinaryOp::BitClear: return longResult(x & ~bit);
    default: return Value::boolean((x & bit) != 0);
  }
}

Value arithmetic(BinaryOp op, const Value& a, const Value& b);

// Date operators (developer.4d.com, Concepts, Date): Date - Date is a number of days, Date ± Number a date. A null
// date stays null when days are added to it, and is no number of days away from anything; a date moved out of
// the range of dates becomes the null date.
Value dateArithmetic(BinaryOp op, const Value& a, const Value& b) {
  const bool dateA = a.kind() == Kind::Date, dateB = b.kind() == Kind::Date;
  auto shifted = [](int64_t days, double by) {
    return Value::date(days == kNullDate ? kNullDate : dateInRange(static_cast<double>(days) + std::trunc(by)));
  };
  if (op == BinaryOp::Sub && dateA && dateB) {
    if (a.asDays() == kNullDate || b.asDays() == kNullDate) return Value::real(0);
    return Value::real(static_cast<double>(a.asDays() - b.asDays()));
  }
  if (dateA && b.isNumber() && (op == BinaryOp::Add || op == BinaryOp::Sub))
    return shifted(a.asDays(), op == BinaryOp::Add ? b.asNumber() : -b.asNumber());
  if (dateB && a.isNumber() && op == BinaryOp::Add) return shifted(b.asDays(), a.asNumber());
  incompatible("this operator");
}

// Time operators (developer.4d.com, Concepts, Time): a time is its number of seconds; a time with a time gives a
// time, a time with a number gives a number.
Value timeArithmetic(BinaryOp op, const Value& a, const Value& b) {
  if (!isNumeric(a) || !isNumeric(b)) incompatible("this operator");
  Value r = arithmetic(op, Value::real(numericValue(a)), Value::real(numericValue(b)));
  if (a.kind() == Kind::Time && b.kind() == Kind::Time && r.isNumber())
    return Value::time(truncatedInteger(r.asNumber()));
  return r;
}

Value arithmetic(BinaryOp op, const Value& a, const Value& b) {
  if (!bothNumbers(a, b)) {
    if (a.kind() == Kind::Date || b.kind() == Kind::Date) return dateArithmetic(op, a, b);
    if (a.kind() == Kind::Time || b.kind() == Kind::Time) return timeArithmetic(op, a, b);
    if (op == BinaryOp::Add && a.isText() && b.isText()) return Value::text(a.asText() + b.asText());
    if (op == BinaryOp::Mul && a.isText() && b.isNumber()) return repeatText(a.asText(), b.asNumber());
    if (op == BinaryOp::Mul && a.isNumber() && b.isText()) return repeatText(b.asText(), a.asNumber());
    if ((op == BinaryOp::And || op == BinaryOp::Or) && a.kind() == Kind::Boolean && b.kind() == Kind::Boolean)
      return Value::boolean(op == BinaryOp::And ? (a.asBool() && b.asBool()) : (a.asBool() || b.asBool()));
    incompatible("this operator");
  }
  double x = a.asNumber(), y = b.asNumber();
  switch (op) {
    case BinaryOp::Add: return Value::real(x + y);
    case BinaryOp::Sub: return Value::real(x - y);
    case BinaryOp::Mul: return Value::real(x * y);
    case BinaryOp::Div:
      if (y == 0) throwDivisionByZero();
      return Value::real(x / y);
    case BinaryOp::IntDiv:
    case BinaryOp::Mod: return integerDivision(op, a, b);
    case BinaryOp::Pow: return Value::real(std::pow(x, y));
    case BinaryOp::And:
    case BinaryOp::Or:
    case BinaryOp::Xor:
    case BinaryOp::ShiftLeft:
    case BinaryOp::ShiftRight:
    case BinaryOp::BitSet:
    case BinaryOp::BitClear:
    case BinaryOp::BitTest: return bitwise(op, a, b);
    default: break;
  }
  incompatible("this operator");
}

}  // namespace

void throwDivisionByZero() { throw RuntimeError(-10737, "Division by zero"); }

Value applyBinary(BinaryOp op, const Value& a, const Value& b) {
  if (bothNumbers(a, b)) {
    double x = a.asNumber(), y = b.asNumber();
    switch (op) {
      case BinaryOp::Add: return Value::real(x + y);
      case BinaryOp::Sub: return Value::real(x - y);
      case BinaryOp::Mul: return Value::real(x * y);
      case BinaryOp::IntDiv:
      case BinaryOp::Mod: return integerDivision(op, a, b);
      case BinaryOp::Lt: return Value::boolean(x < y);
      case BinaryOp::Gt: return Value::boolean(x > y);
      case BinaryOp::Le: return Value::boolean(x <= y);
      case BinaryOp::Ge: return Value::boolean(x >= y);
      case BinaryOp::Eq: return Value::boolean(x == y);
      case BinaryOp::Ne: return Value::boolean(x != y);
      default: return arithmetic(op, a, b);
    }
  }
  // An array variable where a number is expected is its selected element's number (docs/Concepts/arrays.md).
  if (a.isArray() || b.isArray())
    return applyBinary(op, a.isArray() ? Value::real(toNumber(a)) : a, b.isArray() ? Value::real(toNumber(b)) : b);
  switch (op) {
    case BinaryOp::Eq:
    case BinaryOp::Ne: {
      if (!comparableForEquality(a, b)) incompatible("comparison");
      bool eq = valuesEqual(a, b);
      return Value::boolean(op == BinaryOp::Eq ? eq : !eq);
    }
    case BinaryOp::Lt: return Value::boolean(compareValues(a, b) < 0);
    case BinaryOp::Gt: return Value::boolean(compareValues(a, b) > 0);
    case BinaryOp::Le: return Value::boolean(compareValues(a, b) <= 0);
    case BinaryOp::Ge: return Value::boolean(compareValues(a, b) >= 0);
    default: return arithmetic(op, a, b);
  }
}

Value applyUnary(lang::UnaryOp op, const Value& v) {
  switch (op) {
    case lang::UnaryOp::Not:
      if (v.kind() != Kind::Boolean) incompatible("Not");
      return Value::boolean(!v.asBool());
    case lang::UnaryOp::Negate:
      if (!isNumeric(v)) incompatible("unary minus");
      return Value::real(-numericValue(v));
    case lang::UnaryOp::Plus:
      if (!v.isNumber()) incompatible("unary plus");
      return Value::real(v.asNumber());
  }
  return v;
}

bool appendTextInPlace(Value& target, const Value& tail) {
  if (!target.isText() || !tail.isText()) return false;
  TextData* cell = target.textData();
  if (cell->refs.load(std::memory_order_acquire) != 1) return false;
  cell->utf8 += tail.asText();
  return true;
}

}  // namespace fourd
