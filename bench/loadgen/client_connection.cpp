#include "client_connection.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "protocol/frame_writer.h"

namespace loadgen {

namespace {

// Every client's full handshake is what the bench measures: no session is resumed.
SSL_CTX* clientContext() {
  static SSL_CTX* context = [] {
    SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    return ctx;
  }();
  return context;
}

std::string lowercase(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// A message this large cannot come back from an echo of what the bench sends.
constexpr size_t kInflateLimit = 64u << 20;

}  // namespace

ClientConnection::~ClientConnection() {
  if (ssl_) SSL_free(ssl_);
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
         "Sec-WebSocket-Version: 13\r\n" +
         (options_.deflate ? "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n" : "") +
         "\r\n";
  if (options_.tls) {
    ssl_ = SSL_new(clientContext());
    if (!ssl_ || SSL_set_fd(ssl_, fd_) != 1) return false;
    SSL_set_connect_state(ssl_);
  }
  return true;
}

ssize_t ClientConnection::receive(char* buffer, size_t size) {
  if (!ssl_) {
    ssize_t n = ::recv(fd_, buffer, size, 0);
    if (n > 0) return n;
    return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -1;
  }
  int n = SSL_read(ssl_, buffer, static_cast<int>(size));
  if (n > 0) return n;
  int error = SSL_get_error(ssl_, n);
  return error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

ssize_t ClientConnection::transmit(const char* data, size_t size) {
  if (!ssl_) {
    ssize_t n = ::send(fd_, data, size, MSG_NOSIGNAL);
    if (n > 0) return n;
    return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -1;
  }
  int n = SSL_write(ssl_, data, static_cast<int>(size));
  if (n > 0) return n;
  int error = SSL_get_error(ssl_, n);
  return error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

// The edge-triggered loop reports both directions, so a handshake that wants either just waits for the next event.
bool ClientConnection::continueTlsHandshake() {
  int result = SSL_do_handshake(ssl_);
  if (result == 1) {
    state_ = State::Handshaking;
    return flush();
  }
  int error = SSL_get_error(ssl_, result);
  if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) return true;
  state_ = State::Closed;
  return false;
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
    if (ssl_) {
      state_ = State::TlsHandshaking;
      return continueTlsHandshake();
    }
    state_ = State::Handshaking;
  }
  if (state_ == State::TlsHandshaking) return continueTlsHandshake();
  return flush();
}

bool ClientConnection::flush() {
  while (outOffset_ < out_.size()) {
    ssize_t n = transmit(out_.data() + outOffset_, out_.size() - outOffset_);
    if (n == 0) return true;
    if (n < 0) {
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
  if (deflater_) {
    std::string compressed;
    deflater_->compress(payload, compressed);
    ws::appendMaskedFrame(out_, ws::Opcode::Text, compressed, maskSeed_, true, true);
  } else {
    ws::appendMaskedFrame(out_, ws::Opcode::Text, payload, maskSeed_);
  }
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
  if (state_ == State::TlsHandshaking && (!continueTlsHandshake() || state_ == State::TlsHandshaking))
    return state_ != State::Closed;
  char buffer[65536];
  for (;;) {
    ssize_t n = receive(buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) {
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
  if (options_.deflate) agreeDeflate(std::string_view(in_).substr(0, end));
  in_.erase(0, end + 4);
  state_ = State::Open;
  if (!out_.empty()) flush();
  return true;
}

// The parameters of the server's answer (RFC 7692 §7.1): without a Sec-WebSocket-Extensions line naming
// permessage-deflate, messages go uncompressed.
void ClientConnection::agreeDeflate(std::string_view responseHead) {
  std::string head = lowercase(responseHead);
  size_t line = head.find("\r\nsec-websocket-extensions:");
  if (line == std::string::npos) return;
  size_t lineEnd = head.find("\r\n", line + 2);
  std::string value = head.substr(line, lineEnd == std::string::npos ? std::string::npos : lineEnd - line);
  if (value.find("permessage-deflate") == std::string::npos) return;
  int windowBits = 15;
  size_t bits = value.find("client_max_window_bits=");
  if (bits != std::string::npos) windowBits = std::atoi(value.c_str() + bits + 23);
  // zlib compresses with a window of 9 bits at least; a window of 9 stays within what a server allowing 8 reads.
  deflater_ = std::make_unique<ws::MessageDeflater>(std::max(windowBits, 9),
                                                    value.find("client_no_context_takeover") != std::string::npos);
  inflater_ = std::make_unique<ws::MessageInflater>(value.find("server_no_context_takeover") != std::string::npos);
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
    } else if ((opcode == 0x1 || opcode == 0x2) && (p[0] & 0x40) && inflater_) {
      // The servers under test send what the bench sends back in one frame; only whole messages are inflated.
      inflated_.clear();
      if (!(p[0] & 0x80) || inflater_->inflate(payload, true, inflated_, kInflateLimit) !=
                                ws::MessageInflater::Result::Ok) {
        state_ = State::Closed;
        break;
      }
      onMessage_(*this, inflated_);
    } else if (opcode == 0x1 || opcode == 0x2) {
      onMessage_(*this, payload);
    }
  }
  in_.erase(0, pos);
}

}  // namespace loadgen
