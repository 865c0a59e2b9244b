// A worker's mailbox: any thread posts, the worker thread takes everything queued in one wake-up.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>

#include "interp/call_context.h"

namespace fourd {

class Activity;

using Task = std::function<void(CallContext&)>;

class TaskQueue : public Mailbox {
 public:
  explicit TaskQueue(Activity& activity) : activity_(activity) {}
  ~TaskQueue() override;
  bool post(Task task) override;
  // Moves every queued task into `batch`; blocks while empty. False once closed and drained.
  bool takeBatch(std::deque<Task>& batch);
  // Refuses further posts and drops what is still queued.
  void close();
  bool closed() const;

 private:
  Activity& activity_;
  mutable std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Task> tasks_;
  bool closed_ = false;
};

}  // namespace fourd
