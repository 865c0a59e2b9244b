// One non-blocking WebSocket client connection of the load generator: handshake, masked frames out,
// server frames in, optionally over TLS (OpenSSL) and with permessage-deflate (the server's own codec). No
// threads: the event loop in main.cpp drives it.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include <openssl/ssl.h>

#include "protocol/permessage_deflate.h"

namespace loadgen {

struct ClientOptions {
  bool tls = false;      // wss://: the certificate is not verified (the bench's own, self-signed)
  bool deflate = false;  // offer permessage-deflate; when the server agrees, every message is sent compressed
};

class ClientConnection {
 public:
  enum class State { Connecting, TlsHandshaking, Handshaking, Open, Closed };
  using MessageHandler = std::function<void(ClientConnection&, std::string_view payload)>;

  ClientConnection(int id, MessageHandler onMessage, ClientOptions options = {})
      : id_(id), options_(options), onMessage_(std::move(onMessage)) {}
  ~ClientConnection();
  ClientConnection(const ClientConnection&) = delete;
  ClientConnection& operator=(const ClientConnection&) = delete;

  // Starts a non-blocking connect and queues the upgrade request. False when the socket could not be made.
  bool start(const std::string& host, int port, const std::string& path);
  // Called by the event loop when the socket is readable / writable. False when the connection ended.
  bool onReadable();
  bool onWritable();
  void sendText(std::string_view payload);
  void close();

  int fd() const { return fd_; }
  int id() const { return id_; }
  State state() const { return state_; }
  // The HTTP status the server answered the upgrade with; 0 while (or when) it has not answered.
  int status() const { return status_; }
  bool compressing() const { return deflater_ != nullptr; }
  bool wantsWrite() const { return !out_.empty() || state_ == State::Connecting; }
  size_t unsent() const { return out_.size() - outOffset_; }

 private:
  // Bytes through the socket, or through TLS when it is on: how many moved, 0 when it would block, -1 when the
  // connection ended.
  ssize_t receive(char* buffer, size_t size);
  ssize_t transmit(const char* data, size_t size);
  bool continueTlsHandshake();
  bool flush();
  bool parseHandshake();
  bool agreeDeflate(std::string_view answer);
  void parseFrames();

  int id_;
  ClientOptions options_;
  int fd_ = -1;
  SSL* ssl_ = nullptr;
  std::unique_ptr<ws::MessageDeflater> deflater_;  // set once the server agreed to permessage-deflate
  std::unique_ptr<ws::MessageInflater> inflater_;
  std::string compressed_;  // reused for every message sent, as inflated_ for every one received
  std::string inflated_;
  State state_ = State::Connecting;
  MessageHandler onMessage_;
  std::string out_;
  size_t outOffset_ = 0;
  std::string in_;
  uint32_t maskSeed_ = 0;
  bool parsing_ = false;  // inside onReadable: sends wait for the end of the read
  int status_ = 0;
};

}  // namespace loadgen
