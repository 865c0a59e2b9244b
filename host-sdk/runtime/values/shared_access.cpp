#include "values/shared_access.h"

namespace fourd {

std::optional<Value> readProperty(const ObjectData& o, std::string_view name) {
  auto lock = readLock(o.shared.get());
  if (const Value* v = o.find(name)) return *v;
  return std::nullopt;
}

}  // namespace fourd
