#pragma once
// UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF) that can be fed piecewise, so
// a code point split across chunks or fragments is judged whole and an invalid byte is reported as it arrives.

#include <cstdint>
#include <string_view>

namespace ws {

class Utf8Validator {
 public:
  // False as soon as the bytes so far cannot be the prefix of valid UTF-8; stays false until reset().
  bool feed(std::string_view chunk);
  // True when everything fed is valid and no code point is left unfinished.
  bool complete() const;
  void reset();

 private:
  uint8_t pending_ = 0;  // continuation bytes still expected by the current code point
  uint8_t low_ = 0x80;   // the range the next continuation byte must fall in (narrower after E0, ED, F0, F4)
  uint8_t high_ = 0xBF;
  bool failed_ = false;
};

bool isValidUtf8(std::string_view text);

}  // namespace ws
