#pragma once
// A bare WebSocket client for the plugin's unit tests: raw frames, so tests see exactly what the server sends.

#include <Poco/Net/StreamSocket.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "protocol/frame_writer.h"
#include "protocol/masking.h"

namespace ws_test {

struct Frame {
  uint8_t opcode = 0;
  std::string payload;  // unmasked
  bool masked = false;
  uint32_t maskKey = 0;
};

inline void readExactly(Poco::Net::StreamSocket& socket, char* data, size_t size) {
  size_t have = 0;
  while (have < size) {
    int n = socket.receiveBytes(data + have, static_cast<int>(size - have));
    if (n <= 0) throw std::runtime_error("connection closed");
    have += static_cast<size_t>(n);
  }
}

// One frame: a server's, unmasked, or a client's, whose key is kept and whose payload is unmasked.
inline Frame readFrame(Poco::Net::StreamSocket& socket) {
  unsigned char header[2];
  readExactly(socket, reinterpret_cast<char*>(header), 2);
  uint64_t length = header[1] & 0x7F;
  if (length >= 126) {
    unsigned char extended[8];
    size_t bytes = length == 126 ? 2 : 8;
    readExactly(socket, reinterpret_cast<char*>(extended), bytes);
    length = 0;
    for (size_t i = 0; i < bytes; ++i) length = (length << 8) | extended[i];
  }
  Frame frame{static_cast<uint8_t>(header[0] & 0x0F), std::string(length, '\0'), (header[1] & 0x80) != 0, 0};
  unsigned char key[4] = {};
  if (frame.masked) {
    readExactly(socket, reinterpret_cast<char*>(key), 4);
    frame.maskKey = (uint32_t{key[0]} << 24) | (uint32_t{key[1]} << 16) | (uint32_t{key[2]} << 8) | key[3];
  }
  readExactly(socket, frame.payload.data(), frame.payload.size());
  if (frame.masked) ws::applyMask(frame.payload.data(), frame.payload.size(), key, 0);
  return frame;
}

inline void sendUnmasked(Poco::Net::StreamSocket& socket, ws::Opcode opcode, std::string_view payload) {
  std::string frame;
  ws::appendFrame(frame, opcode, payload);
  socket.sendBytes(frame.data(), static_cast<int>(frame.size()));
}

inline void sendMasked(Poco::Net::StreamSocket& socket, ws::Opcode opcode, std::string_view payload) {
  std::string frame;
  ws::appendMaskedFrame(frame, opcode, payload, 0x12345678);
  socket.sendBytes(frame.data(), static_cast<int>(frame.size()));
}

using ws::closePayload;

// Sends raw request text and reads the response head (up to the blank line); the rest stays in the socket.
inline std::string exchangeHead(Poco::Net::StreamSocket& socket, const std::string& request) {
  socket.sendBytes(request.data(), static_cast<int>(request.size()));
  std::string head;
  char c;
  while (head.size() < 4 || head.compare(head.size() - 4, 4, "\r\n\r\n") != 0) {
    if (socket.receiveBytes(&c, 1) <= 0) break;
    head += c;
  }
  return head;
}

}  // namespace ws_test
