#pragma once
// Close status codes (RFC 6455 §7.4).

#include <cstdint>

namespace ws {

namespace close_code {
constexpr uint16_t Normal = 1000, GoingAway = 1001, ProtocolError = 1002, Unsupported = 1003, NoStatus = 1005,
                   Abnormal = 1006, InvalidData = 1007, PolicyViolation = 1008, TooBig = 1009,
                   InternalError = 1011, TryAgainLater = 1013;
}

// What a peer may send in a Close frame: the registered codes meant for the wire, and 3000-4999.
bool isValidCloseCode(uint16_t code);

}  // namespace ws
