#include "plugins/native_class.h"

#include "plugins/env.h"

namespace fourd {

namespace {

const fd_member* find(const std::map<std::string, fd_member, std::less<>>& members, std::string_view name) {
  auto it = members.find(name);
  return it == members.end() ? nullptr : &it->second;
}

}  // namespace

void NativeClass::addMember(const fd_member& member) {
  auto& members = (member.flags & FD_MEMBER_STATIC) ? statics_ : instance_;
  members.emplace(member.name, member);
}

const fd_member* NativeClass::instanceMember(std::string_view name) const { return find(instance_, name); }
const fd_member* NativeClass::staticMember(std::string_view name) const { return find(statics_, name); }

bool NativeClass::get(CallContext& ctx, const Value& self, std::string_view member, Value& out) {
  const fd_member* m = instanceMember(member);
  if (!m || !m->getter) return false;
  out = invokeCallback(ctx, component_, m->getter, m->data, &self, {});
  return true;
}

bool NativeClass::set(CallContext& ctx, const Value& self, std::string_view member, const Value& value) {
  const fd_member* m = instanceMember(member);
  if (!m || !m->getter) return false;
  if (!m->setter)
    throw RuntimeError(kReadOnlyError,
                       "The property " + std::string(member) + " of class 4D." + name_ + " is read-only");
  invokeCallback(ctx, component_, m->setter, m->data, &self, {value});
  return true;
}

bool NativeClass::call(CallContext& ctx, const Value& self, std::string_view member, std::vector<Value>& args,
                       Value& out) {
  const fd_member* m = instanceMember(member);
  if (!m || !m->method) return false;
  out = invokeCallback(ctx, component_, m->method, m->data, &self, args);
  return true;
}

bool NativeClass::hasFunction(std::string_view member) const {
  const fd_member* m = instanceMember(member);
  return m && m->method;
}

bool NativeClass::callStatic(CallContext& ctx, std::string_view member, std::vector<Value>& args, Value& out) {
  const fd_member* m = staticMember(member);
  if (!m) return false;
  out = invokeCallback(ctx, component_, m->method, m->data, nullptr, args);
  return true;
}

Value NativeClass::wrap(void* native, fd_finalize finalize, void* hint) {
  Ref<ObjectData> obj = make<ObjectData>();
  obj->cls = Ref<ClassDef>(this);
  obj->native = std::make_unique<NativeSlot>();
  obj->native->native = native;
  obj->native->finalize = finalize;
  obj->native->hint = hint;
  obj->native->tag = this;
  return Value::object(std::move(obj));
}

void* NativeClass::unwrap(const Value& value) const {
  if (!value.isObject()) return nullptr;
  const NativeSlot* slot = value.asObject()->native.get();
  return slot && slot->tag == this ? slot->native : nullptr;
}

}  // namespace fourd
