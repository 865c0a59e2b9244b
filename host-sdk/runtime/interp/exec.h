// The tree-walking evaluator: runs the statements and expressions of one frame on one process.
#pragma once

#include <atomic>
#include <vector>

#include "interp/frame.h"
#include "interp/member_names.h"
#include "interp/typed_defaults.h"
#include "lang/ast.h"
#include "process/process.h"

namespace fourd {

struct ArrayData;
struct MethodEntry;
struct PointerData;

class Exec {
 public:
  Exec(Process& p, Frame& f) : p_(p), f_(f) {}

  Flow block(const lang::Block& b);
  Value eval(const lang::Expr* e);
  // The storage of a local variable or This, read without copying; null for other expressions.
  const Value* peek(const lang::Expr* e) const {
    if (e->kind == lang::ExprKind::This) return f_.self;
    if (e->kind == lang::ExprKind::LocalVar) {
      int slot = static_cast<const lang::LocalVarExpr*>(e)->slot;
      if (slot >= 0) return &f_.slots[slot];
    }
    return nullptr;
  }
  // What `pointer->` reads: the variable or the element (OB Copy's ck resolve pointers reads it too).
  Value pointedValue(const Value& pointer);

 private:
  // statements (eval_statements.cpp)
  Flow stmt(const lang::Stmt* s);
  // An assignment to a local's slot or to any other target (eval_assign.cpp). A number computed on doubles goes
  // into a local's slot here, without a Value in between nor a call: numeric loops do this on every turn.
  Flow assignStmt(const lang::AssignStmt& a) {
    int slot = localSlotOf(a.target.get());
    if (slot < 0) return assignToTarget(a);
    double number;
    if (a.numericValue && !f_.slots[slot].isArray() && numeric(a.value.get(), number)) {
      storeNumberInSlot(slot, number);
      return Flow::Normal;
    }
    return assignToSlot(a, slot);
  }
  Flow assignToSlot(const lang::AssignStmt& a, int slot);
  Flow assignToTarget(const lang::AssignStmt& a);
  static int localSlotOf(const lang::Expr* e) {
    return e->kind == lang::ExprKind::LocalVar ? static_cast<const lang::LocalVarExpr*>(e)->slot : -1;
  }
  Value assignExpr(const lang::AssignExpr& a);
  void varDecl(const lang::VarDeclStmt& d);
  Flow forLoop(const lang::ForStmt& f);
  Flow forLoopInSlot(const lang::ForStmt& f, int slot, double start, double end, double step);
  Flow forEachLoop(const lang::ForEachStmt& f);
  Flow tryStmt(const lang::TryStmt& t);
  Flow useStmt(const lang::UseStmt& u);
  void throwError(const lang::ExprList& args);  // throw(...): returns only for a deferred error
  bool condition(const lang::Expr* e);
  // Every loop turn asks whether the process was told to stop (ABORT PROCESS BY ID, quitting).
  void checkStop() const {
    if (p_.stopRequested.load(std::memory_order_relaxed)) [[unlikely]]
      throwStopped();
  }
  [[noreturn, gnu::cold]] static void throwStopped();

  // assignment targets (eval_assign.cpp)
  void assign(const lang::Expr* target, Value v);
  Value& localSlot(int slot);
  // The array a variable target holds, or null (eval_array_assign.cpp): `:=` on it selects an element.
  ArrayData* arrayVariable(const lang::Expr* target);
  void assignToArrayVariable(ArrayData& array, lang::AssignOp op, const lang::Expr* value);
  Value convertForSlot(int slot, Value v) const {
    return f_.slotTypes ? convertToType(f_.slotTypes[slot], std::move(v)) : v;
  }
  void storeNumberInSlot(int slot, double value) {
    storeNumber(f_.slotTypes ? f_.slotTypes[slot] : lang::TypeKind::None, f_.slots[slot], value);
  }

