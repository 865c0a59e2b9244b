#include <atomic>
#include <string>

#include "builtins/registry.h"
#include "interp/borrowed_args.h"
#include "interp/engine.h"
#include "interp/error_handling.h"
#include "interp/exec.h"
#include "interp/formula.h"
#include "interp/formula_source.h"
#include "interp/invoke.h"
#include "interp/project.h"
#include "interp/user_class.h"
#include "lang/command_list.h"
#include "values/errors.h"
#include "values/value_ops.h"

namespace fourd {

using namespace lang;

namespace {

// As written, with the number a tokenized name carries and the English name the 4D list gives it: a project saved
// in another language shows which command the host lacks.
std::string unknownCommandName(const CommandExpr& c) {
  if (c.number < 0) return c.name;
  std::string_view english = lang::commandName(c.number);
  std::string named = c.name + " (command " + std::to_string(c.number);
  if (!english.empty() && english != c.name) named += ", " + std::string(english);
  return named + ")";
}
constexpr int kUnknownCommand = -10722;
constexpr int kWrongArgumentCount = -10723;
constexpr int kMethodNotFound = -10724;

// An out parameter is written back only where the caller passed a variable, property or element.
bool isAssignable(const Expr& e) {
  switch (e.kind) {
    case ExprKind::LocalVar:
    case ExprKind::ProcessVar:
    case ExprKind::InterprocessVar:
    case ExprKind::Member:
    case ExprKind::Index:
    case ExprKind::ParamIndirect:
    case ExprKind::CharIndex:
    case ExprKind::Element:
    case ExprKind::Deref: return true;
    default: return false;
  }
}
}  // namespace

Value Exec::command(const CommandExpr& c) {
  const CommandDef* def = c.def ? c.def : Registry::global().command(c.key);
  if (!def) throw RuntimeError(kUnknownCommand, "Unknown command: " + unknownCommandName(c));
  auto count = static_cast<int>(c.args.size());
  if (count < def->minArgs || (def->maxArgs >= 0 && count > def->maxArgs))
    throw RuntimeError(kWrongArgumentCount, "Wrong number of parameters for " + def->name);
  if (def->skipped && def->skipped(p_)) return Value();
  BorrowedArgs borrowed(p_);
  std::vector<Value>& values = *borrowed;
  evalArgs(c.args, values);
  Value result = def->fn(p_, values, def->data);
  for (uint32_t i = 0, bits = def->outParams; bits && i < values.size(); ++i, bits >>= 1)
    if ((bits & 1) && isAssignable(*c.args[i])) assign(c.args[i].get(), std::move(values[i]));
  return result;
}

Value Exec::methodCall(const MethodCallExpr& c) {
  auto* fn = static_cast<const CompiledFunction*>(c.method);
  if (!fn) fn = p_.engine().project->method(c.key);
  if (!fn) throw RuntimeError(kMethodNotFound, "Method not found: " + c.name);
  BorrowedArgs values(p_);
  evalArgs(c.args, *values);
  return invokeFunction(p_, *fn, Value(), *values);
}

Value Exec::memberCall(const MemberCallExpr& c) {
  if (c.object->kind == ExprKind::Super) {
    UserClass* owner = f_.fn ? f_.fn->owner : nullptr;
    ClassDef* super = owner ? owner->superclass() : nullptr;
    if (!super) throw RuntimeError(-10700, "Super is only available in a class that extends another class");
    std::vector<Value> values = args(c.args);
    Value out;
    if (!super->call(p_, *f_.self, c.name, values, out))
      throw RuntimeError(-10733, "The function '" + c.name + "' is not defined in " + std::string(super->name()));
    return out;
  }
  // A called function cannot reassign this frame's variables, so the variable itself can serve as This.
  Value holder;
  const Value* peeked = peek(c.object.get());
  const Value& object = peeked ? *peeked : (holder = eval(c.object.get()));
  BorrowedArgs values(p_);
  evalArgs(c.args, *values);
  // The two common cases skip the lookup by name: a class function this call site ran before, and a function
  // of an unshared collection (shared ones need the locking callMemberFunction arranges).
  if (object.isObject() && object.asObject()->cls) {
    if (const MethodEntry* method = classMethod(c, *object.asObject()->cls))
      return invokeFunction(p_, *method->fn, object, *values);
  } else if (object.isCollection() && c.collectionFunction && !object.asCollection()->shared) {
    return c.collectionFunction(p_, object, *values);
  }
  return callMemberFunction(p_, object, c.name, *values);
}

const MethodEntry* Exec::classMethod(const MemberCallExpr& c, const ClassDef& cls) {
  // Workers share the tree: the cache is one pointer to an immutable entry, read and written atomically.
  std::atomic_ref<const MethodEntry*> cache(c.methodCache);
  const MethodEntry* method = cache.load(std::memory_order_relaxed);
  if (method && method->cls == &cls) return method;
  auto* user = dynamic_cast<const UserClass*>(&cls);
  method = user ? user->method(c.name) : nullptr;
  if (method) cache.store(method, std::memory_order_relaxed);
  return method;
}

Value Exec::call(const CallExpr& c) {
  if (c.callee->kind == ExprKind::Index) {
    auto* index = static_cast<const IndexExpr*>(c.callee.get());
    Value object = eval(index->object.get());
    Value name = eval(index->index.get());
    std::vector<Value> values = args(c.args);
    return callMemberFunction(p_, object, toText(name), values);
  }
  Value callee = eval(c.callee.get());
  if (!formulaOf(callee)) throw RuntimeError(-10733, "The expression is not a formula and cannot be called");
  std::vector<Value> values = args(c.args);
  return invokeFormula(p_, callee, Value(), values);
}

Value Exec::superCall(const SuperCallExpr& c) {
  UserClass* owner = f_.fn ? f_.fn->owner : nullptr;
  if (!owner || !owner->superclass())
    throw RuntimeError(-10700, "Super() is only available in the constructor of a class that extends another class");
  std::vector<Value> values = args(c.args);
  if (UserClass* parent = owner->userSuper()) parent->construct(p_, *f_.self, values);
  return Value();
}

Value Exec::formula(const FormulaExpr& f) {
  FormulaData data;
  data.expr = &f;
  data.source = f.source;
  data.captured.reserve(f.captures.size());
  for (const FormulaCapture& c : f.captures) data.captured.emplace_back(c.innerSlot, f_.slots[c.outerSlot]);
  return makeFormula(std::move(data));
}

Value Exec::formulaFromString(const FormulaFromStringExpr& f) {
  std::vector<Value> values = args(f.args);
  if (values.empty() || !values[0].isText()) throw RuntimeError(-10741, "Formula from string expects a text");
  return compileFormulaSource(p_.engine(), values[0].asText());
}

Value Exec::tryExpr(const TryExpr& t) {
  p_.errors.clear();
  ++p_.tryDepth;
  try {
    Value v = eval(t.body.get());
    --p_.tryDepth;
    return v;
  } catch (RuntimeError& e) {
    --p_.tryDepth;
    recordError(p_, f_, e.info());
    return Value();
  }
}

}  // namespace fourd
