#pragma once
// Frame encoding: unmasked server-to-client frames, and masked client frames for tests and benchmarks.

#include <cstdint>
#include <string>
#include <string_view>

#include "protocol/opcode.h"

namespace ws {

// server → client, unmasked; `compressed`: RSV1, a permessage-deflate message (RFC 7692)
void appendFrame(std::string& out, Opcode op, std::string_view payload, bool fin = true, bool compressed = false);
void appendCloseFrame(std::string& out, uint16_t code, std::string_view reason);          // 1005 → empty payload
void appendMaskedFrame(std::string& out, Opcode op, std::string_view payload, uint32_t maskKey,
                       bool fin = true, bool compressed = false);  // client side, for tests and bench

}  // namespace ws
