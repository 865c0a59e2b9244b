#include "process/task_queue.h"

#include "process/activity.h"

namespace fourd {

TaskQueue::~TaskQueue() { close(); }

bool TaskQueue::post(Task task) {
  {
    std::lock_guard lock(mutex_);
    if (closed_) return false;
    tasks_.push_back(std::move(task));
    activity_.callQueued();
  }
  ready_.notify_one();
  return true;
}

bool TaskQueue::takeBatch(std::deque<Task>& batch) {
  std::unique_lock lock(mutex_);
  ready_.wait(lock, [&] { return closed_ || !tasks_.empty(); });
  if (closed_) return false;
  batch.swap(tasks_);
  return true;
}

void TaskQueue::close() {
  std::deque<Task> dropped;
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
    dropped.swap(tasks_);
  }
  ready_.notify_all();
  for (size_t i = 0; i < dropped.size(); ++i) activity_.callDone();
  closeWatchers_.fire();
  // `dropped` (and whatever the tasks captured) is destroyed here, outside the lock.
}

bool TaskQueue::closed() const {
  std::lock_guard lock(mutex_);
  return closed_;
}

}  // namespace fourd
