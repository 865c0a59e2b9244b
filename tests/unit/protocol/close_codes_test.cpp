#include <doctest/doctest.h>

#include <initializer_list>

#include "protocol/close_codes.h"

using ws::isValidCloseCode;

TEST_CASE("close codes a peer may send (RFC 6455 §7.4)") {
  for (uint16_t code : {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 4000, 4999}) {
    CAPTURE(code);
    CHECK(isValidCloseCode(code));
  }
  for (uint16_t code : {0, 1, 999, 1004, 1005, 1006, 1015, 1016, 1999, 2000, 2999, 5000, 65535}) {
    CAPTURE(code);
    CHECK_FALSE(isValidCloseCode(code));
  }
}
