#include <cmath>
#include <optional>
#include <string>

#include "interp/error_handling.h"
#include "interp/exec.h"
#include "interp/operators.h"
#include "process/shared_values.h"
#include "values/errors.h"
#include "values/shared_access.h"
#include "values/value_ops.h"

namespace fourd {

using namespace lang;

namespace {

// Keeps Process::tryDepth balanced whichever way the protected code exits.
struct TryDepthScope {
  explicit TryDepthScope(Process& p) : p_(p) { ++p_.tryDepth; }
  ~TryDepthScope() { --p_.tryDepth; }
  Process& p_;
};

// Break and Continue end the loop body; Break and Return end the loop.
bool loopEnds(Flow& flow) {
  if (flow == Flow::Continue) flow = Flow::Normal;
  return flow == Flow::Break || flow == Flow::Return;
}

Flow afterLoop(Flow flow) { return flow == Flow::Return ? Flow::Return : Flow::Normal; }

}  // namespace

void Exec::throwStopped() { throw CallChainAborted{}; }

bool Exec::condition(const Expr* e) {
  Value v = eval(e);
  return v.kind() == Kind::Boolean ? v.asBool() : isTruthy(v);
}

// Inlined into block, its one caller: a statement costs one call less.
[[gnu::always_inline]] inline Flow Exec::stmt(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::Expression: eval(static_cast<const ExprStmt*>(s)->expr.get()); return Flow::Normal;
    case StmtKind::Assign: return assignStmt(*static_cast<const AssignStmt*>(s));
    case StmtKind::VarDecl: varDecl(*static_cast<const VarDeclStmt*>(s)); return Flow::Normal;
    case StmtKind::If: {
      auto* i = static_cast<const IfStmt*>(s);
      return condition(i->cond.get()) ? block(i->thenBody) : block(i->elseBody);
    }
    case StmtKind::Case: {
      auto* c = static_cast<const CaseStmt*>(s);
      for (const CaseBranch& branch : c->branches) {
        f_.line = branch.pos.line;
        if (condition(branch.cond.get())) return block(branch.body);
      }
      return block(c->elseBody);
    }
    case StmtKind::While: {
      auto* w = static_cast<const WhileStmt*>(s);
      Flow flow = Flow::Normal;
      while (condition(w->cond.get())) {
        checkStop();
        flow = block(w->body);
        if (loopEnds(flow)) break;
      }
      return afterLoop(flow);
    }
    case StmtKind::Repeat: {
      auto* r = static_cast<const RepeatStmt*>(s);
      Flow flow = Flow::Normal;
      do {
        checkStop();
        flow = block(r->body);
        if (loopEnds(flow)) break;
      } while (!condition(r->until.get()));
      return afterLoop(flow);
    }
    case StmtKind::For: return forLoop(*static_cast<const ForStmt*>(s));
    case StmtKind::ForEach: return forEachLoop(*static_cast<const ForEachStmt*>(s));
    case StmtKind::Break: return Flow::Break;
    case StmtKind::Continue: return Flow::Continue;
    case StmtKind::Return: {
      auto* r = static_cast<const ReturnStmt*>(s);
      if (r->value) {
        f_.returned = eval(r->value.get());
        f_.hasReturned = true;
      }
      return Flow::Return;
    }
    case StmtKind::Try: return tryStmt(*static_cast<const TryStmt*>(s));
    case StmtKind::Use: return useStmt(*static_cast<const UseStmt*>(s));
    case StmtKind::Throw: throwError(static_cast<const ThrowStmt*>(s)->args); return Flow::Normal;
  }
  return Flow::Normal;
}

Flow Exec::block(const Block& b) {
  for (const StmtPtr& s : b) {
    f_.line = s->pos.line;
    Flow flow;
    try {
      flow = stmt(s.get());
    } catch (RuntimeError& e) {
      handleStatementError(p_, f_, e);
      continue;
    }
    if (flow != Flow::Normal) return flow;
  }
  return Flow::Normal;
}

Flow Exec::forLoop(const ForStmt& f) {
  double start = toNumber(eval(f.start.get()));
  double end = toNumber(eval(f.end.get()));
  double step = f.step ? toNumber(eval(f.step.get())) : 1;
  if (step == 0) throw RuntimeError(-10741, "The step of a For loop cannot be 0");
  int slot = f.counter->kind == ExprKind::LocalVar ? static_cast<const LocalVarExpr*>(f.counter.get())->slot : -1;
  if (slot >= 0) return forLoopInSlot(f, slot, start, end, step);
  auto counter = [&] { return toNumber(eval(f.counter.get())); };
  assign(f.counter.get(), Value::real(start));
  Flow flow = Flow::Normal;
  for (;;) {
    double current = counter();
    if (step > 0 ? current > end : current < end) break;
    checkStop();
    flow = block(f.body);
    if (loopEnds(flow)) break;
    assign(f.counter.get(), Value::real(counter() + step));
  }
  return afterLoop(flow);
}

