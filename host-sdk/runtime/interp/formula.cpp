#include "interp/formula.h"

#include "interp/invoke.h"
#include "process/process.h"
#include "process/shared_values.h"
#include "values/errors.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

const int kFormulaTag = 0;

class FunctionClassDef final : public ClassDef {
 public:
  std::string_view name() const override { return "Function"; }
  std::string_view nameSpace() const override { return "4D"; }

  bool get(CallContext&, const Value& self, std::string_view member, Value& out) override {
    if (member != "source") return false;
    const FormulaData* f = formulaOf(self);
    out = Value::text(f ? f->source : "");
    return true;
  }
  bool set(CallContext&, const Value&, std::string_view member, const Value&) override {
    if (member == "source") throw RuntimeError(-10700, "The source of a formula is read-only");
    return false;
  }
  bool call(CallContext& ctx, const Value& self, std::string_view member, std::vector<Value>& args,
            Value& out) override {
    auto& p = static_cast<Process&>(ctx);
    if (member == "call") {
      Value thisObject = args.empty() ? Value() : args.front();
      std::vector<Value> rest(args.size() > 1 ? args.begin() + 1 : args.end(), args.end());
      out = invokeFormula(p, self, thisObject, rest);
      return true;
    }
    if (member == "apply") {
      Value thisObject = args.empty() ? Value() : args.front();
      std::vector<Value> rest;
      if (args.size() > 1) {
        if (!args[1].isCollection()) throw RuntimeError(-10741, "apply() expects a collection of parameters");
        rest = args[1].asCollection()->items;
      }
      out = invokeFormula(p, self, thisObject, rest);
      return true;
    }
    return false;
  }
  bool hasFunction(std::string_view member) const override { return member == "call" || member == "apply"; }
  bool callStatic(CallContext&, std::string_view, std::vector<Value>&, Value&) override { return false; }
};

}  // namespace

ClassDef* functionClass() {
  static const Ref<ClassDef> cls = make<FunctionClassDef>();
  return cls.get();
}

Value makeFormula(FormulaData data) {
  auto o = make<ObjectData>();
  o->cls = Ref<ClassDef>(functionClass());
  o->native = std::make_unique<NativeSlot>();
  o->native->native = new FormulaData(std::move(data));
  o->native->finalize = [](void* p, void*) { delete static_cast<FormulaData*>(p); };
  o->native->tag = &kFormulaTag;
  return Value::object(std::move(o));
}

const FormulaData* formulaOf(const Value& v) {
  if (!v.isObject()) return nullptr;
  const NativeSlot* slot = v.asObject()->native.get();
  return slot && slot->tag == &kFormulaTag ? static_cast<const FormulaData*>(slot->native) : nullptr;
}

Value copyFormulaForWorker(const Value& formula) {
  const FormulaData* f = formulaOf(formula);
  if (!f) return formula;
  FormulaData copy = *f;
  for (auto& [slot, value] : copy.captured)
    if (!sharedGroupOf(value)) value = formulaOf(value) ? copyFormulaForWorker(value) : deepCopy(value);
  return makeFormula(std::move(copy));
}

}  // namespace fourd
