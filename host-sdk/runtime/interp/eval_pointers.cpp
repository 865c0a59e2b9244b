// Pointers (docs/Concepts/dt_pointer.md) and array elements reached through them. A pointer names its variable;
// each use finds it again: a local in the activation that made the pointer, if that activation is still running
// on this process ("Pointers to local variables can only be used within the same process"; once the method has
// returned, its locals no longer exist and using the pointer is an error), a process variable in the current
// process, an interprocess variable in the engine.
#include <string>

#include "interp/array_assignment.h"
#include "interp/elements.h"
#include "interp/engine.h"
#include "interp/exec.h"
#include "values/errors.h"
#include "values/pointer_data.h"
#include "values/value_ops.h"

namespace fourd {

using namespace lang;

namespace {
constexpr int kBadPointer = -10741;

const PointerData& pointerOf(const Value& v) {
  if (!v.isPointer()) throw RuntimeError(kBadPointer, "'->' applies to a pointer");
  const PointerData& p = *v.asPointer();
  if (p.target == PointerData::Target::Nil) throw RuntimeError(kBadPointer, "The pointer is nil");
  return p;
}
}  // namespace

Value Exec::pointerTo(const PointerToExpr& e) {
  auto p = make<PointerData>();
  // The parser allows at most two element levels: {row}{column}, evaluated in that order.
  const ElementExpr* levels[2] = {};
  int depth = 0;
  const Expr* variable = e.target.get();
  while (variable->kind == ExprKind::Element) {
    levels[depth++] = static_cast<const ElementExpr*>(variable);
    variable = levels[depth - 1]->object.get();
  }
  auto index = [&](const ElementExpr* element) {
    int64_t n = truncatedInteger(toNumber(eval(element->index.get())));
    if (n < 0) throw RuntimeError(-10731, "Array index out of range");
    return n;
  };
  if (depth > 0) p->element = index(levels[depth - 1]);
  if (depth > 1) p->column = index(levels[0]);
  switch (variable->kind) {
    case ExprKind::LocalVar: {
      auto& local = static_cast<const LocalVarExpr&>(*variable);
      if (local.slot < 0) throw RuntimeError(kBadPointer, "A formula's parameters cannot be pointed to");
      p->target = PointerData::Target::Local;
      p->slot = local.slot;
      p->name = local.name;
      p->frameSerial = f_.serial;
      p->process = p_.number();
      break;
    }
    case ExprKind::ProcessVar: {
      auto& var = static_cast<const ProcessVarExpr&>(*variable);
      p->target = PointerData::Target::ProcessVar;
      p->slot = var.slot;
      p->name = var.name;
      break;
    }
    default: {
      auto& var = static_cast<const InterprocessVarExpr&>(*variable);
      p->target = PointerData::Target::InterprocessVar;
      p->slot = var.slot;
      p->name = "<>" + var.name;
      break;
    }
  }
  return Value::pointer(std::move(p));
}

Frame& Exec::frameOf(const PointerData& p) const {
  if (p.process == p_.number())
    for (Frame* f = &f_; f; f = f->caller)
      if (f->serial == p.frameSerial) return *f;
  throw RuntimeError(kBadPointer, "The variable " + p.name + " the pointer points to no longer exists");
}

Value Exec::variableOf(const PointerData& p) {
  switch (p.target) {
    case PointerData::Target::Local: return frameOf(p).slots[p.slot];
    case PointerData::Target::ProcessVar: return p_.processVariable(p.slot);
    default: return p_.engine().interprocessVariable(p.slot);
  }
}

// The array a pointer to an element designates: the variable's, or its row's for a two-dimensional element.
Value Exec::arrayOf(const PointerData& p) {
  Value variable = variableOf(p);
  return p.column < 0 ? variable : elementAt(variable, static_cast<double>(p.element));
}

Value Exec::deref(const DerefExpr& d) { return pointedValue(eval(d.pointer.get())); }

Value Exec::pointedValue(const Value& pointer) {
  const PointerData& p = pointerOf(pointer);
  if (p.element < 0) return variableOf(p);
  return elementAt(arrayOf(p), static_cast<double>(p.column < 0 ? p.element : p.column));
}

void Exec::assignThroughPointer(const Value& pointer, Value v) {
  const PointerData& p = pointerOf(pointer);
  if (p.element >= 0) {
    setElementAt(arrayOf(p), static_cast<double>(p.column < 0 ? p.element : p.column), std::move(v));
    return;
  }
  // A number through a pointer to an array selects its element, as `:=` on the array variable does.
  switch (p.target) {
    case PointerData::Target::Local: {
      Frame& f = frameOf(p);
      if (selectsElement(f.slots[p.slot], v)) return;
      f.slots[p.slot] = f.slotTypes ? convertToType(f.slotTypes[p.slot], std::move(v)) : std::move(v);
      return;
    }
    case PointerData::Target::ProcessVar:
      if (!selectsElement(p_.processVariable(p.slot), v)) p_.processVariable(p.slot) = std::move(v);
      return;
    default:
      if (!selectsElement(p_.engine().interprocessVariable(p.slot), v))
        p_.engine().setInterprocessVariable(p.slot, std::move(v));
      return;
  }
}

}  // namespace fourd
