#include "interp/resolver.h"

#include <algorithm>
#include <limits>
#include <string>
#include <unordered_map>

#include "builtins/registry.h"
#include "interp/operators.h"
#include "interp/typed_defaults.h"
#include "process/name_table.h"

namespace fourd {

namespace {

using namespace lang;

bool isLocal(const Expr& e) {
  return e.kind == ExprKind::LocalVar && static_cast<const LocalVarExpr&>(e).slot >= 0;  // not a formula's $1
}

// What Exec::numeric computes: number literals, locals, properties of This or of a local, and arithmetic on
// them.
bool numericOperand(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Literal: return static_cast<const LiteralExpr&>(e).literal == LiteralKind::Number;
    case ExprKind::LocalVar: return isLocal(e);
    case ExprKind::Member: {
      const Expr& object = *static_cast<const MemberExpr&>(e).object;
      return object.kind == ExprKind::This || isLocal(object);
    }
    case ExprKind::Binary: {
      auto& b = static_cast<const BinaryExpr&>(e);
      return b.numeric && isArithmetic(b.op);
    }
    default: return false;
  }
}

bool sameObject(const Expr& a, const Expr& b) {
  if (a.kind == ExprKind::This) return b.kind == ExprKind::This;
  return isLocal(a) && isLocal(b) &&
         static_cast<const LocalVarExpr&>(a).slot == static_cast<const LocalVarExpr&>(b).slot;
}

// target := target op e, where target is a property of This or of a local and the whole is numeric.
bool updatesProperty(const Expr& target, const Expr& value) {
  if (target.kind != ExprKind::Member || value.kind != ExprKind::Binary) return false;
  auto& b = static_cast<const BinaryExpr&>(value);
  if (!b.numeric || !isArithmetic(b.op) || b.lhs->kind != ExprKind::Member) return false;
  auto& written = static_cast<const MemberExpr&>(target);
  auto& read = static_cast<const MemberExpr&>(*b.lhs);
  return written.name == read.name && sameObject(*written.object, *read.object);
}

// The locals of one function or formula. A formula scope takes the locals it does not own from its parent
// by capture.
struct Scope {
  Scope* parent = nullptr;        // set for formulas
  FormulaExpr* formula = nullptr; // set for formulas
  std::unordered_map<std::string, int> slots;
  std::vector<TypeKind> types;

  int slotFor(const std::string& key) {
    if (auto it = slots.find(key); it != slots.end()) return it->second;
    int slot = static_cast<int>(types.size());
    types.push_back(TypeKind::None);
    slots.emplace(key, slot);
    if (formula) formula->captures.push_back({parent->slotFor(key), slot});
    return slot;
  }
};

class Resolver {
 public:
  explicit Resolver(const ResolveContext& ctx) : ctx_(ctx) {}

  void function(FunctionDecl& decl, CompiledFunction& out) {
    Scope scope;
    scope_ = &scope;
    decl_ = &decl;
    for (Param& p : decl.params) {
      p.slot = scope.slotFor(p.key);
      scope.types[p.slot] = p.type.kind;
      out.paramSlots.push_back(p.slot);
    }
    // The parameters after the named ones have the ellipsis's type, as C_xxx(${n}) gives them.
    if (decl.variadic && decl.variadicType != TypeKind::None) {
      typedFrom_ = static_cast<int>(decl.params.size()) + 1;
      typedFromType_ = decl.variadicType;
    }
    if (decl.hasResult || !decl.resultName.empty()) {
      decl.resultSlot = scope.slotFor(decl.resultName.empty() ? "$0" : decl.resultKey);
      scope.types[decl.resultSlot] = decl.resultType.kind;
    }
    block(decl.body);
    decl.frameSize = static_cast<int>(scope.types.size());
    out.decl = &decl;
    out.frameSize = decl.frameSize;
    out.resultSlot = decl.resultSlot;
    out.slotTypes = std::move(scope.types);
    for (const auto& [index, slot] : legacyParams_) {
      if (out.paramSlots.size() < static_cast<size_t>(index)) out.paramSlots.resize(index, -1);
      if (out.paramSlots[index - 1] < 0) out.paramSlots[index - 1] = slot;
      if (typedFrom_ > 0 && index >= typedFrom_ && out.slotTypes[slot] == TypeKind::None)
        out.slotTypes[slot] = typedFromType_;
    }
    out.typedFrom = typedFrom_;
    out.typedFromType = typedFromType_;
    for (int slot = 0; slot < decl.frameSize; ++slot) {
      bool isParam = std::find(out.paramSlots.begin(), out.paramSlots.end(), slot) != out.paramSlots.end();
      if (out.slotTypes[slot] != TypeKind::None && !isParam)
        out.initialValues.emplace_back(slot, defaultForType(out.slotTypes[slot]));
    }
  }

