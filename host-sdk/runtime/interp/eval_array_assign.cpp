// `:=` on an array variable: the array stays, the value selects its element (interp/array_assignment.h).
#include "interp/array_assignment.h"
#include "interp/engine.h"
#include "interp/exec.h"
#include "interp/operators.h"
#include "values/array_data.h"
#include "values/errors.h"
#include "values/value_ops.h"

namespace fourd {

using namespace lang;

namespace {
constexpr int kTypeMismatch = 54;  // as the built-ins report a wrong argument type (builtins/command_args.h)

void select(ArrayData& array, const Value& number) { array.selected = truncatedInteger(numericValue(number)); }
}  // namespace

void refuseArrayAssignment() {
  throw RuntimeError(kTypeMismatch, "An array cannot be assigned to a variable: use COPY ARRAY to copy an array");
}

bool selectsElement(const Value& variable, const Value& v) {
  if (!variable.isArray() || !isNumeric(v)) return false;
  select(*variable.asArray(), v);
  return true;
}

ArrayData* Exec::arrayVariable(const Expr* target) {
  switch (target->kind) {
    case ExprKind::LocalVar: {
      int slot = static_cast<const LocalVarExpr*>(target)->slot;
      const Value& v = localSlot(slot);
      return v.isArray() ? v.asArray() : nullptr;
    }
    case ExprKind::ProcessVar: {
      const Value& v = p_.processVariable(static_cast<const ProcessVarExpr*>(target)->slot);
      return v.isArray() ? v.asArray() : nullptr;
    }
    case ExprKind::InterprocessVar: {
      // The engine keeps the array alive: it holds the variable.
      Value v = p_.engine().interprocessVariable(static_cast<const InterprocessVarExpr*>(target)->slot);
      return v.isArray() ? v.asArray() : nullptr;
    }
    default: return nullptr;
  }
}

void Exec::assignToArrayVariable(ArrayData& array, AssignOp op, const Expr* value) {
  Value v = eval(value);
  if (op != AssignOp::Set) v = applyBinary(binaryOpOf(op), Value::real(static_cast<double>(array.selected)), v);
  if (v.isArray()) refuseArrayAssignment();
  if (!isNumeric(v))
    throw RuntimeError(kTypeMismatch, "An array variable takes a number, the element to select, not this value");
  select(array, v);
}

}  // namespace fourd