Flow Exec::forLoopInSlot(const ForStmt& f, int slot, double start, double end, double step) {
  // A local counter is read and stepped in its slot, without going through eval and assign; the body may still
  // assign it (even something else than a number).
  Value& counter = f_.slots[slot];
  lang::TypeKind type = f_.slotTypes ? f_.slotTypes[slot] : lang::TypeKind::None;
  auto current = [&] { return counter.isNumber() ? counter.asNumber() : toNumber(counter); };
  const bool ascending = step > 0;
  // An Integer counter with a whole step moves in integers: the values the doubles below would give while both
  // hold them exactly, without two conversions a turn.
  const bool wholeSteps =
      type == lang::TypeKind::Integer && std::fabs(step) < kExactIntegers && step == std::trunc(step);
  const auto intStep = wholeSteps ? static_cast<int64_t>(step) : 0;
  auto exact = [](int64_t n) { return n >= -kExactIntegersInt && n <= kExactIntegersInt; };
  storeNumber(type, counter, start);
  Flow flow = Flow::Normal;
  for (;;) {
    double value = current();
    if (ascending ? value > end : value < end) break;
    checkStop();
    flow = block(f.body);
    if (loopEnds(flow)) break;
    if (wholeSteps && counter.kind() == Kind::Longint && exact(counter.asLongint()) &&
        exact(counter.asLongint() + intStep)) [[likely]]
      counter.setLongint(counter.asLongint() + intStep);
    else
      storeNumber(type, counter, current() + step);
  }
  return afterLoop(flow);
}

Flow Exec::forEachLoop(const ForEachStmt& f) {
  Value source = eval(f.source.get());
  if (source.isNull() || source.isUndefined()) return Flow::Normal;
  std::vector<Value> keys;
  const std::vector<Value>* items = nullptr;
  std::optional<StableView<std::vector<Value>>> collectionItems;
  if (source.isCollection()) {
    collectionItems.emplace(source.asCollection()->items, source.asCollection()->shared.get());
    items = &**collectionItems;
  } else if (source.isObject()) {
    auto props = propsOf(*source.asObject());
    for (const auto& prop : *props) keys.push_back(Value::text(prop.first));
    items = &keys;
  } else {
    throw RuntimeError(-10741, "For each expects a collection or an object");
  }
  auto bound = [&](const ExprPtr& e, double fallback) { return e ? toNumber(eval(e.get())) : fallback; };
  double size = static_cast<double>(items->size());
  double begin = bound(f.begin, 0), end = bound(f.end, size);
  if (begin < 0) begin += size;
  if (end < 0) end += size;
  // Within [0, size], NaN at 0: a double out of size_t's range has no conversion.
  begin = begin > 0 ? std::min(begin, size) : 0;
  Flow flow = Flow::Normal;
  for (size_t i = static_cast<size_t>(begin); i < items->size() && static_cast<double>(i) < end; ++i) {
    checkStop();
    if (f.guard == LoopGuard::While && !condition(f.guardCond.get())) break;
    assign(f.item.get(), (*items)[i]);
    flow = block(f.body);
    if (loopEnds(flow)) break;
    if (f.guard == LoopGuard::Until && condition(f.guardCond.get())) break;
  }
  return afterLoop(flow);
}

Flow Exec::tryStmt(const TryStmt& t) {
  p_.errors.clear();
  {
    DeferredErrors deferred(p_);  // the body's; those the method threw before stay for its end
    try {
      TryDepthScope scope(p_);
      Flow flow = block(t.body);
      if (!deferred.raise()) return flow;
    } catch (RuntimeError& e) {
      deferred.drop();
      recordError(p_, f_, e.info());
    }
  }  // before the Catch body, whose own deferred errors are the method's
  return block(t.catchBody);
}

Flow Exec::useStmt(const UseStmt& u) {
  Value target = eval(u.object.get());
  SharedGroup* group = sharedGroupOf(target);
  if (!group) throw RuntimeError(-10720, "Use expects a shared object or a shared collection");
  UseScope scope(p_.held, group);
  return block(u.body);
}

void Exec::throwError(const ExprList& list) {
  std::vector<Value> values = args(list);
  if (values.empty()) {
    if (p_.errors.empty()) throw RuntimeError(-10741, "throw without parameters is only valid after an error");
    throw RuntimeError(p_.errors.back());
  }
  ErrorInfo info;
  info.component = "";
  if (values[0].isObject()) {
    const ObjectData& o = *values[0].asObject();
    if (const Value* code = o.find("errCode")) info.code = static_cast<int>(truncatedInteger(toNumber(*code)));
    if (const Value* message = o.find("message")) info.message = toText(*message);
    if (const Value* component = o.find("componentSignature")) info.component = toText(*component);
    if (const Value* deferred = o.find("deferred"); deferred && isTruthy(*deferred)) {
      recordError(p_, f_, info);
      p_.deferredErrors.push_back({f_.serial, std::move(info)});
      return;
    }
  } else {
    info.code = static_cast<int>(truncatedInteger(toNumber(values[0])));
    if (values.size() > 1) info.message = toText(values[1]);
  }
  throw RuntimeError(std::move(info));
}

}  // namespace fourd
