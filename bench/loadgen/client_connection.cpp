#include "client_connection.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <Poco/Exception.h>
#include <Poco/Net/HTTPResponse.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sstream>

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

// What an SSL_read, SSL_write or SSL_do_handshake that moved nothing means: 0 when it only waits for the socket.
ssize_t tlsOutcome(SSL* ssl, int result) {
  int error = SSL_get_error(ssl, result);
  return error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE ? 0 : -1;
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
  return n > 0 ? n : tlsOutcome(ssl_, n);
}

ssize_t ClientConnection::transmit(const char* data, size_t size) {
  if (!ssl_) {
    ssize_t n = ::send(fd_, data, size, MSG_NOSIGNAL);
    if (n > 0) return n;
    return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -1;
  }
  int n = SSL_write(ssl_, data, static_cast<int>(size));
  return n > 0 ? n : tlsOutcome(ssl_, n);
}

// The edge-triggered loop reports both directions, so a handshake that wants either just waits for the next event.
bool ClientConnection::continueTlsHandshake() {
  int result = SSL_do_handshake(ssl_);
  if (result == 1) {
    state_ = State::Handshaking;
    return flush();
  }
  if (tlsOutcome(ssl_, result) == 0) return true;
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
    compressed_.clear();
    deflater_->compress(payload, compressed_);
    ws::appendMaskedFrame(out_, ws::Opcode::Text, compressed_, maskSeed_, true, true);
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
  Poco::Net::HTTPResponse response;
  try {
    std::istringstream head(in_.substr(0, end + 4));
    response.read(head);
    status_ = response.getStatus();
  } catch (const Poco::Exception&) {
    status_ = 0;  // not an HTTP answer
  }
  if (status_ != 101 || (options_.deflate && !agreeDeflate(response.get("Sec-WebSocket-Extensions", "")))) {
    state_ = State::Closed;
    return false;
  }
  in_.erase(0, end + 4);
  state_ = State::Open;
  if (!out_.empty()) flush();
  return true;
}

// No answer leaves messages uncompressed; an answer that is no valid agreement fails the connection (RFC 7692
// §7.1), as does a window for this client's messages under the 9 bits zlib compresses with.
bool ClientConnection::agreeDeflate(std::string_view answer) {
  if (answer.empty()) return true;
  std::optional<ws::DeflateAgreement> agreed = ws::readDeflateAnswer(answer);
  if (!agreed || agreed->clientMaxWindowBits < 9) return false;
  deflater_ = std::make_unique<ws::MessageDeflater>(agreed->clientMaxWindowBits, agreed->clientNoContextTakeover);
  inflater_ = std::make_unique<ws::MessageInflater>(agreed->serverNoContextTakeover);
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
