#include "client_connection.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "protocol/frame_writer.h"

namespace loadgen {

ClientConnection::~ClientConnection() {
  if (fd_ >= 0) ::close(fd_);
}

bool ClientConnection::start(const std::string& host, int port, const std::string& path) {
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (fd_ < 0) return false;
  int one = 1;
  ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  ::inet_pton(AF_INET, host.c_str(), &addr.sin_addr);
  if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) < 0 && errno != EINPROGRESS) return false;
  maskSeed_ = 0x9e3779b9u * static_cast<uint32_t>(id_ + 1);
  out_ = "GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + std::to_string(port) +
         "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
         "Sec-WebSocket-Version: 13\r\n\r\n";
  return true;
}

bool ClientConnection::onWritable() {
  if (state_ == State::Connecting) {
    int err = 0;
    socklen_t len = sizeof err;
    ::getsockopt(fd_, SOL_SOCKET, SO_ERROR, &err, &len);
    if (err != 0) {
      state_ = State::Closed;
      return false;
    }
    state_ = State::Handshaking;
  }
  return flush();
}

bool ClientConnection::flush() {
  while (outOffset_ < out_.size()) {
    ssize_t n = ::send(fd_, out_.data() + outOffset_, out_.size() - outOffset_, MSG_NOSIGNAL);
    if (n < 0) {
      if (errno == EAGAIN || errno == EWOULDBLOCK) return true;
      state_ = State::Closed;
      return false;
    }
    outOffset_ += static_cast<size_t>(n);
  }
  out_.clear();
  outOffset_ = 0;
  return true;
}

void ClientConnection::sendText(std::string_view payload) {
  maskSeed_ = maskSeed_ * 1664525u + 1013904223u;
  ws::appendMaskedFrame(out_, ws::Opcode::Text, payload, maskSeed_);
  // What the message handlers send while a read is parsed leaves in one send() after it, as an efficient client
  // does: a system call per message would make the load generator, not the server, the bottleneck.
  if (state_ == State::Open && outOffset_ == 0 && !parsing_) flush();
}

void ClientConnection::close() {
  if (state_ != State::Open) return;
  ws::appendMaskedFrame(out_, ws::Opcode::Close, std::string_view("\x03\xe8", 2), maskSeed_);
  flush();
  state_ = State::Closed;
}

bool ClientConnection::onReadable() {
  char buffer[65536];
  for (;;) {
    ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
    if (n == 0) {
      state_ = State::Closed;
      return false;
    }
    if (n < 0) {
      if (errno == EAGAIN || errno == EWOULDBLOCK) break;
      state_ = State::Closed;
      return false;
    }
    in_.append(buffer, static_cast<size_t>(n));
  }
  if (state_ == State::Handshaking && !parseHandshake()) return state_ != State::Closed;
  if (state_ == State::Open) {
    parsing_ = true;
    parseFrames();
    parsing_ = false;
    if (state_ == State::Open && outOffset_ == 0 && !out_.empty()) flush();
  }
  return state_ != State::Closed;
}

bool ClientConnection::parseHandshake() {
  size_t end = in_.find("\r\n\r\n");
  if (end == std::string::npos) return false;
  if (in_.compare(0, 9, "HTTP/1.1 ") == 0) status_ = std::atoi(in_.c_str() + 9);
  if (status_ != 101) {
    state_ = State::Closed;
    return false;
  }
  in_.erase(0, end + 4);
  state_ = State::Open;
  if (!out_.empty()) flush();
  return true;
}

void ClientConnection::parseFrames() {
  size_t pos = 0;
  while (in_.size() - pos >= 2) {
    const auto* p = reinterpret_cast<const unsigned char*>(in_.data() + pos);
    const int opcode = p[0] & 0x0f;
    uint64_t length = p[1] & 0x7f;
    size_t header = 2;
    if (length == 126) {
      if (in_.size() - pos < 4) break;
      length = (uint64_t{p[2]} << 8) | p[3];
      header = 4;
    } else if (length == 127) {
      if (in_.size() - pos < 10) break;
      length = 0;
      for (int i = 0; i < 8; ++i) length = (length << 8) | p[2 + i];
      header = 10;
    }
    if (in_.size() - pos - header < length) break;
    std::string_view payload(in_.data() + pos + header, static_cast<size_t>(length));
    pos += header + static_cast<size_t>(length);
    if (opcode == 0x9) {
      maskSeed_ = maskSeed_ * 1664525u + 1013904223u;
      ws::appendMaskedFrame(out_, ws::Opcode::Pong, payload, maskSeed_);
    } else if (opcode == 0x8) {
      state_ = State::Closed;
      break;
    } else if (opcode == 0x1 || opcode == 0x2) {
      onMessage_(*this, payload);
    }
  }
  in_.erase(0, pos);
}

}  // namespace loadgen
