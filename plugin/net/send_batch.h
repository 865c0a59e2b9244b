#pragma once
// Coalesces what a worker sends while it dispatches one batch of events: a connection written to during the
// batch gets all its frames in one send() when the batch ends, rather than one system call (and one TCP
// segment) per frame. Outside a batch, Connection::send writes at once.

#include <memory>
#include <vector>

namespace wsplugin {

class Connection;

class SendBatch {
 public:
  SendBatch();   // becomes this thread's current batch
  ~SendBatch();  // writes out every connection deferred to it
  SendBatch(const SendBatch&) = delete;
  SendBatch& operator=(const SendBatch&) = delete;

  // The batch open on this thread, or null.
  static SendBatch* current();
  void defer(std::shared_ptr<Connection> connection);

 private:
  SendBatch* outer_;
  std::vector<std::shared_ptr<Connection>> deferred_;
};

}  // namespace wsplugin
