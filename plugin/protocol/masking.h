#pragma once
// XOR masking of payload bytes (RFC 6455 §5.3), shared by the parser (unmasking) and the client-side writer.

#include <cstddef>
#include <cstdint>

namespace ws {

// Masks data[0..size) in place with key, starting at byte `phase` of the key (payload offset modulo 4), so a
// payload that arrives in pieces is unmasked piece by piece.
void applyMask(char* data, size_t size, const unsigned char key[4], size_t phase);

}  // namespace ws
