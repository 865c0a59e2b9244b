#pragma once
// A bare WebSocket client for the plugin's unit tests: raw frames, so tests see exactly what the server sends.

#include <Poco/Net/StreamSocket.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "protocol/frame_writer.h"

namespace ws_test {

struct Frame {
  uint8_t opcode = 0;
  std::string payload;
};

inline void readExactly(Poco::Net::StreamSocket& socket, char* data, size_t size) {
  size_t have = 0;
  while (have < size) {
    int n = socket.receiveBytes(data + have, static_cast<int>(size - have));
    if (n <= 0) throw std::runtime_error("connection closed");
    have += static_cast<size_t>(n);
  }
}

// One unmasked server frame.
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
  Frame frame{static_cast<uint8_t>(header[0] & 0x0F), std::string(length, '\0')};
  readExactly(socket, frame.payload.data(), frame.payload.size());
  return frame;
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