  void standaloneFormula(FormulaExpr& f) {
    Scope scope;  // no parent: nothing to capture, its locals live in its own frame
    scope_ = &scope;
    formulaDepth_ = 1;
    expr(f.body.get());
    f.frameSize = static_cast<int>(scope.types.size());
  }

 private:
  void block(Block& b) {
    for (StmtPtr& s : b) stmt(s.get());
  }

  void exprs(ExprList& list) {
    for (ExprPtr& e : list) expr(e.get());
  }

  void local(LocalVarExpr& v) {
    if (formulaDepth_ > 0 && v.paramIndex > 0) {
      v.slot = formulaArgumentSlot(v.paramIndex);
      return;
    }
    if (formulaDepth_ == 0 && v.paramIndex > 0 && decl_ &&
        static_cast<size_t>(v.paramIndex) <= decl_->params.size()) {
      v.slot = decl_->params[v.paramIndex - 1].slot;
      return;
    }
    if (formulaDepth_ == 0 && v.paramIndex == 0 && decl_ && decl_->resultSlot >= 0) {
      v.slot = decl_->resultSlot;
      return;
    }
    v.slot = scope_->slotFor(v.key);
    if (formulaDepth_ == 0 && v.paramIndex > 0) legacyParams_.emplace_back(v.paramIndex, v.slot);
    if (formulaDepth_ == 0 && v.paramIndex == 0 && decl_) decl_->resultSlot = v.slot;
  }

  void declare(VarDeclStmt& d) {
    for (ExprPtr& t : d.targets) {
      expr(t.get());
      if (t->kind == ExprKind::ParamIndirect)
        typeParametersFrom(*static_cast<ParamIndirectExpr&>(*t).index, d.type.kind);
      if (t->kind == ExprKind::LocalVar) {
        int slot = static_cast<LocalVarExpr&>(*t).slot;
        if (slot >= 0) scope_->types[slot] = d.type.kind;
      }
    }
    if (d.init) expr(d.init.get());
  }

  // C_xxx(${n}) with a number n: the parameters from the nth on have type xxx.
  void typeParametersFrom(const Expr& index, TypeKind type) {
    if (index.kind != ExprKind::Literal) return;
    auto& literal = static_cast<const LiteralExpr&>(index);
    if (literal.literal != LiteralKind::Number) return;
    // A literal beyond any parameter count (1e308) types no parameter; the cast alone would overflow.
    typedFrom_ = static_cast<int>(std::clamp(literal.number, 0.0, double(std::numeric_limits<int>::max())));
    typedFromType_ = type;
  }

  void formula(FormulaExpr& f) {
    Scope inner;
    inner.parent = scope_;
    inner.formula = &f;
    f.captures.clear();
    Scope* outer = std::exchange(scope_, &inner);
    ++formulaDepth_;
    expr(f.body.get());
    --formulaDepth_;
    scope_ = outer;
    f.frameSize = static_cast<int>(inner.types.size());
  }

