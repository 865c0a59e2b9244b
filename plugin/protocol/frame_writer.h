#pragma once
// Frame encoding: unmasked server-to-client frames, and masked client-to-server frames.

#include <cstdint>
#include <string>
#include <string_view>

#include "protocol/opcode.h"

namespace ws {

// server → client, unmasked; `compressed`: RSV1, a permessage-deflate message (RFC 7692)
void appendFrame(std::string& out, Opcode op, std::string_view payload, bool fin = true, bool compressed = false);
// client → server: masked with `maskKey`, which a client must draw afresh for every frame (RFC 6455 §5.3)
void appendMaskedFrame(std::string& out, Opcode op, std::string_view payload, uint32_t maskKey,
                       bool fin = true, bool compressed = false);
// A close frame's payload: the code and as much of the reason as fits, whole code points; empty for 1005.
std::string closePayload(uint16_t code, std::string_view reason);

}  // namespace ws
