// One non-blocking WebSocket client connection of the load generator: handshake, masked frames out,
// server frames in. No threads: the event loop in main.cpp drives it.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace loadgen {

class ClientConnection {
 public:
  enum class State { Connecting, Handshaking, Open, Closed };
  using MessageHandler = std::function<void(ClientConnection&, std::string_view payload)>;

  ClientConnection(int id, MessageHandler onMessage) : id_(id), onMessage_(std::move(onMessage)) {}
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
  bool wantsWrite() const { return !out_.empty() || state_ == State::Connecting; }
  size_t unsent() const { return out_.size() - outOffset_; }

 private:
  bool flush();
  bool parseHandshake();
  void parseFrames();

  int id_;
  int fd_ = -1;
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