  // expressions (eval_expressions.cpp, eval_calls.cpp)
  // A literal or a local variable read in place (no copy, no call to eval), else `holder` set to eval(e).
  const Value& operand(const lang::Expr* e, Value& holder) {
    if (e->kind == lang::ExprKind::Literal) return static_cast<const lang::LiteralExpr*>(e)->value;
    if (e->kind == lang::ExprKind::LocalVar) {
      int slot = static_cast<const lang::LocalVarExpr*>(e)->slot;
      if (slot >= 0) return f_.slots[slot];
    }
    return holder = eval(e);
  }
  // A binary tree the resolver marked numeric, computed on doubles; false when a local it reads does not hold a number
  // (or \ and % need exact integer parts), and eval then takes the general path. Such trees have no side effects,
  // so giving up halfway and evaluating again changes nothing.
  bool numeric(const lang::Expr* e, double& out);
  // An operand of such a tree: leaves are read here rather than in a call of their own (most operands are leaves).
  bool numericOperand(const lang::Expr* x, double& value) {
    if (x->kind == lang::ExprKind::Literal) {
      value = static_cast<const lang::LiteralExpr*>(x)->number;
      return true;
    }
    if (x->kind == lang::ExprKind::LocalVar) {
      const Value& v = f_.slots[static_cast<const lang::LocalVarExpr*>(x)->slot];
      if (!v.isNumber()) return false;
      value = v.asNumber();
      return true;
    }
    if (x->kind == lang::ExprKind::Member) return numericProperty(*static_cast<const lang::MemberExpr*>(x), value);
    return numeric(x, value);
  }
  bool numericProperty(const lang::MemberExpr& m, double& out);
  Value formulaArgument(int slot) const;  // ${n} of a formula, for a slot the resolver numbered below -1
  Value processVariable(int slot);
  Value binary(const lang::BinaryExpr& b);
  Value member(const lang::MemberExpr& m);
  Value indexed(const lang::IndexExpr& i);
  Value logical(const lang::LogicalExpr& l);
  Value unary(const lang::UnaryExpr& u);
  Value ternary(const lang::TernaryExpr& t);
  Value constant(const lang::ConstantExpr& c);
  Value charIndex(const lang::CharIndexExpr& c);
  Value element(const lang::ElementExpr& e);
  // pointers (eval_pointers.cpp)
  Value pointerTo(const lang::PointerToExpr& e);
  Value deref(const lang::DerefExpr& d);
  void assignThroughPointer(const Value& pointer, Value v);
  Value variableOf(const PointerData& p);        // the pointed variable's value
  Value arrayOf(const PointerData& p);           // the array holding the pointed element
  Frame& frameOf(const PointerData& p) const;    // the activation of a pointed local; an error once it returned
  Value throwExpr(const lang::ThrowExpr& t);
  [[noreturn]] static void superAlone();
  Value command(const lang::CommandExpr& c);
  Value methodCall(const lang::MethodCallExpr& c);
  Value memberCall(const lang::MemberCallExpr& c);
  // The user class function `c` calls on an instance of `cls`, or null (not a user class, no such function).
  const MethodEntry* classMethod(const lang::MemberCallExpr& c, const ClassDef& cls);
  Value call(const lang::CallExpr& c);
  Value superCall(const lang::SuperCallExpr& c);
  Value formula(const lang::FormulaExpr& f);
  Value formulaFromString(const lang::FormulaFromStringExpr& f);
  Value tryExpr(const lang::TryExpr& t);
  Value objectLiteral(const lang::ObjectLiteralExpr& o);
  Value collectionLiteral(const lang::CollectionLiteralExpr& c);
  Value paramIndirect(const lang::ParamIndirectExpr& e);
  // The property `m` names, looked for first where it was found last time; null when the object has none.
  Value* findProperty(ObjectData& o, const lang::MemberExpr& m) {
    // Workers share the tree: the hint is only a guess, read and written atomically.
    uint32_t hint = std::atomic_ref<uint32_t>(m.cacheHint).load(std::memory_order_relaxed);
    if (hint < o.props.size() && sameName(o.props[hint].first, m.name)) return &o.props[hint].second;
    return scanForProperty(o, m);
  }
  Value* scanForProperty(ObjectData& o, const lang::MemberExpr& m);
  // The property `m` designates when it can be read or replaced in place: a plain property (no computed or native
  // member, not shared) of an object held in This or a local; null otherwise.
  Value* plainProperty(const lang::MemberExpr& m);
  std::vector<Value> args(const lang::ExprList& list);
  void evalArgs(const lang::ExprList& list, std::vector<Value>& out);

  Process& p_;
  Frame& f_;
};

}  // namespace fourd