  void stmt(Stmt* s) {
    switch (s->kind) {
      case StmtKind::Expression: expr(static_cast<ExprStmt*>(s)->expr.get()); break;
      case StmtKind::Assign: {
        auto* a = static_cast<AssignStmt*>(s);
        expr(a->target.get());
        expr(a->value.get());
        a->updatesProperty = a->op == AssignOp::Set && updatesProperty(*a->target, *a->value);
        a->numericValue = a->op == AssignOp::Set && a->value->kind == ExprKind::Binary && numericOperand(*a->value);
        break;
      }
      case StmtKind::VarDecl: declare(*static_cast<VarDeclStmt*>(s)); break;
      case StmtKind::If: {
        auto* i = static_cast<IfStmt*>(s);
        expr(i->cond.get());
        block(i->thenBody);
        block(i->elseBody);
        break;
      }
      case StmtKind::Case: {
        auto* c = static_cast<CaseStmt*>(s);
        for (CaseBranch& b : c->branches) {
          expr(b.cond.get());
          block(b.body);
        }
        block(c->elseBody);
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<WhileStmt*>(s);
        expr(w->cond.get());
        block(w->body);
        break;
      }
      case StmtKind::Repeat: {
        auto* r = static_cast<RepeatStmt*>(s);
        block(r->body);
        expr(r->until.get());
        break;
      }
      case StmtKind::For: {
        auto* f = static_cast<ForStmt*>(s);
        expr(f->counter.get());
        expr(f->start.get());
        expr(f->end.get());
        expr(f->step.get());
        block(f->body);
        break;
      }
      case StmtKind::ForEach: {
        auto* f = static_cast<ForEachStmt*>(s);
        expr(f->item.get());
        expr(f->source.get());
        expr(f->begin.get());
        expr(f->end.get());
        expr(f->guardCond.get());
        block(f->body);
        break;
      }
      case StmtKind::Return: expr(static_cast<ReturnStmt*>(s)->value.get()); break;
      case StmtKind::Try: {
        auto* t = static_cast<TryStmt*>(s);
        block(t->body);
        block(t->catchBody);
        break;
      }
      case StmtKind::Use: {
        auto* u = static_cast<UseStmt*>(s);
        expr(u->object.get());
        block(u->body);
        break;
      }
      case StmtKind::Throw: exprs(static_cast<ThrowStmt*>(s)->args); break;
      case StmtKind::Break:
      case StmtKind::Continue: break;
    }
  }

