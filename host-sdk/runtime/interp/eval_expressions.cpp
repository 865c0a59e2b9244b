#include <atomic>
#include <string>

#include "interp/char_index.h"
#include "interp/class_values.h"
#include "interp/compiled_function.h"
#include "interp/elements.h"
#include "interp/engine.h"
#include "interp/exec.h"
#include "interp/members.h"
#include "interp/member_names.h"
#include "interp/operators.h"
#include "interp/resolver.h"
#include "values/errors.h"
#include "values/shared_access.h"
#include "values/value_ops.h"

namespace fourd {

using namespace lang;

namespace {
// Reading it has no side effect and cannot change any variable.
bool isLeaf(const Expr* e) { return e->kind == ExprKind::Literal || e->kind == ExprKind::LocalVar; }
}  // namespace

// Only a dispatcher: every case that needs temporaries has a function of its own, so that eval itself keeps
// nothing on the stack and passes its result straight through (a tail call), which matters since every
// expression goes through it.
Value Exec::eval(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Literal: return static_cast<const LiteralExpr*>(e)->value;
    case ExprKind::LocalVar: {
      int slot = static_cast<const LocalVarExpr*>(e)->slot;
      if (slot >= 0) return f_.slots[slot];
      return formulaArgument(slot);
    }
    case ExprKind::Binary: return binary(*static_cast<const BinaryExpr*>(e));
    case ExprKind::Member: return member(*static_cast<const MemberExpr*>(e));
    case ExprKind::MemberCall: return memberCall(*static_cast<const MemberCallExpr*>(e));
    case ExprKind::Index: return indexed(*static_cast<const IndexExpr*>(e));
    case ExprKind::Command: return command(*static_cast<const CommandExpr*>(e));
    case ExprKind::MethodCall: return methodCall(*static_cast<const MethodCallExpr*>(e));
    case ExprKind::Logical: return logical(*static_cast<const LogicalExpr*>(e));
    case ExprKind::Unary: return unary(*static_cast<const UnaryExpr*>(e));
    case ExprKind::Ternary: return ternary(*static_cast<const TernaryExpr*>(e));
    case ExprKind::ProcessVar: return processVariable(static_cast<const ProcessVarExpr*>(e)->slot);
    case ExprKind::InterprocessVar: return p_.engine().interprocessVariable(static_cast<const InterprocessVarExpr*>(e)->slot);
    case ExprKind::This: return *f_.self;
    case ExprKind::ClassStore: return userClassStore();
    case ExprKind::FourDStore: return fourDClassStore();
    case ExprKind::Constant: return constant(*static_cast<const ConstantExpr*>(e));
    case ExprKind::ObjectLiteral: return objectLiteral(*static_cast<const ObjectLiteralExpr*>(e));
    case ExprKind::CollectionLiteral: return collectionLiteral(*static_cast<const CollectionLiteralExpr*>(e));
    case ExprKind::ParamIndirect: return paramIndirect(*static_cast<const ParamIndirectExpr*>(e));
    case ExprKind::Call: return call(*static_cast<const CallExpr*>(e));
    case ExprKind::SuperCall: return superCall(*static_cast<const SuperCallExpr*>(e));
    case ExprKind::Formula: return formula(*static_cast<const FormulaExpr*>(e));
    case ExprKind::FormulaFromString: return formulaFromString(*static_cast<const FormulaFromStringExpr*>(e));
    case ExprKind::Try: return tryExpr(*static_cast<const TryExpr*>(e));
    case ExprKind::CharIndex: return charIndex(*static_cast<const CharIndexExpr*>(e));
    case ExprKind::Throw: return throwExpr(*static_cast<const ThrowExpr*>(e));
    case ExprKind::Element: return element(*static_cast<const ElementExpr*>(e));
    case ExprKind::PointerTo: return pointerTo(*static_cast<const PointerToExpr*>(e));
    case ExprKind::Deref: return deref(*static_cast<const DerefExpr*>(e));
    case ExprKind::Assign: return assignExpr(*static_cast<const AssignExpr*>(e));
    case ExprKind::Super: superAlone();
  }
  return Value();
}

Value Exec::formulaArgument(int slot) const {
  size_t n = static_cast<size_t>(formulaArgumentIndex(slot));
  return f_.args && n <= f_.args->size() ? (*f_.args)[n - 1] : Value();
}

Value Exec::processVariable(int slot) { return p_.processVariable(slot); }

Value Exec::binary(const BinaryExpr& b) {
  double number;
  if (b.numeric && numeric(&b, number)) return isComparison(b.op) ? Value::boolean(number != 0) : Value::real(number);
  // The right operand is evaluated after the left one has been read: only then may the left one stay in
  // its variable (an assignment in the right operand could change it).
  Value lhsHolder, rhsHolder;
  const Value& lhs = isLeaf(b.rhs.get()) ? operand(b.lhs.get(), lhsHolder) : (lhsHolder = eval(b.lhs.get()));
  return applyBinary(b.op, lhs, operand(b.rhs.get(), rhsHolder));
}

