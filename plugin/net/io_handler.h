#pragma once
// What an I/O thread drives: one socket, registered once for reading and writing, edge-triggered. A WebSocket
// connection (net/connection.h) and an HTTP connection before its upgrade (web/http_session.h) are both one.

#include <chrono>
#include <cstddef>

namespace wsplugin {

class IoHandler;

// epoll_ctl for `fd`, watched for reading, writing and the peer's shutdown, edge-triggered, reported to `handler`.
bool watchSocket(int epollFd, int operation, int fd, IoHandler* handler);

class IoHandler {
 public:
  using Clock = std::chrono::steady_clock;

  virtual ~IoHandler() = default;

  virtual int fd() const = 0;
  // Registers the socket in an I/O thread's edge-triggered epoll set, for reading and writing: EPOLL_CTL_ADD, or
  // EPOLL_CTL_MOD when it takes over another handler's socket (readiness is then reported again at once). False
  // when that failed.
  virtual bool watch(int epollFd, int operation) { return watchSocket(epollFd, operation, fd(), this); }
  // The I/O thread. `scratch` is the loop's receive buffer, shared by every handler of the loop.
  // `peerClosed`: the readiness event said the peer shut down its side (EPOLLRDHUP/EPOLLHUP).
  virtual void onReadable(char* scratch, size_t size, bool peerClosed) = 0;
  virtual void onWritable() = 0;
  virtual void onHangup() = 0;
  // About once a second: deadlines, pings, timeouts.
  virtual void onTick(Clock::time_point now) = 0;
  // Any thread: the socket is closed, or was handed on; the loop lets go of the handler.
  virtual bool finished() const = 0;
};

}  // namespace wsplugin
