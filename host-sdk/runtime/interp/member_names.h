// Member names are short: comparing them inline, a word at a time, is cheaper than a memcmp call on every member
// access.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace fourd {

inline bool sameName(std::string_view a, std::string_view b) {
  size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  for (; n >= 8; n -= 8, p += 8, q += 8) {
    uint64_t x, y;
    std::memcpy(&x, p, 8);
    std::memcpy(&y, q, 8);
    if (x != y) return false;
  }
  if (n >= 4) {
    uint32_t x, y;
    std::memcpy(&x, p, 4);
    std::memcpy(&y, q, 4);
    if (x != y) return false;
    n -= 4, p += 4, q += 4;
  }
  for (; n > 0; --n)
    if (*p++ != *q++) return false;
  return true;
}

}  // namespace fourd
