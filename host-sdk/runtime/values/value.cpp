#include "values/value.h"

namespace fourd {

bool Value::identical(const Value& o) const {
  if (kind_ != o.kind_) return false;
  switch (kind_) {
    case Kind::Undefined:
    case Kind::Null: return true;
    case Kind::Boolean: return u_.b == o.u_.b;
    case Kind::Real: return u_.r == o.u_.r;
    case Kind::Longint:
    case Kind::Date:
    case Kind::Time: return u_.i == o.u_.i;
    case Kind::Text: return asText() == o.asText();
    default: return u_.h == o.u_.h;
  }
}

const Value* ObjectData::find(std::string_view name) const {
  for (const auto& [key, value] : props)
    if (key == name) return &value;
  return nullptr;
}

Value* ObjectData::find(std::string_view name) {
  return const_cast<Value*>(static_cast<const ObjectData*>(this)->find(name));
}

void ObjectData::set(std::string_view name, Value v) {
  if (Value* slot = find(name)) {
    *slot = std::move(v);
    return;
  }
  props.emplace_back(std::string(name), std::move(v));
}

bool ObjectData::remove(std::string_view name) {
  for (auto it = props.begin(); it != props.end(); ++it) {
    if (it->first == name) {
      props.erase(it);
      return true;
    }
  }
  return false;
}

}  // namespace fourd
