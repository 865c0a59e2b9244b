#include "interp/user_class.h"

#include "interp/invoke.h"
#include "interp/member_names.h"
#include "process/process.h"

namespace fourd {

UserClass::UserClass(std::shared_ptr<lang::Module> module) : module_(std::move(module)), decl_(module_->cls.get()) {}

void UserClass::compile(const ResolveContext& ctx) {
  auto compileOne = [&](lang::FunctionDecl& f) {
    auto out = std::make_unique<CompiledFunction>();
    resolveFunction(f, *out, ctx);
    out->displayName = decl_->name + "." + (f.kind == lang::FunctionKind::Constructor ? "constructor" : f.name);
    out->owner = this;
    return out;
  };
  if (decl_->constructor) constructor_ = compileOne(*decl_->constructor);
  for (auto& f : decl_->functions) {
    Table* table = f->kind == lang::FunctionKind::Getter   ? &getters_
                   : f->kind == lang::FunctionKind::Setter ? &setters_
                                                           : &functions_;
    table->emplace_back(f->name, compileOne(*f));
  }
}

void UserClass::link() {
  for (const UserClass* c = this; c; c = c->userSuper()) {
    for (const auto& [name, fn] : c->functions_)
      if (!method(name)) methods_.emplace_back(name, MethodEntry{this, fn.get()});
    hasAccessors_ = hasAccessors_ || !c->getters_.empty() || !c->setters_.empty();
  }
  ClassDef* base = super_.get();
  while (auto* u = dynamic_cast<UserClass*>(base)) base = u->super_.get();
  // A class built on a native class (4D.*) lets it answer for its members.
  interceptsProperties_ = hasAccessors_ || base != nullptr;
}

const MethodEntry* UserClass::method(std::string_view member) const {
  for (const auto& [name, entry] : methods_)
    if (sameName(name, member)) return &entry;
  return nullptr;
}

UserClass* UserClass::userSuper() const { return dynamic_cast<UserClass*>(super_.get()); }

const CompiledFunction* UserClass::find(const Table UserClass::*table, std::string_view member) const {
  for (const UserClass* c = this; c; c = c->userSuper()) {
    for (const auto& [name, fn] : c->*table)
      if (sameName(name, member)) return fn.get();
  }
  return nullptr;
}

bool UserClass::get(CallContext& ctx, const Value& self, std::string_view member, Value& out) {
  if (hasAccessors_) {
    if (const CompiledFunction* getter = find(&UserClass::getters_, member)) {
      std::vector<Value> none;
      out = invokeFunction(static_cast<Process&>(ctx), *getter, self, none);
      return true;
    }
  }
  ClassDef* base = super_.get();
  while (auto* u = dynamic_cast<UserClass*>(base)) base = u->super_.get();
  return base && base->get(ctx, self, member, out);
}

bool UserClass::set(CallContext& ctx, const Value& self, std::string_view member, const Value& value) {
  if (hasAccessors_) {
    if (const CompiledFunction* setter = find(&UserClass::setters_, member)) {
      std::vector<Value> args{value};
      invokeFunction(static_cast<Process&>(ctx), *setter, self, args);
      return true;
    }
    if (find(&UserClass::getters_, member))
      throw RuntimeError(-10700, "The property '" + std::string(member) + "' is read-only");
  }
  return false;
}

bool UserClass::call(CallContext& ctx, const Value& self, std::string_view member, std::vector<Value>& args,
                     Value& out) {
  if (const MethodEntry* entry = method(member)) {
    out = invokeFunction(static_cast<Process&>(ctx), *entry->fn, self, args);
    return true;
  }
  ClassDef* base = super_.get();
  while (auto* u = dynamic_cast<UserClass*>(base)) base = u->super_.get();
  return base && base->call(ctx, self, member, args, out);
}

bool UserClass::hasFunction(std::string_view member) const { return method(member) != nullptr; }

void UserClass::construct(CallContext& ctx, const Value& self, std::vector<Value>& args) {
  for (UserClass* c = this; c; c = c->userSuper()) {
    if (c->constructor_) {
      invokeFunction(static_cast<Process&>(ctx), *c->constructor_, self, args);
      return;
    }
  }
}

bool UserClass::callStatic(CallContext& ctx, std::string_view member, std::vector<Value>& args, Value& out) {
  if (member != "new") return false;
  auto instance = make<ObjectData>();
  instance->cls = Ref<ClassDef>(this);
  out = Value::object(std::move(instance));
  construct(ctx, out, args);
  return true;
}

}  // namespace fourd
