#include "raw_client.h"

#include <doctest/doctest.h>

#include <Poco/Exception.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SocketAddress.h>

#include <cstdlib>
#include <sstream>
#include <stdexcept>

#include "protocol/frame_writer.h"

namespace raw {
namespace {

const Poco::Timespan kTimeout(5, 0);
constexpr uint32_t kMaskKey = 0x37fa213d;

uint64_t bigEndian(std::string_view bytes) {
  uint64_t value = 0;
  for (unsigned char byte : bytes) value = (value << 8) | byte;
  return value;
}

}  // namespace

std::string UpgradeRequest::text(uint16_t port) const {
  std::string out = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
                    "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n";
  if (key) out += "Sec-WebSocket-Key: " + *key + "\r\n";
  if (version) out += "Sec-WebSocket-Version: " + *version + "\r\n";
  return out + "\r\n";
}

uint16_t serverPort() {
  const char* port = std::getenv("WS_PORT");
  if (port == nullptr) throw std::runtime_error("WS_PORT is not set: run through with_host.py");
  return static_cast<uint16_t>(std::stoi(port));
}

RawClient::RawClient() {
  socket_.connect(Poco::Net::SocketAddress("127.0.0.1", serverPort()), kTimeout);
  socket_.setReceiveTimeout(kTimeout);
  socket_.setSendTimeout(kTimeout);
  socket_.setNoDelay(true);
}

Poco::Net::HTTPResponse RawClient::request(const UpgradeRequest& upgrade) {
  sendRaw(upgrade.text(serverPort()));
  size_t end;
  while ((end = pending_.find("\r\n\r\n")) == std::string::npos) {
    char chunk[4096];
    int received = socket_.receiveBytes(chunk, sizeof chunk);
    if (received <= 0) throw std::runtime_error("connection closed before the handshake answer ended");
    pending_.append(chunk, static_cast<size_t>(received));
  }
  std::istringstream head(pending_.substr(0, end + 4));
  pending_.erase(0, end + 4);
  Poco::Net::HTTPResponse response;
  response.read(head);
  return response;
}

void RawClient::open(const std::string& path) {
  UpgradeRequest upgrade;
  upgrade.path = path;
  Poco::Net::HTTPResponse response = request(upgrade);
  REQUIRE_MESSAGE(response.getStatus() == 101, "upgrade of " << path << " answered " << response.getStatus());
  CHECK(response.get("Sec-WebSocket-Accept", "") == kSampleAccept);
}

void RawClient::sendRaw(std::string_view bytes) {
  while (!bytes.empty()) {
    int sent = socket_.sendBytes(bytes.data(), static_cast<int>(bytes.size()));
    if (sent <= 0) throw std::runtime_error("the server stopped accepting bytes");
    bytes.remove_prefix(static_cast<size_t>(sent));
  }
}

void RawClient::sendFrame(ws::Opcode op, std::string_view payload, bool fin) {
  std::string frame;
  ws::appendMaskedFrame(frame, op, payload, kMaskKey, fin);
  sendRaw(frame);
}

std::string RawClient::readExactly(size_t size) {
  while (pending_.size() < size) {
    char chunk[65536];
    int received = socket_.receiveBytes(chunk, sizeof chunk);
    if (received <= 0) throw std::runtime_error("the server closed the connection in the middle of a frame");
    pending_.append(chunk, static_cast<size_t>(received));
  }
  std::string bytes = pending_.substr(0, size);
  pending_.erase(0, size);
  return bytes;
}

ServerFrame RawClient::readFrame() {
  std::string head = readExactly(2);
  auto first = static_cast<unsigned char>(head[0]);
  auto second = static_cast<unsigned char>(head[1]);
  REQUIRE_MESSAGE((second & 0x80) == 0, "a server must not mask its frames (RFC 6455 §5.1)");
  CHECK_MESSAGE((first & 0x70) == 0, "reserved bits set in a server frame");
  uint64_t length = second & 0x7f;
  if (length == 126) length = bigEndian(readExactly(2));
  if (length == 127) length = bigEndian(readExactly(8));
  ServerFrame frame;
  frame.fin = (first & 0x80) != 0;
  frame.opcode = static_cast<ws::Opcode>(first & 0x0f);
  frame.payload = readExactly(static_cast<size_t>(length));
  return frame;
}

CloseFrame RawClient::readClose() {
  for (;;) {
    ServerFrame frame = readFrame();
    if (frame.opcode != ws::Opcode::Close) continue;
    CloseFrame close;
    close.code = frame.payload.size() >= 2 ? static_cast<uint16_t>(bigEndian(frame.payload.substr(0, 2))) : 1005;
    if (frame.payload.size() > 2) close.reason = frame.payload.substr(2);
    return close;
  }
}

bool RawClient::serverClosesConnection() {
  try {
    for (;;) {
      char chunk[4096];
      if (socket_.receiveBytes(chunk, sizeof chunk) <= 0) return true;
    }
  } catch (const Poco::TimeoutException&) {
    return false;
  } catch (const Poco::Net::ConnectionResetException&) {
    return true;
  }
}

}  // namespace raw
