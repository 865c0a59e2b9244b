#include "interp/invoke.h"

#include <memory>
#include <new>
#include <optional>
#include <string>

#include "builtins/registry.h"
#include "interp/engine.h"
#include "interp/error_handling.h"
#include "interp/exec.h"
#include "interp/project.h"
#include "interp/formula.h"
#include "interp/shared_collection_calls.h"
#include "interp/typed_defaults.h"
#include "values/errors.h"
#include "values/shared_access.h"

namespace fourd {

namespace {

// Deeper 4D recursion raises a 4D error instead of exhausting the worker's native stack.
constexpr int kMaxCallDepth = 10000;
constexpr int kInlineSlots = 8;
constexpr int kStackOverflow = -10750;
constexpr int kFunctionNotFound = -10733;
constexpr int kMethodNotFound = -10724;

[[noreturn, gnu::cold, gnu::noinline]] void throwStackOverflow() {
  throw RuntimeError(kStackOverflow, "Stack overflow: more than " + std::to_string(kMaxCallDepth) + " nested calls");
}

// Enters a new activation on the process: depth accounting, the frame chain and the deferred errors it leaves.
class Activation {
 public:
  [[gnu::always_inline]] Activation(Process& p, Frame& frame, int frameSize) : p_(p), frame_(frame) {
    if (p_.stopRequested.load(std::memory_order_relaxed)) throw CallChainAborted{};
    if (p_.callDepth >= kMaxCallDepth) throwStackOverflow();
    ++p_.callDepth;
    if (frameSize > kInlineSlots) {
      heap_ = std::make_unique<Value[]>(static_cast<size_t>(frameSize));
      frame_.slots = heap_.get();
    } else {
      // Only the slots the frame uses are constructed: zeroing a fixed array costs more than the call.
      frame_.slots = std::launder(reinterpret_cast<Value*>(inline_));
      std::uninitialized_default_construct_n(frame_.slots, frameSize);
      inlineCount_ = frameSize;
    }
    frame_.frameSize = frameSize;
    frame_.caller = p_.frame;
    frame_.serial = ++p_.frameSerial;
    p_.frame = &frame_;
  }
  // Inlined by force: every call ends here, and GCC stopped inlining it once it dropped deferred errors too
  // (method calls took 4% longer).
  [[gnu::always_inline]] ~Activation() {
    if (!p_.deferredErrors.empty()) [[unlikely]]
      dropFrameDeferred(p_, frame_.serial);
    if (inlineCount_) std::destroy_n(frame_.slots, inlineCount_);
    p_.frame = frame_.caller;
    --p_.callDepth;
  }
  Activation(const Activation&) = delete;
  Activation& operator=(const Activation&) = delete;

  // Raises the errors this activation threw deferred, if any, as it returns (the last one is thrown).
  void raiseDeferred() {
    if (!p_.deferredErrors.empty()) [[unlikely]]
      raiseFrameDeferred(p_, frame_.serial);
  }

 private:
  Process& p_;
  Frame& frame_;
  alignas(Value) unsigned char inline_[kInlineSlots * sizeof(Value)];
  int inlineCount_ = 0;
  std::unique_ptr<Value[]> heap_;
};

[[noreturn]] void noSuchFunction(std::string_view member, std::string_view on) {
  throw RuntimeError(kFunctionNotFound,
                     "The function '" + std::string(member) + "' is not defined for " + std::string(on));
}

}  // namespace

Value invokeFunction(Process& p, const CompiledFunction& fn, const Value& self, std::vector<Value>& args) {
  Frame frame(&fn, fn.slotTypes.data(), &self, &args, fn.displayName, 0);
  Activation activation(p, frame, fn.frameSize);
  for (const auto& [slot, initial] : fn.initialValues) frame.slots[slot] = initial;
  size_t passed = std::min(args.size(), fn.paramSlots.size());
  for (size_t i = 0; i < fn.paramSlots.size(); ++i) {
    int slot = fn.paramSlots[i];
    if (slot >= 0) frame.slots[slot] = convertToType(fn.slotTypes[slot], i < passed ? args[i] : Value());
  }
  // A C_xxx(${n}) types the parameters that ${i} reads from the arguments (those no $N names).
  if (fn.typedFrom > 0)
    for (size_t i = static_cast<size_t>(fn.typedFrom - 1); i < args.size(); ++i)
      args[i] = convertToType(fn.typedFromType, std::move(args[i]));
  Exec(p, frame).block(fn.decl->body);
  activation.raiseDeferred();
  if (frame.hasReturned)
    return fn.decl->hasResult ? convertToType(fn.decl->resultType.kind, std::move(frame.returned))
                              : std::move(frame.returned);
  return fn.resultSlot >= 0 ? frame.slots[fn.resultSlot] : Value();
}

Value callMethod(Process& p, const CompiledFunction& fn, std::vector<Value> args) {
  return invokeFunction(p, fn, Value(), args);
}

Value invokeFormula(Process& p, const Value& formula, const Value& self, std::vector<Value>& args) {
  if (formula.isText()) {  // callbacks may name a project method instead ($c.filter("isPositive"))
    const CompiledFunction* method = p.engine().project->method(formula.asText());
    if (!method) throw RuntimeError(kMethodNotFound, "Method not found: " + formula.asText());
    return invokeFunction(p, *method, self, args);
  }
  const FormulaData* f = formulaOf(formula);
  if (!f) throw RuntimeError(kFunctionNotFound, "The value is not a formula");
  // Formula(myMethod) passes the formula's own parameters on to the method.
  if (f->expr->body->kind == lang::ExprKind::MethodCall) {
    auto& call = static_cast<const lang::MethodCallExpr&>(*f->expr->body);
    if (!call.hasParens && call.args.empty() && call.method)
      return invokeFunction(p, *static_cast<const CompiledFunction*>(call.method), self, args);
  }
  // A formula reports its errors at the caller's method and line.
  const Frame* caller = p.frame;
  Frame frame(nullptr, nullptr, &self, &args, caller ? caller->name : std::string_view("Formula"),
              caller ? caller->line : 0);
  Activation activation(p, frame, f->expr->frameSize);
  for (const auto& [slot, value] : f->captured) frame.slots[slot] = value;
  return Exec(p, frame).eval(f->expr->body.get());
}

Value callMemberFunction(Process& p, const Value& object, std::string_view member, std::vector<Value>& args) {
  switch (object.kind()) {
    case Kind::Object: {
      ObjectData* o = object.asObject();
      Value out;
      if (o->cls && o->cls->call(p, object, member, args, out)) return out;
      std::optional<Value> prop = readProperty(*o, member);
      if (prop && formulaOf(*prop)) return invokeFormula(p, *prop, object, args);
      noSuchFunction(member, o->cls ? "an object of class " + std::string(o->cls->name()) : "this object");
    }
    case Kind::Collection:
      if (MemberFn fn = Registry::global().collectionFunction(member)) {
        if (object.asCollection()->shared)
          return callOnSharedCollection(p, fn, Registry::global().collectionAccess(member), object, args);
        return fn(p, object, args);
      }
      noSuchFunction(member, "a collection");
    case Kind::Blob:
      if (MemberFn fn = Registry::global().blobFunction(member)) return fn(p, object, args);
      noSuchFunction(member, "a blob");
    case Kind::Null: noSuchFunction(member, "Null");
    case Kind::Undefined: noSuchFunction(member, "an undefined value");
    default: noSuchFunction(member, "a scalar value");
  }
}

}  // namespace fourd
