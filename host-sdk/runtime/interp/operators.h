// 4D's binary and unary operators on values (arithmetic, text, comparison, & |). Numbers compute as Real.
#pragma once

#include "lang/ast.h"
#include "values/value.h"

namespace fourd {

Value applyBinary(lang::BinaryOp op, const Value& a, const Value& b);
Value applyUnary(lang::UnaryOp op, const Value& v);

// Appends `tail` to the text `target` in place when no one else holds the text cell (linear text building).
// False when the operation cannot be done in place; the caller then computes target + tail normally.
bool appendTextInPlace(Value& target, const Value& tail);

}  // namespace fourd
