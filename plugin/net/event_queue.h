#pragma once
// What the I/O threads tell a WebSocket server's worker: plain bytes and codes, never 4D values.
// The first event pushed into an empty queue calls `notify` (which posts one drain task to the worker); the
// drain task takes every queued event at once, so one wake-up of the worker dispatches a whole batch.

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace wsplugin {

struct NetEvent {
  enum class Kind { Open, Message, Error, Closed };
  Kind kind;
  uint64_t connectionId;
  bool binary = false;    // Message: a binary frame
  std::string payload;    // Message: the data; Error: the message; Closed: the reason
  uint16_t code = 0;      // Error: the close code sent; Closed: the peer's close code (1005 none, 1006 abnormal)
};

class EventQueue {
 public:
  explicit EventQueue(std::function<void()> notify) : notify_(std::move(notify)) {}

  void push(NetEvent event);
  // Every event queued so far, oldest first.
  std::vector<NetEvent> takeAll();

 private:
  std::function<void()> notify_;
  std::mutex mutex_;
  std::vector<NetEvent> events_;
};

}  // namespace wsplugin
