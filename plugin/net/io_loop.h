#pragma once
// One I/O thread: an edge-triggered epoll set of WebSocket connections. Every connection is registered for
// reading and writing once, so neither a worker's send() nor a close ever needs epoll_ctl or a wake-up:
// a socket that refused bytes signals writability again by itself. (A connection paused by inbound
// backpressure re-arms its own registration: see Connection.) A one-second tick runs pings and timeouts.

#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include "net/connection.h"

namespace wsplugin {

class IoLoop {
 public:
  IoLoop();
  ~IoLoop();  // stops the thread (at unload; servers have closed their connections before)
  IoLoop(const IoLoop&) = delete;
  IoLoop& operator=(const IoLoop&) = delete;

  // Any thread: the loop takes the attached connection over.
  void add(std::shared_ptr<Connection> connection);

 private:
  void run();
  void tick();
  void removeFinished(Connection* connection);

  int epollFd_ = -1;
  int wakeFd_ = -1;  // eventfd, only to stop the loop
  std::mutex mutex_;
  std::unordered_map<Connection*, std::shared_ptr<Connection>> connections_;
  std::thread thread_;
};

// The small fixed set of I/O threads every WebSocket server shares; connections go round-robin.
class IoThreads {
 public:
  explicit IoThreads(size_t count);
  void add(std::shared_ptr<Connection> connection);

 private:
  std::vector<std::unique_ptr<IoLoop>> loops_;
  std::mutex mutex_;
  size_t next_ = 0;
};

}  // namespace wsplugin
