#pragma once
// Masking keys for a client's frames: RFC 6455 §5.3 asks for a fresh key per frame, drawn from a strong source of
// entropy so that a script cannot predict it (the defence against cache poisoning of proxies, §10.3).

#include <cstdint>
#include <string>

namespace wsplugin {

uint32_t freshMaskKey();
// `count` random bytes, for the handshake's nonce.
std::string randomBytes(size_t count);

}  // namespace wsplugin
