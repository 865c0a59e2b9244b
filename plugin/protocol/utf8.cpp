#include "protocol/utf8.h"

#include <cstring>

namespace ws {

namespace {

bool allAscii(const unsigned char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return (word & 0x8080808080808080ULL) == 0;
}

}  // namespace

bool Utf8Validator::feed(std::string_view chunk) {
  if (failed_) return false;
  const auto* p = reinterpret_cast<const unsigned char*>(chunk.data());
  const auto* end = p + chunk.size();
  while (p < end) {
    if (pending_ == 0) {
      while (end - p >= 8 && allAscii(p)) p += 8;
      if (p == end) break;
      const unsigned char lead = *p++;
      if (lead < 0x80) continue;
      // Lead bytes C0, C1 and F5-FF cannot start a valid sequence; the first continuation byte's range rules out
      // overlong forms (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
      low_ = 0x80;
      high_ = 0xBF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        pending_ = 1;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        pending_ = 2;
        if (lead == 0xE0) low_ = 0xA0;
        if (lead == 0xED) high_ = 0x9F;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        pending_ = 3;
        if (lead == 0xF0) low_ = 0x90;
        if (lead == 0xF4) high_ = 0x8F;
      } else {
        failed_ = true;
        return false;
      }
    } else {
      const unsigned char next = *p++;
      if (next < low_ || next > high_) {
        failed_ = true;
        return false;
      }
      --pending_;
      low_ = 0x80;
      high_ = 0xBF;
    }
  }
  return true;
}

bool Utf8Validator::complete() const { return !failed_ && pending_ == 0; }

void Utf8Validator::reset() { *this = Utf8Validator(); }

bool isValidUtf8(std::string_view text) {
  Utf8Validator validator;
  return validator.feed(text) && validator.complete();
}

}  // namespace ws
