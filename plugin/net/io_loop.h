#pragma once
// One I/O thread: an edge-triggered epoll set of sockets (HTTP connections, WebSocket connections). Every socket
// is registered for reading and writing once, so neither a worker's send() nor a close ever needs epoll_ctl or a
// wake-up: a socket that refused bytes signals writability again by itself (a connection paused by inbound
// backpressure re-arms its own registration: see Connection). A one-second tick runs deadlines, pings and
// timeouts. Other threads reach the loop only by posting a task, which runs on it between two batches of
// readiness events.

#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include "net/io_handler.h"

namespace wsplugin {

class IoLoop {
 public:
  IoLoop();
  ~IoLoop();  // stops the thread (at unload; servers have closed their connections before)
  IoLoop(const IoLoop&) = delete;
  IoLoop& operator=(const IoLoop&) = delete;

  // Any thread: the loop takes the handler (and its socket) over.
  void add(std::shared_ptr<IoHandler> handler);
  // Any thread: runs `task` on the loop's thread, soon, in posting order.
  void post(std::function<void()> task);
  // Loop thread only: `next` takes over the socket `current` was registered with (an HTTP connection becoming a
  // WebSocket); readiness is checked again at once, so bytes that arrived meanwhile are read.
  void replace(IoHandler* current, std::shared_ptr<IoHandler> next);
  // Any thread: a tick as soon as possible rather than within the second.
  void tickSoon();

 private:
  void run();
  void runPostedTasks();
  void tick();
  void removeFinished(IoHandler* handler);

  int epollFd_ = -1;
  int wakeFd_ = -1;  // eventfd: posted tasks, and stopping
  std::mutex mutex_;
  std::unordered_map<IoHandler*, std::shared_ptr<IoHandler>> handlers_;
  std::vector<std::function<void()>> tasks_;
  bool stopping_ = false;
  std::thread thread_;
};

// The small fixed set of I/O threads every server shares; sockets go round-robin.
class IoThreads {
 public:
  explicit IoThreads(size_t count);
  // The loop the next socket goes to.
  IoLoop& next();
  void add(std::shared_ptr<IoHandler> handler) { next().add(std::move(handler)); }
  void tickSoon();

 private:
  std::vector<std::unique_ptr<IoLoop>> loops_;
  std::mutex mutex_;
  size_t next_ = 0;
};

}  // namespace wsplugin
