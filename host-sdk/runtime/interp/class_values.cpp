#include "interp/class_values.h"

#include <mutex>
#include <unordered_map>

#include "builtins/registry.h"
#include "interp/engine.h"
#include "interp/project.h"
#include "process/process.h"

namespace fourd {

namespace {

const int kClassObjectTag = 0;

// The class of class objects. The class a class object stands for lives in its native slot.
class ClassObjectDef final : public ClassDef {
 public:
  std::string_view name() const override { return "Class"; }
  std::string_view nameSpace() const override { return "4D"; }
  bool get(CallContext& ctx, const Value& self, std::string_view member, Value& out) override {
    ClassDef* target = classOfValue(self);
    if (member == "name") {
      out = Value::text(std::string(target->name()));
      return true;
    }
    if (member == "superclass") {
      out = target->superclass() ? classValue(ctx, target->superclass()) : Value::null();
      return true;
    }
    return false;
  }
  bool set(CallContext&, const Value&, std::string_view member, const Value&) override {
    if (member == "name" || member == "superclass") throw RuntimeError(-10700, "The class property is read-only");
    return false;
  }
  bool call(CallContext& ctx, const Value& self, std::string_view member, std::vector<Value>& args,
            Value& out) override {
    return classOfValue(self)->callStatic(ctx, member, args, out);
  }
  bool hasFunction(std::string_view member) const override { return member == "new"; }
  bool callStatic(CallContext&, std::string_view, std::vector<Value>&, Value&) override { return false; }
};

// A class store: looking up a member finds a class by name.
class ClassStoreDef final : public ClassDef {
 public:
  using Lookup = ClassDef* (*)(CallContext& ctx, std::string_view name);
  ClassStoreDef(std::string_view storeName, Lookup lookup) : storeName_(storeName), lookup_(lookup) {}
  std::string_view name() const override { return storeName_; }
  std::string_view nameSpace() const override { return "4D"; }
  bool get(CallContext& ctx, const Value&, std::string_view member, Value& out) override {
    ClassDef* cls = lookup_(ctx, member);
    out = cls ? classValue(ctx, cls) : Value();
    return true;
  }
  bool set(CallContext&, const Value&, std::string_view, const Value&) override {
    throw RuntimeError(-10700, "A class store is read-only");
  }
  bool call(CallContext&, const Value&, std::string_view, std::vector<Value>&, Value&) override { return false; }
  bool hasFunction(std::string_view) const override { return false; }
  bool callStatic(CallContext&, std::string_view, std::vector<Value>&, Value&) override { return false; }

 private:
  std::string_view storeName_;
  Lookup lookup_;
};

ClassDef* findUserClass(CallContext& ctx, std::string_view name) {
  const Project* project = static_cast<Process&>(ctx).engine().project.get();
  return project ? project->userClass(name) : nullptr;
}

ClassDef* findFourDClass(CallContext&, std::string_view name) { return Registry::global().fourDClass(name); }

Value storeValue(Ref<ClassDef> def) {
  auto o = make<ObjectData>();
  o->cls = std::move(def);
  return Value::object(std::move(o));
}

}  // namespace

Value classValue(CallContext& ctx, ClassDef* cls) {
  static const Ref<ClassDef> meta = make<ClassObjectDef>();
  // Kept by the host's engine, and gone with it: a class object holds its class, and a project's classes must not
  // outlive the Runtime that loaded them.
  Engine& engine = static_cast<Process&>(ctx).engine();
  std::lock_guard lock(engine.classObjectsMutex);
  Value& slot = engine.classObjects[cls];
  if (slot.isUndefined()) {
    auto o = make<ObjectData>();
    o->cls = meta;
    o->native = std::make_unique<NativeSlot>();
    retain(cls);
    o->native->native = cls;
    o->native->finalize = [](void* p, void*) { release(static_cast<ClassDef*>(p)); };
    o->native->tag = &kClassObjectTag;
    slot = Value::object(o);
  }
  return slot;
}

ClassDef* classOfValue(const Value& v) {
  if (!v.isObject()) return nullptr;
  const NativeSlot* slot = v.asObject()->native.get();
  return slot && slot->tag == &kClassObjectTag ? static_cast<ClassDef*>(slot->native) : nullptr;
}

Value userClassStore() {
  static const Value store = storeValue(make<ClassStoreDef>("cs", &findUserClass));
  return store;
}

Value fourDClassStore() {
  static const Value store = storeValue(make<ClassStoreDef>("4D", &findFourDClass));
  return store;
}

std::vector<std::string> languageClassNames() { return {"Class", "Collection"}; }

}  // namespace fourd