  void expr(Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::LocalVar: local(static_cast<LocalVarExpr&>(*e)); break;
      case ExprKind::ParamIndirect: expr(static_cast<ParamIndirectExpr*>(e)->index.get()); break;
      case ExprKind::ProcessVar: {
        auto* v = static_cast<ProcessVarExpr*>(e);
        v->slot = ctx_.processVariables.intern(v->key);
        break;
      }
      case ExprKind::InterprocessVar: {
        auto* v = static_cast<InterprocessVarExpr*>(e);
        v->slot = ctx_.interprocessVariables.intern(v->key);
        break;
      }
      case ExprKind::Member: expr(static_cast<MemberExpr*>(e)->object.get()); break;
      case ExprKind::Index: {
        auto* i = static_cast<IndexExpr*>(e);
        expr(i->object.get());
        expr(i->index.get());
        break;
      }
      case ExprKind::MemberCall: {
        auto* c = static_cast<MemberCallExpr*>(e);
        c->collectionFunction = ctx_.registry.collectionFunction(c->name);
        expr(c->object.get());
        exprs(c->args);
        break;
      }
      case ExprKind::Call: {
        auto* c = static_cast<CallExpr*>(e);
        expr(c->callee.get());
        exprs(c->args);
        break;
      }
      case ExprKind::Command: {
        auto* c = static_cast<CommandExpr*>(e);
        c->def = ctx_.registry.command(c->key);
        exprs(c->args);
        break;
      }
      case ExprKind::Constant: {
        auto* c = static_cast<ConstantExpr*>(e);
        if (const Value* v = ctx_.registry.constant(c->key)) {
          c->value = *v;
          c->resolved = true;
        }
        break;
      }
      case ExprKind::MethodCall: {
        auto* c = static_cast<MethodCallExpr*>(e);
        c->method = ctx_.findMethod(c->key);
        exprs(c->args);
        break;
      }
      case ExprKind::SuperCall: exprs(static_cast<SuperCallExpr*>(e)->args); break;
      case ExprKind::Unary: expr(static_cast<UnaryExpr*>(e)->operand.get()); break;
      case ExprKind::Binary: {
        auto* b = static_cast<BinaryExpr*>(e);
        expr(b->lhs.get());
        expr(b->rhs.get());
        b->numeric = (isArithmetic(b->op) || isComparison(b->op)) && numericOperand(*b->lhs) &&
                     numericOperand(*b->rhs);
        break;
      }
      case ExprKind::Logical: {
        auto* b = static_cast<LogicalExpr*>(e);
        expr(b->lhs.get());
        expr(b->rhs.get());
        break;
      }
      case ExprKind::Ternary: {
        auto* t = static_cast<TernaryExpr*>(e);
        expr(t->cond.get());
        expr(t->ifTrue.get());
        expr(t->ifFalse.get());
        break;
      }
      case ExprKind::ObjectLiteral:
        for (ObjectLiteralEntry& entry : static_cast<ObjectLiteralExpr*>(e)->entries) expr(entry.value.get());
        break;
      case ExprKind::CollectionLiteral: exprs(static_cast<CollectionLiteralExpr*>(e)->items); break;
      case ExprKind::Formula: formula(static_cast<FormulaExpr&>(*e)); break;
      case ExprKind::FormulaFromString: exprs(static_cast<FormulaFromStringExpr*>(e)->args); break;
      case ExprKind::Try: expr(static_cast<TryExpr*>(e)->body.get()); break;
      case ExprKind::CharIndex: {
        auto* c = static_cast<CharIndexExpr*>(e);
        expr(c->object.get());
        expr(c->index.get());
        break;
      }
      case ExprKind::Element: {
        auto* el = static_cast<ElementExpr*>(e);
        expr(el->object.get());
        expr(el->index.get());
        break;
      }
      case ExprKind::PointerTo: expr(static_cast<PointerToExpr*>(e)->target.get()); break;
      case ExprKind::Deref: expr(static_cast<DerefExpr*>(e)->pointer.get()); break;
      case ExprKind::Throw: exprs(static_cast<ThrowExpr*>(e)->args); break;
      case ExprKind::Assign: {
        auto* a = static_cast<AssignExpr*>(e);
        expr(a->target.get());
        expr(a->value.get());
        break;
      }
      case ExprKind::Literal:
      case ExprKind::This:
      case ExprKind::Super:
      case ExprKind::ClassStore:
      case ExprKind::FourDStore: break;
    }
  }

  const ResolveContext& ctx_;
  Scope* scope_ = nullptr;
  FunctionDecl* decl_ = nullptr;
  int formulaDepth_ = 0;
  std::vector<std::pair<int, int>> legacyParams_;  // (N, slot) of each $N read outside formulas
  int typedFrom_ = 0;                              // C_xxx(${n}): n, and xxx
  TypeKind typedFromType_ = TypeKind::None;
};

}  // namespace

void resolveFunction(lang::FunctionDecl& decl, CompiledFunction& out, const ResolveContext& ctx) {
  Resolver(ctx).function(decl, out);
}

void resolveStandaloneFormula(lang::FormulaExpr& formula, const ResolveContext& ctx) {
  Resolver(ctx).standaloneFormula(formula);
}

}  // namespace fourd
