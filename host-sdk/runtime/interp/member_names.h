// Member names are short: comparing them inline is cheaper than a memcmp call on every member access.
#pragma once

#include <string_view>

namespace fourd {

inline bool sameName(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

}  // namespace fourd
