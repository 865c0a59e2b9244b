#pragma once
// Bytes the host has read from clients but not yet handed to a handler, every server and connection together.
// Past the budget, a connection that already has a message waiting for its worker is not read further (see
// Connection::pauseIfBehindLocked); one with nothing waiting still reads its next message, so every connection
// keeps making progress and none waits for the others' handlers.

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace wsplugin {

class IncomingBudget {
 public:
  static constexpr int64_t kHostBytes = 16 * 1024 * 1024;

  static IncomingBudget& host();

  void take(size_t bytes) { held_.fetch_add(static_cast<int64_t>(bytes)); }
  void give(size_t bytes) { held_.fetch_sub(static_cast<int64_t>(bytes)); }
  bool exhausted() const { return held_.load() >= kHostBytes; }
  int64_t held() const { return held_.load(); }

 private:
  // Signed: a worker may give a message back before the I/O thread that read it has counted it (it counts a
  // whole read at once, after parsing it), so the sum can dip below zero for a moment.
  std::atomic<int64_t> held_{0};
};

}  // namespace wsplugin
