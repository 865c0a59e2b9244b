// The load generator's single-threaded epoll loop over its client connections.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "client_connection.h"

namespace loadgen {

using Clock = std::chrono::steady_clock;

class EventLoop {
 public:
  explicit EventLoop(ClientOptions options = {});
  ~EventLoop();

  // Opens `count` connections to ws://host:port/path (wss:// with options.tls), at most `batch` handshakes at a time; returns how many
  // opened before `deadline`.
  int openConnections(int count, const std::string& host, int port, const std::string& path,
                      const ClientConnection::MessageHandler& onMessage, Clock::time_point deadline, int batch = 256);
  // Runs until `done()` is true or the deadline passes.
  void run(Clock::time_point deadline, const std::function<bool()>& done);
  std::vector<std::unique_ptr<ClientConnection>>& connections() { return connections_; }
  int openCount() const;

 private:
  void watch(ClientConnection& c);
  void poll(int timeoutMs);

  ClientOptions options_;
  int epoll_ = -1;
  std::vector<std::unique_ptr<ClientConnection>> connections_;
};

}  // namespace loadgen
