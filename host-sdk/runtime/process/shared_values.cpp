#include "process/shared_values.h"

#include "values/errors.h"

namespace fourd {

Value newSharedObject() {
  auto o = make<ObjectData>();
  o->shared = make<SharedGroup>();
  return Value::object(std::move(o));
}

Value newSharedCollection() {
  auto c = make<CollectionData>();
  c->shared = make<SharedGroup>();
  return Value::collection(std::move(c));
}

SharedGroup* sharedGroupOf(const Value& v) {
  if (v.isObject()) return v.asObject()->shared.get();
  if (v.isCollection()) return v.asCollection()->shared.get();
  return nullptr;
}

Value adoptIntoGroup(const Value& v, const Ref<SharedGroup>& group) {
  if (v.isObject() && !v.asObject()->shared) {
    const ObjectData& src = *v.asObject();
    auto o = make<ObjectData>();
    o->cls = src.cls;
    o->shared = group;
    o->props.reserve(src.props.size());
    for (const auto& [key, item] : src.props) o->props.emplace_back(key, adoptIntoGroup(item, group));
    return Value::object(std::move(o));
  }
  if (v.isCollection() && !v.asCollection()->shared) {
    auto c = make<CollectionData>();
    c->shared = group;
    c->items.reserve(v.asCollection()->items.size());
    for (const Value& item : v.asCollection()->items) c->items.push_back(adoptIntoGroup(item, group));
    return Value::collection(std::move(c));
  }
  return v;
}

void requireHeld(const HeldGroups& held, const SharedGroup* group) {
  if (group && !held.holds(group))
    throw RuntimeError(-10721, "A shared object or collection can only be modified inside a Use...End use block");
}

}  // namespace fourd
