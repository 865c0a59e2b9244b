#include <cmath>
#include <string>

#include "interp/array_assignment.h"
#include "interp/char_index.h"
#include "interp/compiled_function.h"
#include "interp/elements.h"
#include "interp/engine.h"
#include "interp/exec.h"
#include "interp/members.h"
#include "interp/operators.h"
#include "interp/resolver.h"
#include "interp/typed_defaults.h"
#include "values/array_data.h"
#include "values/errors.h"
#include "values/value_ops.h"

namespace fourd {

using namespace lang;

namespace {

constexpr int kUnsupportedType = -10722;  // as an unknown command: the host has no such thing

}  // namespace

Value& Exec::localSlot(int slot) {
  if (slot >= 0) return f_.slots[slot];
  size_t n = static_cast<size_t>(formulaArgumentIndex(slot));
  if (f_.args->size() < n) f_.args->resize(n);
  return (*f_.args)[n - 1];
}

Flow Exec::assignToTarget(const AssignStmt& a) {
  // Only a variable can hold an array: arrayVariable looks at a formula's parameters, process and interprocess
  // variables.
  const ExprKind kind = a.target->kind;
  if (kind == ExprKind::LocalVar || kind == ExprKind::ProcessVar || kind == ExprKind::InterprocessVar) {
    if (ArrayData* array = arrayVariable(a.target.get())) {
      assignToArrayVariable(*array, a.op, a.value.get());
      return Flow::Normal;
    }
  }
  if (a.updatesProperty) {
    // The property is found once, read, and replaced in place (numbers stored in objects are Real).
    auto* b = static_cast<const BinaryExpr*>(a.value.get());
    Value* property = plainProperty(*static_cast<const MemberExpr*>(a.target.get()));
    double y, result;
    if (property && property->isNumber() && numericOperand(b->rhs.get(), y) &&
        numbersBinary(b->op, property->asNumber(), y, result)) {
      property->setReal(result);
      return Flow::Normal;
    }
  }
  if (a.op == AssignOp::Set) {
    double number;
    if (a.numericValue && numeric(a.value.get(), number)) {
      // A number replaces a plain property in place (This.n:=This.n*2) without a Value in between.
      if (kind == ExprKind::Member) {
        if (Value* property = plainProperty(*static_cast<const MemberExpr*>(a.target.get()))) {
          property->setReal(number);  // numbers stored in objects are Real
          return Flow::Normal;
        }
      }
      assign(a.target.get(), Value::real(number));
      return Flow::Normal;
    }
    assign(a.target.get(), notAnArray(eval(a.value.get())));
    return Flow::Normal;
  }
  Value current = eval(a.target.get());
  assign(a.target.get(), applyBinary(binaryOpOf(a.op), current, notAnArray(eval(a.value.get()))));
  return Flow::Normal;
}

// A local's slot says at once whether it holds an array; $t:=$t+expr appends in place, so that building a text in
// a loop stays linear.
Flow Exec::assignToSlot(const AssignStmt& a, int slot) {
  Value& target = f_.slots[slot];  // a frame's slots stay where they are while it runs
  if (target.isArray()) [[unlikely]] {
    assignToArrayVariable(*target.asArray(), a.op, a.value.get());
    return Flow::Normal;
  }
  if (a.op == AssignOp::Set) {
    if (a.value->kind == ExprKind::Binary) {
      auto* b = static_cast<const BinaryExpr*>(a.value.get());
      if (b->op == BinaryOp::Add && localSlotOf(b->lhs.get()) == slot) {
        Value holder;
        const Value& tail = operand(b->rhs.get(), holder);
        if (!appendTextInPlace(target, tail)) target = convertForSlot(slot, applyBinary(BinaryOp::Add, target, tail));
        return Flow::Normal;
      }
    }
    target = convertForSlot(slot, notAnArray(eval(a.value.get())));
    return Flow::Normal;
  }
  Value holder;
  const Value& tail = operand(a.value.get(), holder);
  if (a.op != AssignOp::Add || !appendTextInPlace(target, tail))
    target = convertForSlot(slot, applyBinary(binaryOpOf(a.op), target, tail));
  return Flow::Normal;
}

Value Exec::assignExpr(const AssignExpr& a) {
  if (ArrayData* array = arrayVariable(a.target.get())) {
    assignToArrayVariable(*array, a.op, a.value.get());
    return Value::real(static_cast<double>(array->selected));
  }
  Value v = notAnArray(eval(a.value.get()));
  if (a.op != AssignOp::Set) v = applyBinary(binaryOpOf(a.op), eval(a.target.get()), v);
  assign(a.target.get(), v);
  return v;
}

void Exec::assign(const Expr* target, Value v) {
  switch (target->kind) {
    case ExprKind::LocalVar: {
      int slot = static_cast<const LocalVarExpr*>(target)->slot;
      localSlot(slot) = slot >= 0 ? convertForSlot(slot, std::move(v)) : std::move(v);
      return;
    }
    case ExprKind::ProcessVar: p_.processVariable(static_cast<const ProcessVarExpr*>(target)->slot) = std::move(v); return;
    case ExprKind::InterprocessVar:
      p_.engine().setInterprocessVariable(static_cast<const InterprocessVarExpr*>(target)->slot, std::move(v));
      return;
    case ExprKind::Member: {
      auto* m = static_cast<const MemberExpr*>(target);
      Value holder;
      const Value* peeked = peek(m->object.get());
      const Value& object = peeked ? *peeked : (holder = eval(m->object.get()));
      // An existing property of an unshared object is replaced in place, found where the last access found it.
      if (object.isObject() && !object.asObject()->shared) {
        ObjectData* o = object.asObject();
        if (o->cls && o->cls->interceptsProperties() && o->cls->set(p_, object, m->name, v)) return;
        if (Value* property = findProperty(*o, *m)) {
          *property = toStoredValue(std::move(v));
          return;
        }
      }
      setMember(p_, object, m->name, std::move(v));
      return;
    }
    case ExprKind::Index: {
      auto* i = static_cast<const IndexExpr*>(target);
      Value object = eval(i->object.get());
      setIndexed(p_, object, eval(i->index.get()), std::move(v));
      return;
    }
    case ExprKind::ParamIndirect: {
      double n = toNumber(eval(static_cast<const ParamIndirectExpr*>(target)->index.get()));
      if (!(n >= 1)) throw RuntimeError(-10731, "Parameter index out of range");
      auto i = static_cast<size_t>(truncatedInteger(n));
      if (f_.fn && i <= f_.fn->paramSlots.size() && f_.fn->paramSlots[i - 1] >= 0) {
        int slot = f_.fn->paramSlots[i - 1];
        f_.slots[slot] = convertForSlot(slot, std::move(v));
      } else if (f_.args && i <= f_.args->size()) {
        (*f_.args)[i - 1] = std::move(v);
      } else {
        if (!f_.unpassedParams) f_.unpassedParams = std::make_unique<std::map<size_t, Value>>();
        (*f_.unpassedParams)[i] = std::move(v);
      }
      return;
    }
    case ExprKind::CharIndex: {
      auto* c = static_cast<const CharIndexExpr*>(target);
      Value text = eval(c->object.get());
      assign(c->object.get(), withCharacterAt(text, eval(c->index.get()), v));
      return;
    }
    case ExprKind::Element: {
      auto* e = static_cast<const ElementExpr*>(target);
      Value container = eval(e->object.get());
      double n = toNumber(eval(e->index.get()));
      if (!container.isBlob()) {
        setElementAt(container, n, std::move(v));
        return;
      }
      // A local's blob that nothing else holds changes in place: a loop writing its bytes stays linear.
      int slot = localSlotOf(e->object.get());
      if (slot >= 0 && f_.slots[slot].identical(container)) {
        container = Value();  // our reference goes, so the variable's may be the only one
        if (setByteInPlace(f_.slots[slot], n, v)) return;
        container = f_.slots[slot];
      }
      assign(e->object.get(), withByteAt(container, n, v));
      return;
    }
    case ExprKind::Deref: assignThroughPointer(eval(static_cast<const DerefExpr*>(target)->pointer.get()), std::move(v)); return;
    default: throw RuntimeError(-10741, "This expression cannot be assigned to");
  }
}

void Exec::varDecl(const VarDeclStmt& d) {
  if (d.type.kind == TypeKind::Picture)
    throw RuntimeError(kUnsupportedType, "Picture variables are not supported by this host");
  for (const ExprPtr& target : d.targets) {
    switch (target->kind) {
      case ExprKind::LocalVar: {
        int slot = static_cast<const LocalVarExpr*>(target.get())->slot;
        if (d.init) localSlot(slot) = convertToType(d.type.kind, eval(d.init.get()));
        break;
      }
      case ExprKind::ProcessVar: {
        Value& v = p_.processVariable(static_cast<const ProcessVarExpr*>(target.get())->slot);
        if (d.init) v = convertToType(d.type.kind, eval(d.init.get()));
        else if (v.isUndefined()) v = defaultForType(d.type.kind);
        break;
      }
      case ExprKind::InterprocessVar: {
        int slot = static_cast<const InterprocessVarExpr*>(target.get())->slot;
        if (d.init) p_.engine().setInterprocessVariable(slot, convertToType(d.type.kind, eval(d.init.get())));
        else if (p_.engine().interprocessVariable(slot).isUndefined())
          p_.engine().setInterprocessVariable(slot, defaultForType(d.type.kind));
        break;
      }
      default: break;
    }
  }
}

}  // namespace fourd
