// 4D's binary and unary operators on values (arithmetic, text, comparison, bitwise). Numbers compute as Real.
#pragma once

#include <cmath>
#include <cstdint>

#include "lang/ast.h"
#include "values/value.h"
#include "values/value_ops.h"

namespace fourd {

Value applyBinary(lang::BinaryOp op, const Value& a, const Value& b);
Value applyUnary(lang::UnaryOp op, const Value& v);

inline bool isArithmetic(lang::BinaryOp op) {
  using lang::BinaryOp;
  return op == BinaryOp::Add || op == BinaryOp::Sub || op == BinaryOp::Mul || op == BinaryOp::Div ||
         op == BinaryOp::IntDiv || op == BinaryOp::Mod || op == BinaryOp::Pow;
}
// The operator of a compound assignment (`+=` is +).
inline lang::BinaryOp binaryOpOf(lang::AssignOp op) {
  switch (op) {
    case lang::AssignOp::Add: return lang::BinaryOp::Add;
    case lang::AssignOp::Sub: return lang::BinaryOp::Sub;
    case lang::AssignOp::Mul: return lang::BinaryOp::Mul;
    default: return lang::BinaryOp::Div;
  }
}
inline bool isComparison(lang::BinaryOp op) { return op >= lang::BinaryOp::Eq && op <= lang::BinaryOp::Ge; }

[[noreturn]] void throwDivisionByZero();

// \ and % work on the integer parts of their operands. `i` is never INT64_MIN when `j` is -1 (that quotient
// overflows): numbersBinary's operands are within kExactIntegers, and integerDivision handles -1 itself.
inline double integerQuotient(lang::BinaryOp op, int64_t i, int64_t j) {
  if (j == 0) throwDivisionByZero();
  return static_cast<double>(op == lang::BinaryOp::IntDiv ? i / j : i % j);
}

// The operators above on two numbers, computed on doubles as applyBinary does on Values: `out` is the Real
// result of arithmetic, or 1/0 for a comparison. False when \ or % meet an operand whose integer part a double
// does not hold exactly (applyBinary then works on the Values themselves). Always inline: numeric loops run it
// per operator, and GCC stopped inlining it by itself as its callers grew (the arithmetic bench lost 15%).
[[gnu::always_inline]] inline bool numbersBinary(lang::BinaryOp op, double x, double y, double& out) {
  using lang::BinaryOp;
  // Beyond kExactIntegers a Longint operand converted to a double would lose digits.
  switch (op) {
    case BinaryOp::Add: out = x + y; return true;
    case BinaryOp::Sub: out = x - y; return true;
    case BinaryOp::Mul: out = x * y; return true;
    case BinaryOp::Div:
      if (y == 0) throwDivisionByZero();
      out = x / y;
      return true;
    case BinaryOp::IntDiv:
    case BinaryOp::Mod:
      if (!(std::fabs(x) < kExactIntegers && std::fabs(y) < kExactIntegers)) return false;
      out = integerQuotient(op, static_cast<int64_t>(x), static_cast<int64_t>(y));
      return true;
    case BinaryOp::Pow: out = std::pow(x, y); return true;
    case BinaryOp::Eq: out = x == y; return true;
    case BinaryOp::Ne: out = x != y; return true;
    case BinaryOp::Lt: out = x < y; return true;
    case BinaryOp::Gt: out = x > y; return true;
    case BinaryOp::Le: out = x <= y; return true;
    case BinaryOp::Ge: out = x >= y; return true;
    default: return false;
  }
}

// Appends `tail` to the text `target` in place when no one else holds the text cell (linear text building).
// False when the operation cannot be done in place; the caller then computes target + tail normally.
bool appendTextInPlace(Value& target, const Value& tail);

}  // namespace fourd
