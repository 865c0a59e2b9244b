#include "protocol/close_codes.h"

namespace ws {

bool isValidCloseCode(uint16_t code) {
  // 1004 is reserved, 1005/1006/1015 must never be sent, 1016-2999 are unassigned or reserved for future RFCs.
  if (code >= 1000 && code <= 1003) return true;
  if (code >= 1007 && code <= 1014) return true;
  return code >= 3000 && code <= 4999;
}

}  // namespace ws
