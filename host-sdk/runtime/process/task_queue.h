// A worker's mailbox: any thread posts, the worker thread takes everything queued in one wake-up.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>

#include "interp/call_context.h"
#include "interp/close_watchers.h"

namespace fourd {

class Activity;

using Task = std::function<void(CallContext&)>;

class TaskQueue : public Mailbox {
 public:
  explicit TaskQueue(Activity& activity) : activity_(activity) {}
  ~TaskQueue() override;
  bool post(Task task) override;
  std::shared_ptr<void> whenClosed(std::function<void()> ended) override { return closeWatchers_.add(std::move(ended)); }
  // Moves every queued task into `batch`; blocks while empty. False once closed and drained.
  bool takeBatch(std::deque<Task>& batch);
  // Refuses further posts, drops what is still queued and tells those watching (whenClosed).
  void close();
  bool closed() const;

 private:
  Activity& activity_;
  mutable std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Task> tasks_;
  bool closed_ = false;
  CloseWatchers closeWatchers_;
};

}  // namespace fourd
