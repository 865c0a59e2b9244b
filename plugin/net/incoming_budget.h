#pragma once
// Bytes the host has read from clients but not yet handed to a handler, every server and connection together.
// Past the budget, a connection that already has a message waiting for its worker is not read further (see
// Connection::pauseIfBehindLocked); one with nothing waiting still reads its next message, so every connection
// keeps making progress and none waits for the others' handlers.

#include <atomic>
#include <cstddef>

namespace wsplugin {

class IncomingBudget {
 public:
  static constexpr size_t kHostBytes = 16 * 1024 * 1024;

  static IncomingBudget& host();

  void take(size_t bytes) { held_.fetch_add(bytes); }
  void give(size_t bytes) { held_.fetch_sub(bytes); }
  bool exhausted() const { return held_.load() >= kHostBytes; }
  size_t held() const { return held_.load(); }

 private:
  std::atomic<size_t> held_{0};
};

}  // namespace wsplugin
