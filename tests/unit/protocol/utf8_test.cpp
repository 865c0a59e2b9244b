#include <doctest/doctest.h>

#include <string>

#include "protocol/utf8.h"

using namespace ws;

TEST_CASE("utf8: valid sequences") {
  CHECK(isValidUtf8(""));
  CHECK(isValidUtf8("plain ASCII, long enough to take the eight-byte path"));
  CHECK(isValidUtf8("\xC2\x80"));          // U+0080, smallest two-byte
  CHECK(isValidUtf8("\xDF\xBF"));          // U+07FF
  CHECK(isValidUtf8("\xE0\xA0\x80"));      // U+0800, smallest three-byte
  CHECK(isValidUtf8("\xED\x9F\xBF"));      // U+D7FF, just below the surrogates
  CHECK(isValidUtf8("\xEE\x80\x80"));      // U+E000, just above them
  CHECK(isValidUtf8("\xEF\xBF\xBF"));      // U+FFFF
  CHECK(isValidUtf8("\xF0\x90\x80\x80"));  // U+10000, smallest four-byte
  CHECK(isValidUtf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the largest code point
  CHECK(isValidUtf8("κόσμε, 𝄞, €, and ASCII mixed with them"));
  CHECK(isValidUtf8(std::string_view("\0", 1)));
}

TEST_CASE("utf8: invalid sequences") {
  CHECK_FALSE(isValidUtf8("\x80"));                  // lone continuation byte
  CHECK_FALSE(isValidUtf8("\xBF"));
  CHECK_FALSE(isValidUtf8("\xC0\x80"));              // overlong NUL
  CHECK_FALSE(isValidUtf8("\xC1\xBF"));              // overlong two-byte
  CHECK_FALSE(isValidUtf8("\xE0\x80\x80"));          // overlong three-byte
  CHECK_FALSE(isValidUtf8("\xE0\x9F\xBF"));          // overlong U+07FF
  CHECK_FALSE(isValidUtf8("\xF0\x80\x80\x80"));      // overlong four-byte
  CHECK_FALSE(isValidUtf8("\xF0\x8F\xBF\xBF"));      // overlong U+FFFF
  CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));          // U+D800, first surrogate
  CHECK_FALSE(isValidUtf8("\xED\xBF\xBF"));          // U+DFFF, last surrogate
  CHECK_FALSE(isValidUtf8("\xED\xA0\x80\xED\xB0\x80"));  // a surrogate pair spelled in UTF-8 (CESU)
  CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80"));      // U+110000
  CHECK_FALSE(isValidUtf8("\xF5\x80\x80\x80"));
  CHECK_FALSE(isValidUtf8("\xF8\x88\x80\x80\x80"));  // five-byte form
  CHECK_FALSE(isValidUtf8("\xFE"));
  CHECK_FALSE(isValidUtf8("\xFF"));
  CHECK_FALSE(isValidUtf8("\xE2\x82"));              // truncated at the end
  CHECK_FALSE(isValidUtf8("\xE2\x82" "A"));          // truncated by an ASCII byte
  CHECK_FALSE(isValidUtf8("\xC2\xC2\x80"));          // a lead byte where a continuation is due
  CHECK_FALSE(isValidUtf8("abcdefghijklmnop\xC3"));  // truncated after the fast path
}

TEST_CASE("utf8: code points split across chunks") {
  const std::string text = "a€b𝄞c\xF4\x8F\xBF\xBF";
  for (size_t split = 0; split <= text.size(); ++split) {
    CAPTURE(split);
    Utf8Validator validator;
    CHECK(validator.feed(std::string_view(text).substr(0, split)));
    CHECK(validator.feed(std::string_view(text).substr(split)));
    CHECK(validator.complete());
  }
  Utf8Validator byteByByte;
  for (char c : text) {
    CHECK(byteByByte.feed(std::string_view(&c, 1)));
  }
  CHECK(byteByByte.complete());
}

TEST_CASE("utf8: incomplete is not invalid, but not complete either") {
  Utf8Validator validator;
  CHECK(validator.feed("\xF0\x9D"));
  CHECK_FALSE(validator.complete());
  CHECK(validator.feed("\x84\x9E"));
  CHECK(validator.complete());
}

TEST_CASE("utf8: fails at the first byte that cannot continue, and stays failed until reset") {
  Utf8Validator validator;
  CHECK(validator.feed("ok \xF4"));
  CHECK_FALSE(validator.feed("\x90"));  // F4 90 would be above U+10FFFF
  CHECK_FALSE(validator.complete());
  CHECK_FALSE(validator.feed("fine"));
  validator.reset();
  CHECK(validator.feed("fine"));
  CHECK(validator.complete());
  Utf8Validator surrogate;
  CHECK(surrogate.feed("\xED"));
  CHECK_FALSE(surrogate.feed("\xA0"));
}
