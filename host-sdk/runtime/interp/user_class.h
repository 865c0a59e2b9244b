// A class of the project (Project/Sources/Classes/Name.4dm): constructor, functions, computed properties,
// inheritance. Instances are ObjectData whose `cls` is the UserClass.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "interp/compiled_function.h"
#include "interp/resolver.h"
#include "values/class_def.h"

namespace fourd {

// A class function as an instance of `cls` reaches it (its own or inherited). Immutable once the project is
// linked, and as long-lived as the class: call sites keep a pointer to the last one they ran.
struct MethodEntry {
  const ClassDef* cls;
  const CompiledFunction* fn;
};

class UserClass final : public ClassDef {
 public:
  explicit UserClass(std::shared_ptr<lang::Module> module);

  std::string_view name() const override { return decl_->name; }
  std::string_view nameSpace() const override { return "cs"; }
  ClassDef* superclass() const override { return super_.get(); }
  void setSuperclass(Ref<ClassDef> super) { super_ = std::move(super); }
  const lang::ClassDecl& decl() const { return *decl_; }

  void compile(const ResolveContext& ctx);
  // Once every class of the project is compiled: the function table of instances (own functions first, then
  // the superclasses'), and whether property access must go through the class.
  void link();
  // What `instance.member(...)` runs, or null.
  const MethodEntry* method(std::string_view member) const;

  bool get(CallContext& ctx, const Value& self, std::string_view member, Value& out) override;
  bool set(CallContext& ctx, const Value& self, std::string_view member, const Value& value) override;
  bool call(CallContext& ctx, const Value& self, std::string_view member, std::vector<Value>& args,
            Value& out) override;
  bool hasFunction(std::string_view member) const override;
  bool callStatic(CallContext& ctx, std::string_view member, std::vector<Value>& args, Value& out) override;

  UserClass* userSuper() const;  // the superclass when it is a project class too
  // Runs the nearest constructor from this class upwards (Super(...) runs the next one).
  void construct(CallContext& ctx, const Value& self, std::vector<Value>& args);

 private:
  // Classes have few members: a linear scan beats hashing the name on every call.
  using Table = std::vector<std::pair<std::string, std::unique_ptr<CompiledFunction>>>;
  const CompiledFunction* find(const Table UserClass::*table, std::string_view member) const;

  std::shared_ptr<lang::Module> module_;
  lang::ClassDecl* decl_;
  Ref<ClassDef> super_;
  std::unique_ptr<CompiledFunction> constructor_;
  Table functions_, getters_, setters_;
  std::vector<std::pair<std::string, MethodEntry>> methods_;  // after link()
  bool hasAccessors_ = false;  // this class or an ancestor has get/set: property reads must look
};

}  // namespace fourd
