#include "net/mask_keys.h"

#include <openssl/rand.h>

#include <array>
#include <stdexcept>

namespace wsplugin {

namespace {

// OpenSSL's generator, drawn 256 keys at a time per thread: one call per frame would cost more than the frame.
constexpr size_t kKeysPerDraw = 256;

void fill(unsigned char* bytes, size_t count) {
  if (RAND_bytes(bytes, static_cast<int>(count)) != 1) throw std::runtime_error("OpenSSL's random generator failed");
}

}  // namespace

uint32_t freshMaskKey() {
  thread_local std::array<uint32_t, kKeysPerDraw> keys;
  thread_local size_t next = kKeysPerDraw;
  if (next == kKeysPerDraw) {
    fill(reinterpret_cast<unsigned char*>(keys.data()), sizeof keys);
    next = 0;
  }
  return keys[next++];
}

std::string randomBytes(size_t count) {
  std::string bytes(count, '\0');
  fill(reinterpret_cast<unsigned char*>(bytes.data()), count);
  return bytes;
}

}  // namespace wsplugin