Value Exec::member(const MemberExpr& m) {
  Value holder;
  const Value* peeked = peek(m.object.get());
  const Value& object = peeked ? *peeked : (holder = eval(m.object.get()));
  if (object.isObject()) {
    ObjectData* o = object.asObject();
    if (o->cls && o->cls->interceptsProperties()) {
      Value out;
      if (o->cls->get(p_, object, m.name, out)) return out;
    }
    auto lock = readLock(o->shared.get());
    const Value* property = findProperty(*o, m);
    return property ? *property : Value();
  }
  return getMember(p_, object, m.name);
}

Value Exec::indexed(const IndexExpr& i) {
  Value object = eval(i.object.get());
  return getIndexed(p_, object, eval(i.index.get()));
}

Value Exec::logical(const LogicalExpr& l) {
  Value lhs = eval(l.lhs.get());
  bool decided = l.op == LogicalOp::AndAlso ? !isTruthy(lhs) : isTruthy(lhs);
  return decided ? lhs : eval(l.rhs.get());
}

Value Exec::unary(const UnaryExpr& u) { return applyUnary(u.op, eval(u.operand.get())); }

Value Exec::ternary(const TernaryExpr& t) {
  return isTruthy(eval(t.cond.get())) ? eval(t.ifTrue.get()) : eval(t.ifFalse.get());
}

Value Exec::constant(const ConstantExpr& c) {
  if (!c.resolved) throw RuntimeError(-10722, "Unknown constant: " + c.name);
  return c.value;
}

Value Exec::charIndex(const CharIndexExpr& c) {
  Value text = eval(c.object.get());
  return characterAt(text, eval(c.index.get()));
}

Value Exec::element(const ElementExpr& e) {
  Value container = eval(e.object.get());
  return elementAt(container, toNumber(eval(e.index.get())));
}

Value Exec::throwExpr(const ThrowExpr& t) {
  throwError(t.args);
  return Value();
}

void Exec::superAlone() { throw RuntimeError(-10700, "Super can only be called or used to call a function"); }

bool Exec::numeric(const Expr* e, double& out) {
  auto* b = static_cast<const BinaryExpr*>(e);
  double x, y;
  return numericOperand(b->lhs.get(), x) && numericOperand(b->rhs.get(), y) && numbersBinary(b->op, x, y, out);
}

bool Exec::numericProperty(const MemberExpr& m, double& out) {
  // Only a plain property: a computed property, a native member or a shared object's lock would be a side effect
  // or a cost, and the general path handles them.
  const Value* property = plainProperty(m);
  if (!property || !property->isNumber()) return false;
  out = property->asNumber();
  return true;
}

Value* Exec::plainProperty(const MemberExpr& m) {
  const Value* object = peek(m.object.get());
  if (!object || !object->isObject()) return nullptr;
  ObjectData* o = object->asObject();
  if ((o->cls && o->cls->interceptsProperties()) || o->shared) return nullptr;
  return findProperty(*o, m);
}

Value* Exec::scanForProperty(ObjectData& o, const MemberExpr& m) {
  auto& props = o.props;
  for (size_t i = 0; i < props.size(); ++i) {
    if (sameName(props[i].first, m.name)) {
      std::atomic_ref<uint32_t>(m.cacheHint).store(static_cast<uint32_t>(i), std::memory_order_relaxed);
      return &props[i].second;
    }
  }
  return nullptr;
}

Value Exec::objectLiteral(const ObjectLiteralExpr& o) {
  auto obj = make<ObjectData>();
  obj->props.reserve(o.entries.size());
  for (const ObjectLiteralEntry& entry : o.entries) {
    Value value = toStoredValue(eval(entry.value.get()));
    if (o.distinctKeys)
      obj->props.emplace_back(entry.key, std::move(value));
    else
      obj->set(entry.key, std::move(value));
  }
  return Value::object(std::move(obj));
}

Value Exec::collectionLiteral(const CollectionLiteralExpr& c) {
  auto coll = make<CollectionData>();
  coll->items.reserve(c.items.size());
  for (const ExprPtr& item : c.items) coll->items.push_back(toStoredValue(eval(item.get())));
  return Value::collection(std::move(coll));
}

Value Exec::paramIndirect(const ParamIndirectExpr& e) {
  double n = toNumber(eval(e.index.get()));
  if (!(n >= 1)) throw RuntimeError(-10731, "Parameter index out of range: " + std::to_string(n));
  auto i = static_cast<size_t>(truncatedInteger(n));
  if (f_.fn && i <= f_.fn->paramSlots.size() && f_.fn->paramSlots[i - 1] >= 0)
    return f_.slots[f_.fn->paramSlots[i - 1]];
  if (f_.args && i <= f_.args->size()) return (*f_.args)[i - 1];
  if (f_.unpassedParams) {
    auto it = f_.unpassedParams->find(i);
    if (it != f_.unpassedParams->end()) return it->second;
  }
  return Value();
}

std::vector<Value> Exec::args(const ExprList& list) {
  std::vector<Value> out;
  evalArgs(list, out);
  return out;
}

void Exec::evalArgs(const ExprList& list, std::vector<Value>& out) {
  out.reserve(list.size());
  for (const ExprPtr& e : list) out.push_back(eval(e.get()));
}

}  // namespace fourd
