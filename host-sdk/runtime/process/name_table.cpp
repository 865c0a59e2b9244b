#include "process/name_table.h"

namespace fourd {

int NameTable::intern(std::string_view name) {
  std::lock_guard lock(mutex_);
  auto [it, added] = ids_.try_emplace(std::string(name), static_cast<int>(names_.size()));
  if (added) names_.emplace_back(name);
  return it->second;
}

std::string NameTable::name(int id) const {
  std::lock_guard lock(mutex_);
  return names_.at(static_cast<size_t>(id));
}

}  // namespace fourd
