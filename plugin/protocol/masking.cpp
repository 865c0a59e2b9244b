#include "protocol/masking.h"

#include <cstring>

namespace ws {

void applyMask(char* data, size_t size, const unsigned char key[4], size_t phase) {
  unsigned char rotated[8];
  for (size_t i = 0; i < 8; ++i) rotated[i] = key[(phase + i) & 3];

  // Eight bytes per step; memcpy keeps unaligned access well-defined and compiles to plain loads and stores.
  uint64_t wideKey;
  std::memcpy(&wideKey, rotated, sizeof wideKey);
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t word;
    std::memcpy(&word, data + i, sizeof word);
    word ^= wideKey;
    std::memcpy(data + i, &word, sizeof word);
  }
  for (; i < size; ++i) data[i] = static_cast<char>(data[i] ^ rotated[i & 7]);
}

}  // namespace ws
