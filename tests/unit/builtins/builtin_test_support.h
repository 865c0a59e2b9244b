// Calling built-ins from unit tests: the registry filled once, and a CallContext whose formulas are C++ lambdas.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "builtins/builtins.h"
#include "builtins/registry.h"
#include "interp/call_context.h"
#include "values/class_def.h"
#include "values/value.h"

namespace fourd::test {

inline Registry& builtins() {
  static bool registered = (registerBuiltins(Registry::global()), true);
  (void)registered;
  return Registry::global();
}

// Every formula called through this context runs `formula` with the arguments the built-in passed.
class LambdaContext : public CallContext {
 public:
  std::function<Value(std::vector<Value>&)> formula;
  int calls = 0;

  Value callFormula(const Value&, const Value&, std::vector<Value> args) override {
    ++calls;
    return formula(args);
  }
  Value callFunction(const Value&, std::string_view, std::vector<Value>) override { return Value(); }
  const std::string& projectFolder() const override { return folder_; }
  std::string_view processName() const override { return "test"; }
  std::shared_ptr<Mailbox> mailbox() override { return nullptr; }
  std::shared_ptr<void> keepAlive() override { return nullptr; }
  Value lastErrors() const override { return Value(); }
  void setOK(bool) override {}  // the lang tests check OK, through a process

 private:
  std::string folder_;
};

inline Value text(const char* s) { return Value::text(std::string(s)); }
inline Value num(double d) { return Value::real(d); }

inline Value collectionOf(std::vector<Value> items) {
  auto c = make<CollectionData>();
  c->items = std::move(items);
  return Value::collection(c);
}

inline Value objectOf(std::vector<std::pair<std::string, Value>> props) {
  auto o = make<ObjectData>();
  o->props = std::move(props);
  return Value::object(o);
}

inline Value command(const char* name, std::vector<Value> args) {
  LambdaContext ctx;
  const CommandDef* def = builtins().command(name);
  if (!def) throw std::runtime_error(std::string("no command ") + name);
  return def->fn(ctx, args, def->data);
}

inline Value member(CallContext& ctx, const Value& self, const char* name, std::vector<Value> args) {
  MemberFn fn = self.isBlob() ? builtins().blobFunction(name) : builtins().collectionFunction(name);
  if (!fn) throw std::runtime_error(std::string("no member function ") + name);
  return fn(ctx, self, args);
}

inline Value member(const Value& self, const char* name, std::vector<Value> args = {}) {
  LambdaContext ctx;
  return member(ctx, self, name, std::move(args));
}

}  // namespace fourd::test
