#include "protocol/frame_writer.h"

#include "protocol/close_codes.h"
#include "protocol/masking.h"

namespace ws {

namespace {

constexpr size_t kMaxControlPayload = 125;

// First byte, then the shortest of the 7-, 16- and 64-bit length forms (RFC 6455 §5.2).
void appendHeader(std::string& out, Opcode op, size_t length, bool fin, bool masked, bool compressed = false) {
  out.push_back(static_cast<char>((fin ? 0x80 : 0x00) | (compressed ? 0x40 : 0x00) | static_cast<uint8_t>(op)));
  const unsigned char maskBit = masked ? 0x80 : 0x00;
  if (length <= 125) {
    out.push_back(static_cast<char>(maskBit | length));
  } else if (length <= 0xFFFF) {
    out.push_back(static_cast<char>(maskBit | 126));
    out.push_back(static_cast<char>(length >> 8));
    out.push_back(static_cast<char>(length & 0xFF));
  } else {
    out.push_back(static_cast<char>(maskBit | 127));
    const uint64_t wide = length;
    for (int shift = 56; shift >= 0; shift -= 8) out.push_back(static_cast<char>((wide >> shift) & 0xFF));
  }
}

// Cuts a close reason to what fits a control frame beside the code, never in the middle of a code point.
std::string_view fitCloseReason(std::string_view reason) {
  const size_t room = kMaxControlPayload - 2;
  if (reason.size() <= room) return reason;
  size_t cut = room;
  while (cut > 0 && (static_cast<unsigned char>(reason[cut]) & 0xC0) == 0x80) --cut;
  return reason.substr(0, cut);
}

}  // namespace

void appendFrame(std::string& out, Opcode op, std::string_view payload, bool fin, bool compressed) {
  out.reserve(out.size() + payload.size() + 10);
  appendHeader(out, op, payload.size(), fin, false, compressed);
  out.append(payload);
}

std::string closePayload(uint16_t code, std::string_view reason) {
  if (code == close_code::NoStatus) return {};
  const std::string_view fitted = fitCloseReason(reason);
  std::string payload;
  payload.reserve(2 + fitted.size());
  payload.push_back(static_cast<char>(code >> 8));
  payload.push_back(static_cast<char>(code & 0xFF));
  payload.append(fitted);
  return payload;
}

void appendMaskedFrame(std::string& out, Opcode op, std::string_view payload, uint32_t maskKey, bool fin,
                       bool compressed) {
  out.reserve(out.size() + payload.size() + 14);
  appendHeader(out, op, payload.size(), fin, true, compressed);
  const unsigned char key[4] = {static_cast<unsigned char>(maskKey >> 24), static_cast<unsigned char>(maskKey >> 16),
                                static_cast<unsigned char>(maskKey >> 8), static_cast<unsigned char>(maskKey)};
  out.append(reinterpret_cast<const char*>(key), 4);
  const size_t start = out.size();
  out.append(payload);
  applyMask(out.data() + start, payload.size(), key, 0);
}

}  // namespace ws
